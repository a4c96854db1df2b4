/**
 * Method security, and the extension point {@link org.crossfield.platform.security.ApplicantRelations} through which an
 * object-level rule asks the feature that knows the answer (docs/adr/0063-reviewers-read-applicants-profiles.md).
 */
@org.springframework.modulith.NamedInterface("security")
package org.crossfield.platform.security;
