package org.crossfield.marketplace;

import java.util.List;
import org.crossfield.identity.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Object-level rule for saved searches, used as {@code @savedSearchAccess} in {@code @PreAuthorize}: a saved search
 * is read and changed by its owner only (not even administrators: it is a private working tool).
 */
@Component("savedSearchAccess")
public class SavedSearchAccess {

    private final JdbcTemplate jdbc;

    SavedSearchAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean owns(Long savedSearchId) {
        if (savedSearchId == null) {
            return false;
        }
        List<Long> owner = jdbc.queryForList("select owner_id from saved_search where id = ?", Long.class, savedSearchId);
        if (owner.isEmpty()) {
            // an unknown saved search is "owned" so that the service can answer "not found" instead of "forbidden"
            return CurrentUser.get().isPresent();
        }
        return CurrentUser.get().map(u -> u.getId() == owner.getFirst()).orElse(false);
    }
}
