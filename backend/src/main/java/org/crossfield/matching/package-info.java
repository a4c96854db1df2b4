/**
 * Mentor matching (directory, recommendations, rounds) and student allocation to projects.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "application", "competency", "identity", "marketplace", "notification", "platform :: *", "privacy", "sandbox"})
package org.crossfield.matching;
