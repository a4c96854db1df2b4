package org.crossfield.notification;

import java.util.List;
import java.util.Map;

/**
 * Tell people about something: each recipient gets an in-app notification and an e-mail rendered from
 * {@code template} (one of {@link NotificationTemplates}) in their own language.
 *
 * @param recipientUserIds who ({@code app_user} ids); duplicates count once
 * @param template         a template name, e.g. {@link NotificationTemplates#MATCH_PROPOSED}
 * @param model            the values the template needs (see {@link NotificationTemplates}); may be empty, not null
 * @param link             an in-app route such as {@code "matching/proposals/12"} (no host, no scheme), or null; the
 *                         mail links to it absolutely, the notification centre opens it
 */
public record NotifyCmd(List<Long> recipientUserIds, String template, Map<String, Object> model, String link) {
}
