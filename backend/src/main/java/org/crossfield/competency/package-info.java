/**
 * Competency frameworks and the levels people hold.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "identity", "platform :: *", "privacy", "sandbox"})
package org.crossfield.competency;
