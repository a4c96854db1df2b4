/**
 * Data-subject rights: the operator's versioned privacy notice and terms of use with each person's acceptance, the
 * separate opt-ins (public showcase, optional e-mails), "My data" (one ZIP with everything Crossfield holds about a
 * person), erasure on request and the retention job. Features take part through {@link PersonalDataHolder} and
 * {@link RetentionRule} beans in their own packages, so this module depends on none of them (docs/privacy.md,
 * docs/adr/0043-personal-data-holders.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"i18n", "audit", "identity", "platform :: *", "sandbox"})
package org.crossfield.privacy;
