/**
 * What every screen shares: the main layout, the access-denied view, the session's error handler and
 * {@link org.crossfield.platform.ui.Notices} for the messages after an action.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.crossfield.platform.ui;
