package org.crossfield.identity;

/**
 * A person registering themselves.
 *
 * @param requestedRole one of {@link RegistrationService#REQUESTABLE_ROLES}
 * @param language      en, de, fr or nl: the language of their mails
 */
public record RegistrationCmd(String displayName, String email, String requestedRole, String language) {
}
