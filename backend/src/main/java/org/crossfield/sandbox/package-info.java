/**
 * Demo data: the deterministic generator, the loader and the extension point features contribute to.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity"})
package org.crossfield.sandbox;
