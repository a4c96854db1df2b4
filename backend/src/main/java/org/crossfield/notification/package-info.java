/**
 * In-app notifications and the transactional mail outbox.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "identity", "privacy"})
package org.crossfield.notification;
