/**
 * Demo data: the deterministic generator, the loader and the extension point every feature implements to write its own
 * demo rows. It depends on no feature (features depend on it), so identity too can contribute.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.crossfield.sandbox;
