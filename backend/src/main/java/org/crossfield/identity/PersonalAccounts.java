package org.crossfield.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identity's part of the data-subject rights (the privacy module calls it; identity depends on nothing, so it is asked
 * directly rather than through the privacy module's {@code PersonalDataHolder}): a person's account for their export,
 * pseudonymisation on erasure, and the removal of registrations and invitations that were never completed.
 */
@Component
@Transactional(readOnly = true)
public class PersonalAccounts {

    private static final Logger log = LoggerFactory.getLogger(PersonalAccounts.class);

    private final JdbcTemplate jdbc;
    private final UserAccountRepository users;
    private final Accounts accounts;

    PersonalAccounts(JdbcTemplate jdbc, UserAccountRepository users, Accounts accounts) {
        this.jdbc = jdbc;
        this.users = users;
        this.accounts = accounts;
    }

    /** The account as the export shows it: who, which organisation, roles, and the recorded account changes. */
    public record AccountExport(long id, String email, String displayName, String organisation, List<String> roles,
                                String language, String orcid, String status, boolean enabled, Instant createdAt,
                                List<AccountChange> changes) {
    }

    /** One recorded change of the account. */
    public record AccountChange(Instant at, String action, String detail, boolean byThePersonThemself) {
    }

    /** The name and address of a person as they are now, e.g. before an erasure replaces them. */
    public record PersonIdentity(long id, String displayName, String email, AccountStatus status) {
    }

    @PreAuthorize("@access.isSelf(#personId) or hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public AccountExport export(long personId) {
        UserAccount u = users.findById(personId).orElseThrow();
        List<AccountChange> changes = jdbc.query("""
                select occurred_at, action, detail, actor_id from account_event where user_id = ? order by occurred_at, id limit 10000""",
                (rs, i) -> new AccountChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class) != null && rs.getLong(4) == personId), personId);
        return new AccountExport(u.getId(), u.getEmail(), u.getDisplayName(),
                u.getOrganisation() == null ? null : u.getOrganisation().getName(),
                u.getRoles().stream().sorted().toList(), u.getLocale(), u.getOrcid(), u.getStatus().name(), u.isEnabled(),
                u.getCreatedAt(), changes);
    }

    @PreAuthorize("@access.isSelf(#personId) or hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public Optional<PersonIdentity> identity(long personId) {
        return users.findById(personId).map(u -> new PersonIdentity(u.getId(), u.getDisplayName(), u.getEmail(), u.getStatus()));
    }

    /**
     * Erases the account: the name and address become the pseudonym, the password, ORCID iD, institutional sign-in links
     * and pending links go, and the person can never log in again. The account's id stays for what must be kept.
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public void pseudonymise(long personId, String pseudonym, String pseudonymEmail) {
        UserAccount u = users.findById(personId).orElseThrow();
        String name = u.getDisplayName();
        String email = u.getEmail();
        u.erase(pseudonym, pseudonymEmail);
        users.saveAndFlush(u);
        jdbc.update("delete from oidc_identity where user_id = ?", personId);
        jdbc.update("delete from account_link where user_id = ?", personId);
        for (String[] pair : List.of(new String[] {email, pseudonymEmail}, new String[] {name, pseudonym})) {
            if (pair[0] != null && pair[0].strip().length() >= 3) {
                jdbc.update("update account_event set detail = replace(detail, ?, ?) where detail like ?", pair[0], pair[1],
                        like(pair[0]));
                String stored = DetailArgumentsConverter.inArray(pair[0]);
                jdbc.update("update account_event set detail_args = replace(detail_args, ?, ?) where detail_args like ?", stored,
                        DetailArgumentsConverter.inArray(pair[1]), like(stored));
            }
        }
        accounts.record(personId, AccountAction.ERASED, null);
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Retention: removes accounts that never came to life — self-registrations whose address was not confirmed and
     * invitations that were not accepted — whose every link expired before {@code cutoff}, and the expired, unused links
     * themselves. An account that something else already refers to stays (it is reported in the log). Returns how many
     * accounts went. Called by the retention job (no person is logged in).
     */
    @Transactional
    public int removeStaleAccounts(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        List<Long> stale = jdbc.queryForList("""
                select u.id from app_user u where u.status in ('UNCONFIRMED', 'INVITED') and u.created_at < ?
                  and not exists (select 1 from account_link l where l.user_id = u.id and l.expires_at >= ?)
                order by u.id limit 10000""", Long.class, before, before);
        int removed = 0;
        for (Long id : stale) {
            // each account in a savepoint of its own: one that other data refers to stays whole
            Boolean gone = jdbc.execute((java.sql.Connection connection) -> {
                java.sql.Savepoint savepoint = connection.setSavepoint();
                try {
                    for (String sql : List.of("delete from user_role where user_id = ?", "delete from account_link where user_id = ?",
                            "delete from account_event where user_id = ?", "delete from oidc_identity where user_id = ?",
                            "delete from app_user where id = ?")) {
                        try (var statement = connection.prepareStatement(sql)) {
                            statement.setLong(1, id);
                            statement.executeUpdate();
                        }
                    }
                    connection.releaseSavepoint(savepoint);
                    return true;
                } catch (java.sql.SQLException e) {
                    connection.rollback(savepoint);
                    log.info("Retention kept the unconfirmed or invited account {}: other data refers to it", id);
                    return false;
                }
            });
            if (Boolean.TRUE.equals(gone)) {
                removed++;
            }
        }
        jdbc.update("delete from account_link where used_at is null and expires_at < ?", before);
        return removed;
    }
}
