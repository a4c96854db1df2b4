package org.crossfield.collaboration;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.identity.CurrentUser;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting windows: a coordinator calls for the outcomes of a programme by a due date; the student, supervisor and
 * mentor of each collaboration that is active at that moment are asked (by e-mail, then reminded by
 * {@link ReportingReminders}) to record their outcomes and confirm they are complete; the coordinator sees who has and
 * has not.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    static final String WORKSPACE_ROUTE = "collaborations/";
    private static final int LIST_LIMIT = 500;

    private final ReportingWindowRepository windows;
    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final Clock clock;

    ReportingService(ReportingWindowRepository windows, JdbcTemplate jdbc, NotificationService notifications,
                     ObjectProvider<Clock> clock) {
        this.windows = windows;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Opens a reporting window for a programme the current person coordinates and e-mails the people of each of its
     * active collaborations.
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).COORDINATOR) and @access.coordinates(#cmd.programmeId())")
    @Transactional
    public ReportingWindowSummary openWindow(OpenReportingWindowCmd cmd) {
        Instant now = clock.instant();
        ReportingWindow window = windows.saveAndFlush(new ReportingWindow(cmd.programmeId(), cmd.title(), cmd.dueOn(),
                CurrentUser.require().getId(), now, LocalDate.ofInstant(now, ZoneOffset.UTC)));
        long id = window.getId();
        for (String role : List.of("STUDENT", "SUPERVISOR", "MENTOR")) {
            String column = role.toLowerCase(java.util.Locale.ROOT) + "_id";
            jdbc.update("insert ignore into reporting_party (window_id, collaboration_id, user_id, party_role) "
                    + "select ?, c.id, c." + column + ", ? from collaboration c "
                    + "where c.programme_id = ? and c.status = 'ACTIVE' and c." + column + " is not null",
                    id, role, cmd.programmeId());
        }
        Map<Long, List<Long>> recipients = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        jdbc.query("""
                select p.collaboration_id, c.title, p.user_id from reporting_party p join collaboration c on c.id = p.collaboration_id
                where p.window_id = ? order by p.collaboration_id, p.user_id""", rs -> {
            recipients.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(3));
            titles.put(rs.getLong(1), rs.getString(2));
        }, id);
        recipients.forEach((collaborationId, people) -> notifications.notify(new NotifyCmd(people,
                NotificationTemplates.REPORTING_REMINDER, Map.of("event", "OPENED", "windowTitle", window.getTitle(),
                "collaborationTitle", titles.get(collaborationId), "dueDate", window.getDueOn().toString()),
                WORKSPACE_ROUTE + collaborationId)));
        return view(id);
    }

    /** The reporting windows of a programme the current person coordinates, latest due date first. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).COORDINATOR) and @access.coordinates(#programmeId)")
    public List<ReportingWindowSummary> windows(long programmeId) {
        return jdbc.query(WINDOW_SELECT + " where w.programme_id = ? group by w.id, g.name order by w.due_on desc, w.id desc limit "
                + LIST_LIMIT, ReportingService::window, programmeId);
    }

    /** One window with its progress. */
    @PreAuthorize("@outcomeAccess.coordinatesWindow(#windowId)")
    public ReportingWindowSummary window(long windowId) {
        return view(windowId);
    }

    /** For each collaboration asked by the window: who has and has not confirmed; incomplete ones first. */
    @PreAuthorize("@outcomeAccess.coordinatesWindow(#windowId)")
    public List<CollaborationConfirmations> confirmations(long windowId) {
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, List<PartyConfirmation>> parties = new LinkedHashMap<>();
        jdbc.query("""
                select p.collaboration_id, c.title, p.user_id, u.display_name, p.party_role, p.confirmed_at
                from reporting_party p join collaboration c on c.id = p.collaboration_id join pub_app_user u on u.id = p.user_id
                where p.window_id = ? order by c.title, c.id, field(p.party_role, 'STUDENT', 'SUPERVISOR', 'MENTOR')
                limit 30000""", rs -> {
            long collaborationId = rs.getLong(1);
            titles.put(collaborationId, rs.getString(2));
            Timestamp confirmed = rs.getTimestamp(6);
            parties.computeIfAbsent(collaborationId, k -> new ArrayList<>()).add(new PartyConfirmation(rs.getLong(3),
                    rs.getString(4), rs.getString(5), confirmed == null ? null : confirmed.toInstant()));
        }, windowId);
        List<CollaborationConfirmations> result = new ArrayList<>();
        titles.forEach((id, title) -> result.add(new CollaborationConfirmations(id, title, List.copyOf(parties.get(id)))));
        result.sort(java.util.Comparator.comparing(CollaborationConfirmations::complete));
        return result;
    }

    /** The reporting windows that ask this collaboration for its outcomes, latest due date first. */
    @PreAuthorize("@collaborationAccess.canView(#collaborationId)")
    public List<ReportingRequest> requests(long collaborationId) {
        long me = CurrentUser.require().getId();
        Map<Long, Object[]> windowsById = new LinkedHashMap<>();
        Map<Long, List<PartyConfirmation>> parties = new LinkedHashMap<>();
        jdbc.query("""
                select w.id, w.title, w.due_on, p.user_id, u.display_name, p.party_role, p.confirmed_at
                from reporting_party p join reporting_window w on w.id = p.window_id join pub_app_user u on u.id = p.user_id
                where p.collaboration_id = ? order by w.due_on desc, w.id desc, field(p.party_role, 'STUDENT', 'SUPERVISOR', 'MENTOR')
                limit 3000""", rs -> {
            long windowId = rs.getLong(1);
            windowsById.putIfAbsent(windowId, new Object[] {rs.getString(2), rs.getDate(3).toLocalDate()});
            Timestamp confirmed = rs.getTimestamp(7);
            parties.computeIfAbsent(windowId, k -> new ArrayList<>()).add(new PartyConfirmation(rs.getLong(4), rs.getString(5),
                    rs.getString(6), confirmed == null ? null : confirmed.toInstant()));
        }, collaborationId);
        List<ReportingRequest> requests = new ArrayList<>();
        windowsById.forEach((id, w) -> {
            List<PartyConfirmation> people = List.copyOf(parties.get(id));
            var mine = people.stream().filter(p -> p.userId() == me).findFirst();
            requests.add(new ReportingRequest(id, (String) w[0], (LocalDate) w[1], people, mine.isPresent(),
                    mine.map(PartyConfirmation::confirmed).orElse(false)));
        });
        return requests;
    }

    /**
     * The confirmations the current person still owes: how many, and the {@code max} due soonest (1 to 200; their own
     * rows only).
     */
    @PreAuthorize("isAuthenticated()")
    public ConfirmationsDue myConfirmationsDue(int max) {
        if (max < 1 || max > 200) {
            throw new IllegalArgumentException("List 1 to 200 confirmations, not " + max);
        }
        long me = CurrentUser.require().getId();
        long total = jdbc.queryForObject("select count(*) from reporting_party where user_id = ? and confirmed_at is null",
                Long.class, me);
        List<ConfirmationDue> soonest = jdbc.query("""
                select w.id, w.title, w.due_on, c.id, c.title
                from reporting_party p join reporting_window w on w.id = p.window_id join collaboration c on c.id = p.collaboration_id
                where p.user_id = ? and p.confirmed_at is null order by w.due_on, w.id, c.id limit ?""",
                (rs, i) -> new ConfirmationDue(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(4),
                        rs.getString(5)), me, max);
        return new ConfirmationsDue(total, soonest);
    }

    /**
     * The current person confirms that the outcomes of the collaboration are complete for the window; reminders stop.
     * Confirming again changes nothing.
     */
    @PreAuthorize("@collaborationAccess.isParty(#collaborationId)")
    @Transactional
    public ReportingRequest confirm(long windowId, long collaborationId) {
        long me = CurrentUser.require().getId();
        int asked = jdbc.queryForObject("select count(*) from reporting_party where window_id = ? and collaboration_id = ? "
                + "and user_id = ?", Integer.class, windowId, collaborationId, me);
        if (asked == 0) {
            throw new InvalidOutcomeException("collaboration.error.not-asked", "You are not asked to confirm the outcomes of "
                    + "this collaboration for this reporting window.");
        }
        jdbc.update("update reporting_party set confirmed_at = ? where window_id = ? and collaboration_id = ? and user_id = ? "
                + "and confirmed_at is null", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.SECONDS)), windowId,
                collaborationId, me);
        return requests(collaborationId).stream().filter(r -> r.windowId() == windowId).findFirst().orElseThrow();
    }

    private static final String WINDOW_SELECT = """
            select w.id, w.programme_id, g.name, w.title, w.due_on, w.opened_at, count(p.user_id),
                   coalesce(sum(case when p.confirmed_at is null then 0 else 1 end), 0)
            from reporting_window w join pub_programme g on g.id = w.programme_id
            left join reporting_party p on p.window_id = w.id
            """;

    private ReportingWindowSummary view(long windowId) {
        return jdbc.query(WINDOW_SELECT + " where w.id = ? group by w.id, g.name", ReportingService::window, windowId).getFirst();
    }

    private static ReportingWindowSummary window(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Date due = rs.getDate(5);
        return new ReportingWindowSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), due.toLocalDate(),
                rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getInt(8));
    }
}
