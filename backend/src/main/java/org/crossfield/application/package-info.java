/**
 * Applications to postings: drafts, submission, review teams, scores, decisions and offers.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "identity", "marketplace", "notification", "platform :: *", "privacy", "sandbox"})
package org.crossfield.application;
