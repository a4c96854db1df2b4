/**
 * What a feature publishes when it does something the audit log records ({@link org.crossfield.platform.audit.AuditEvent}):
 * publishers know only this event, the audit module listens (docs/adr/0040-audit-log-hash-chain.md).
 */
@org.springframework.modulith.NamedInterface("audit")
package org.crossfield.platform.audit;
