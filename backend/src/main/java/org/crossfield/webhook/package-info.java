/**
 * Webhooks: partners and coordinators subscribe a URL to events (application status changed, posting opened or
 * closed, agreement signed, outcome recorded); every event becomes a signed delivery in an outbox written in the
 * event's own transaction, sent by a ShedLock-guarded job with back-off, and only about objects the subscriber may see
 * (docs/adr/0061-webhooks.md). The modules it may use are declared here and verified by ModuleStructureTest.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "identity", "application", "marketplace",
        "agreement", "collaboration", "platform :: *", "privacy"})
package org.crossfield.webhook;
