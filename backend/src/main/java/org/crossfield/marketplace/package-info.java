/**
 * PhD projects and partners' challenges: posting, approval, search and saved searches.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "competency", "identity", "notification", "platform :: *", "privacy", "sandbox"})
package org.crossfield.marketplace;
