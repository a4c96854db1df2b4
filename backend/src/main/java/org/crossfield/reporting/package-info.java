/**
 * KPIs, targets and reports over the published read models of the other features.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "collaboration", "competency", "identity", "platform :: *", "sandbox"})
package org.crossfield.reporting;
