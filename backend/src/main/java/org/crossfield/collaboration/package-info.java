/**
 * Collaborations and their workspaces: milestones, meetings, outcomes, dissemination and reporting windows.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "application", "identity", "matching", "notification", "platform :: *", "privacy", "sandbox"})
package org.crossfield.collaboration;
