package org.crossfield.identity;

import java.util.Map;

/**
 * Identity asks for an account mail (invitation, password reset, address confirmation, approval) to be sent to one
 * person through the outbox, in the same transaction. Published, never called: the notification module listens, so
 * identity does not depend on it. Only an e-mail is written (no in-app notification: the person may not be able to log
 * in yet).
 *
 * @param event one of INVITATION, PASSWORD_RESET, CONFIRM_ADDRESS, APPROVED, ALREADY_REGISTERED (template {@code account})
 * @param link  an in-app route with the secret token, e.g. {@code invitation/abc…}
 * @param model the template's optional values: {@code inviterName}, {@code organisationName}, {@code expires}
 */
public record AccountMailRequested(long userId, String event, String link, Map<String, Object> model) {
}
