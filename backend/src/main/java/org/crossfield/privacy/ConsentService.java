package org.crossfield.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crossfield.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's privacy notice and terms of use (versioned, published by administrators) and each person's consents:
 * accepting the current version at their next login, and the separate opt-ins for the public showcase and optional
 * e-mails, withdrawable at any time. Every consent and withdrawal is a row of {@code consent_record}; the current state is
 * kept in {@code privacy_choice} (published as {@code pub_privacy_choice}).
 */
@Service
@Transactional(readOnly = true)
public class ConsentService {

    static final int MAX_TEXT = 200_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ConsentService(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The version everyone has to accept; empty while none is published (a fresh installation asks nothing). */
    @PreAuthorize("permitAll()")
    public Optional<PrivacyNotice> currentNotice() {
        return jdbc.query("""
                select version_no, notice_text, terms_text, published_at from privacy_notice order by version_no desc limit 1""",
                (rs, i) -> new PrivacyNotice(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .stream().findFirst();
    }

    /** Publishes a new version; everyone accepts it at their next login. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public PrivacyNotice publish(String noticeText, String termsText) {
        if (noticeText == null || noticeText.isBlank() || termsText == null || termsText.isBlank()) {
            throw new InvalidPrivacyRequestException("privacy.error.texts-required", "Write both the privacy notice and the terms of use.");
        }
        if (noticeText.length() > MAX_TEXT || termsText.length() > MAX_TEXT) {
            throw new InvalidPrivacyRequestException("privacy.error.text-length", "Each text may have at most " + MAX_TEXT + " characters.", MAX_TEXT);
        }
        Integer last = jdbc.queryForObject("select coalesce(max(version_no), 0) from privacy_notice", Integer.class);
        int version = (last == null ? 0 : last) + 1;
        Instant now = now();
        jdbc.update("insert into privacy_notice (version_no, notice_text, terms_text, published_by, published_at) values (?, ?, ?, ?, ?)",
                version, noticeText.strip(), termsText.strip(), CurrentUser.require().getId(), Timestamp.from(now));
        return new PrivacyNotice(version, noticeText.strip(), termsText.strip(), now);
    }

    /** The version the current person still has to accept, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<PrivacyNotice> noticeToAccept() {
        Optional<PrivacyNotice> current = currentNotice();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Integer accepted = choicesOf(CurrentUser.require().getId()).acceptedVersion();
        return accepted != null && accepted >= current.get().version() ? Optional.empty() : current;
    }

    /** The current person accepts version {@code version}, which must be the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PrivacyChoices accept(int version) {
        PrivacyNotice current = currentNotice().orElseThrow(() -> new InvalidPrivacyRequestException("privacy.error.nothing-to-accept", "There is nothing to accept."));
        if (current.version() != version) {
            throw new InvalidPrivacyRequestException("privacy.error.newer-version", "A newer version of the privacy notice was published: read it first.");
        }
        long me = CurrentUser.require().getId();
        Instant now = now();
        ensureRow(me);
        jdbc.update("update privacy_choice set accepted_version = ?, accepted_at = ?, version = version + 1 where user_id = ?",
                version, Timestamp.from(now), me);
        record(me, ConsentKind.PRIVACY_NOTICE, true, version, now);
        return choicesOf(me);
    }

    @PreAuthorize("isAuthenticated()")
    public PrivacyChoices myChoices() {
        return choicesOf(CurrentUser.require().getId());
    }

    /** Gives or withdraws one of the opt-ins; each change is recorded, a repeat of the current choice is not. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PrivacyChoices setOptIn(ConsentKind kind, boolean granted) {
        String column = switch (kind) {
            case SHOWCASE -> "showcase";
            case OPTIONAL_MAIL -> "optional_mail";
            case PRIVACY_NOTICE -> throw new InvalidPrivacyRequestException("privacy.error.not-an-opt-in", "The privacy notice is accepted, not opted into.");
        };
        long me = CurrentUser.require().getId();
        ensureRow(me);
        if (jdbc.update("update privacy_choice set " + column + " = ?, version = version + 1 where user_id = ? and "
                + column + " <> ?", granted, me, granted) > 0) {
            record(me, kind, granted, null, now());
        }
        return choicesOf(me);
    }

    /** Every consent and withdrawal of the current person, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ConsentEntry> myConsents() {
        return consentsOf(CurrentUser.require().getId());
    }

    /** Whether a person agreed to optional e-mails (for features that send them; essential mail needs no opt-in). */
    @PreAuthorize("permitAll()")
    public boolean wantsOptionalMail(long personId) {
        return choicesOf(personId).optionalMail();
    }

    List<ConsentEntry> consentsOf(long personId) {
        return jdbc.query("""
                select kind, granted, notice_version, recorded_at from consent_record where user_id = ? order by id limit 10000""",
                (rs, i) -> new ConsentEntry(ConsentKind.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getObject(3, Integer.class),
                        rs.getTimestamp(4).toInstant()), personId);
    }

    PrivacyChoices choicesOf(long personId) {
        return jdbc.query("select accepted_version, accepted_at, showcase, optional_mail from privacy_choice where user_id = ?",
                (rs, i) -> new PrivacyChoices(rs.getObject(1, Integer.class),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getBoolean(3), rs.getBoolean(4)),
                personId).stream().findFirst().orElse(PrivacyChoices.NONE);
    }

    /** Erasure: the opt-ins are withdrawn (the records of past consents stay: they prove what was agreed). */
    void withdrawAll(long personId) {
        Instant now = now();
        for (ConsentKind kind : List.of(ConsentKind.SHOWCASE, ConsentKind.OPTIONAL_MAIL)) {
            String column = kind == ConsentKind.SHOWCASE ? "showcase" : "optional_mail";
            if (jdbc.update("update privacy_choice set " + column + " = false, version = version + 1 where user_id = ? and "
                    + column + " = true", personId) > 0) {
                record(personId, kind, false, null, now);
            }
        }
    }

    private void ensureRow(long personId) {
        jdbc.update("insert ignore into privacy_choice (user_id, showcase, optional_mail) values (?, false, false)", personId);
    }

    private void record(long personId, ConsentKind kind, boolean granted, Integer version, Instant at) {
        jdbc.update("insert into consent_record (user_id, kind, granted, notice_version, recorded_at) values (?, ?, ?, ?, ?)",
                personId, kind.name(), granted, version, Timestamp.from(at));
    }

    private Instant now() {
        return clock.instant();
    }
}
