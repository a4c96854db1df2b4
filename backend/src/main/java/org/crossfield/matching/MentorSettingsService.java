package org.crossfield.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.crossfield.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A mentor's own capacity (mentees at once) and declared conflicts of interest; matching respects both everywhere. */
@Service
@Transactional(readOnly = true)
public class MentorSettingsService {

    public static final int MAX_CAPACITY = 10;
    public static final int MAX_REASON = 300;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MentorSettingsService(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).MENTOR)")
    public MentorSettings mySettings() {
        long me = CurrentUser.require().getId();
        Integer capacity = jdbc.query("select capacity from mentor_settings where user_id = ?", (rs, i) -> rs.getInt(1), me)
                .stream().findFirst().orElse(1);
        List<DeclaredConflict> conflicts = jdbc.query("""
                select c.id, c.organisation_id, c.person_id, coalesce(o.name, u.display_name), c.reason, c.declared_at
                from mentor_conflict c left join pub_organisation o on o.id = c.organisation_id
                left join pub_app_user u on u.id = c.person_id where c.mentor_id = ? order by c.declared_at desc, c.id desc""",
                (rs, i) -> {
                    long org = rs.getLong(2);
                    boolean isOrg = !rs.wasNull();
                    return new DeclaredConflict(rs.getLong(1), isOrg ? DeclaredConflict.Kind.ORGANISATION : DeclaredConflict.Kind.PERSON,
                            isOrg ? org : rs.getLong(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant());
                }, me);
        Long accepted = jdbc.queryForObject("select count(*) from round_proposal where mentor_id = ? and status = 'ACCEPTED'",
                Long.class, me);
        return new MentorSettings(me, capacity, accepted == null ? 0 : accepted, conflicts);
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).MENTOR)")
    @Transactional
    public MentorSettings setCapacity(int capacity) {
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new InvalidMatchingRequestException("Capacity must be between 0 and " + MAX_CAPACITY + " mentees.");
        }
        long me = CurrentUser.require().getId();
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update mentor_settings set capacity = ?, updated_at = ?, version = version + 1 where user_id = ?",
                capacity, now, me);
        if (updated == 0) {
            jdbc.update("insert into mentor_settings (user_id, capacity, updated_at, version) values (?, ?, ?, 0)", me, capacity, now);
        }
        events.publishEvent(new MentorSettingsChangedEvent(me));
        return mySettings();
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).MENTOR)")
    @Transactional
    public MentorSettings declareConflict(DeclareConflictCmd cmd) {
        long me = CurrentUser.require().getId();
        if (cmd == null || (cmd.organisationId() == null) == (cmd.personId() == null)) {
            throw new InvalidMatchingRequestException("Choose either an organisation or a person for the conflict of interest.");
        }
        String reason = cmd.reason() == null ? "" : cmd.reason().strip();
        if (reason.isEmpty()) {
            throw new InvalidMatchingRequestException("Give a reason for the conflict of interest (e.g. former employer, co-author).");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidMatchingRequestException("The reason can be at most " + MAX_REASON + " characters.");
        }
        if (cmd.personId() != null && cmd.personId() == me) {
            throw new InvalidMatchingRequestException("You cannot declare a conflict of interest with yourself.");
        }
        String table = cmd.organisationId() != null ? "pub_organisation" : "pub_app_user";
        long target = cmd.organisationId() != null ? cmd.organisationId() : cmd.personId();
        Long exists = jdbc.queryForObject("select count(*) from " + table + " where id = ?", Long.class, target);
        if (exists == null || exists == 0) {
            throw new InvalidMatchingRequestException("There is no such " + (cmd.organisationId() != null ? "organisation" : "person") + ".");
        }
        Long duplicate = jdbc.queryForObject("select count(*) from mentor_conflict where mentor_id = ? and "
                + (cmd.organisationId() != null ? "organisation_id" : "person_id") + " = ?", Long.class, me, target);
        if (duplicate != null && duplicate > 0) {
            throw new InvalidMatchingRequestException("You have already declared this conflict of interest.");
        }
        jdbc.update("insert into mentor_conflict (mentor_id, organisation_id, person_id, reason, declared_at) values (?, ?, ?, ?, ?)",
                me, cmd.organisationId(), cmd.personId(), reason, Timestamp.from(clock.instant()));
        events.publishEvent(new MentorSettingsChangedEvent(me));
        return mySettings();
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).MENTOR) and @matchingAccess.ownsConflict(#conflictId)")
    @Transactional
    public MentorSettings withdrawConflict(long conflictId) {
        jdbc.update("delete from mentor_conflict where id = ?", conflictId);
        events.publishEvent(new MentorSettingsChangedEvent(CurrentUser.require().getId()));
        return mySettings();
    }
}
