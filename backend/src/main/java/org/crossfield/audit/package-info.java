/**
 * The audit log: an append-only record of sensitive actions, chained by SHA-256 so that a removed or altered entry is
 * found (docs/adr/0040-audit-log-hash-chain.md). Features publish {@code platform.audit.AuditEvent}; this module listens,
 * also to sign-ins and account changes. The modules it may use are declared here and verified by ModuleStructureTest
 * (docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "identity", "platform :: *"})
package org.crossfield.audit;
