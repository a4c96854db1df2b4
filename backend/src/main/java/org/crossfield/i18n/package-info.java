/**
 * The languages Crossfield ships; on the web side also the screens' translations and date formats. Depends on no
 * other module, so that every feature, identity included, may use it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.crossfield.i18n;
