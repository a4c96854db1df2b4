/**
 * People, their roles and organisations, programmes and their coordinators; login and method security rules.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "sandbox"})
package org.crossfield.identity;
