package org.crossfield.notification;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The address, name and language of the people to notify. Read straight from {@code app_user} rather than through
 * identity's service: e-mail addresses should not be one public method call away for every feature.
 */
@Component
class Recipients {

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The people among {@code ids} who exist, by id. */
    Map<Long, Recipient> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, email, display_name, locale from pub_app_user where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                        rs.getString("locale")))
                .stream()
                .collect(Collectors.toMap(Recipient::id, Function.identity()));
    }

    record Recipient(long id, String email, String displayName, String locale) {
    }
}
