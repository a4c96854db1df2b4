package org.crossfield.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Object-level rule for personal access tokens, {@code @apiTokenAccess} in {@code @PreAuthorize}: only their person. */
@Component("apiTokenAccess")
public class ApiTokenAccess {

    private final JdbcTemplate jdbc;

    ApiTokenAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The token belongs to the person logged in. */
    public boolean owns(Long tokenId) {
        if (tokenId == null) {
            return false;
        }
        return CurrentUser.get().map(u -> {
            Integer n = jdbc.queryForObject("select count(*) from api_token where id = ? and user_id = ?", Integer.class,
                    tokenId, u.getId());
            return n != null && n > 0;
        }).orElse(false);
    }
}
