package org.crossfield.identity;

import java.util.Set;

/**
 * Invite one person by e-mail.
 *
 * @param organisationId  the organisation they belong to (null: none, e.g. an independent mentor; administrators only)
 * @param roles           the roles they get when they accept
 * @param language        en, de, fr or nl: the language of the invitation and of their account
 * @param programmeIds    programmes the person will coordinate (administrators inviting a coordinator); may be empty
 */
public record InviteCmd(String email, String displayName, Long organisationId, Set<String> roles, String language,
                        Set<Long> programmeIds) {
}
