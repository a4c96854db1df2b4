package org.crossfield.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One event as every subscriber receives it. The payload names objects by id and state only (no titles, names or
 * texts): the receiver reads what it may see through the API with its own token.
 *
 * @param objectType the object whose rules decide who may receive it (for an outcome: its collaboration)
 * @param objectId   that object's id
 * @param data       the event's fields, in order; values are numbers, booleans or short strings
 */
record WebhookEvent(String id, WebhookEventType type, ObjectType objectType, long objectId, Instant occurredAt,
                    Map<String, Object> data) {

    /** The kinds of object whose visibility decides; each is checked by its own feature's service. */
    enum ObjectType {
        APPLICATION, CHALLENGE, PROJECT, AGREEMENT, COLLABORATION
    }

    static WebhookEvent of(WebhookEventType type, ObjectType objectType, long objectId, Instant now, Object... fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            data.put((String) fields[i], fields[i + 1]);
        }
        return new WebhookEvent(UUID.randomUUID().toString(), type, objectType, objectId, now, data);
    }

    /** {@code {"id": …, "type": "posting.opened", "occurredAt": "…", "data": {…}}}, compact, UTF-8 when sent. */
    String json() {
        StringBuilder out = new StringBuilder("{\"id\":").append(quote(id))
                .append(",\"type\":").append(quote(type.wireName()))
                .append(",\"occurredAt\":").append(quote(occurredAt.toString()))
                .append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, Object> e : data.entrySet()) {
            out.append(first ? "" : ",").append(quote(e.getKey())).append(':');
            Object v = e.getValue();
            if (v == null) {
                out.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                out.append(v);
            } else {
                out.append(quote(v.toString()));
            }
            first = false;
        }
        return out.append("}}").toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
