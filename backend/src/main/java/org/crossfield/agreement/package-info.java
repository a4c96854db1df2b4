/**
 * Collaboration agreements: versions, approvals, signatures, verification and publication reviews.
 * The modules it may use are declared here and verified by ModuleStructureTest (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "identity", "notification", "platform :: *", "privacy", "sandbox"})
package org.crossfield.agreement;
