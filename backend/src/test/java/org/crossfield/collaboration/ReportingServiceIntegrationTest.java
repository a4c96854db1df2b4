package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class ReportingServiceIntegrationTest {

    static final String STUDENT = OutcomeServiceIntegrationTest.STUDENT;
    static final String SUPERVISOR = OutcomeServiceIntegrationTest.SUPERVISOR;
    static final String MENTOR = OutcomeServiceIntegrationTest.MENTOR;
    static final String PARTNER = OutcomeServiceIntegrationTest.PARTNER;
    static final String COORDINATOR = OutcomeServiceIntegrationTest.COORDINATOR;

    @Autowired
    ReportingService service;
    @Autowired
    ReportingReminders reminders;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private long programmeOf(long collaboration) {
        return jdbc.queryForObject("select programme_id from collaboration where id = ?", Long.class, collaboration);
    }

    /**
     * What one person was told about this window for the demo collaboration: each mail comes with an in-app
     * notification of the same subject that links to the collaboration's workspace (other tests of the suite give the
     * demo supervisor more collaborations, so mails are told apart by that link).
     */
    private int mails(String email, String title) {
        return told(email, "%" + title + "%");
    }

    private int reminderMails(String email, String title) {
        return told(email, "Reminder:%" + title + "%");
    }

    private int told(String email, String subject) {
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.email = ? and n.kind = 'reporting-reminder' and n.link = ? and n.title like ?""", Integer.class,
                email, ReportingService.WORKSPACE_ROUTE + c, subject);
    }

    @Test
    void openingAWindowAsksThePeopleOfEveryActiveCollaborationAndTheCoordinatorSeesWhoConfirmed() {
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        long programme = programmeOf(c);
        String title = "Spring report " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        Map<String, Long> owedBefore = Map.of(STUDENT, owed(STUDENT), PARTNER, owed(PARTNER));
        ReportingWindowSummary window = runAs.as(COORDINATOR, () -> service.openWindow(new OpenReportingWindowCmd(programme, title, due)));

        int active = jdbc.queryForObject("select count(*) from collaboration where programme_id = ? and status = 'ACTIVE'",
                Integer.class, programme);
        assertThat(window.confirmed()).isZero();
        assertThat(window.parties()).isGreaterThanOrEqualTo(active * 2);
        assertThat(jdbc.queryForObject("select count(distinct collaboration_id) from reporting_party where window_id = ?",
                Integer.class, window.id())).isEqualTo(active);
        for (String party : List.of(STUDENT, SUPERVISOR, MENTOR)) {
            assertThat(mails(party, title)).as(party).isEqualTo(1);
        }
        assertThat(mails(PARTNER, title)).isZero();
        String subject = jdbc.queryForList("select subject from mail_outbox where to_address = ? and subject like ? "
                + "and template = 'reporting-reminder'", String.class, STUDENT, "%" + title + "%").getFirst();
        assertThat(subject).isEqualTo("Please report your outcomes: " + title + " (due " + due + ")");

        ReportingRequest request = runAs.as(STUDENT, () -> service.requests(c)).stream()
                .filter(r -> r.windowId() == window.id()).findFirst().orElseThrow();
        assertThat(request.askedOfMe()).isTrue();
        assertThat(request.confirmedByMe()).isFalse();

        // the student owes these confirmations now (their dashboard counts them), the partner none of them
        long asked = jdbc.queryForObject("select count(*) from reporting_party where window_id = ? and user_id = ?", Long.class,
                window.id(), runAs.idOf(STUDENT));
        assertThat(asked).isPositive();
        assertThat(owed(STUDENT)).isEqualTo(owedBefore.get(STUDENT) + asked);
        assertThat(owed(PARTNER)).isEqualTo(owedBefore.get(PARTNER));

        ReportingRequest confirmed = runAs.as(STUDENT, () -> service.confirm(window.id(), c));
        assertThat(confirmed.confirmedByMe()).isTrue();
        assertThat(owed(STUDENT)).isEqualTo(owedBefore.get(STUDENT) + asked - 1);
        runAs.as(STUDENT, () -> service.confirm(window.id(), c));
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> service.confirm(window.id(), c)))
                .isInstanceOf(InvalidOutcomeException.class).hasMessageContaining("not asked");

        CollaborationConfirmations mine = runAs.as(COORDINATOR, () -> service.confirmations(window.id())).stream()
                .filter(x -> x.collaborationId() == c).findFirst().orElseThrow();
        assertThat(mine.parties()).extracting(PartyConfirmation::role).containsExactly("STUDENT", "SUPERVISOR", "MENTOR");
        assertThat(mine.parties()).extracting(PartyConfirmation::confirmed).containsExactly(true, false, false);
        assertThat(mine.complete()).isFalse();
        assertThat(runAs.as(COORDINATOR, () -> service.window(window.id())).confirmed()).isEqualTo(1);
        assertThat(runAs.as(COORDINATOR, () -> service.windows(programme))).extracting(ReportingWindowSummary::id).contains(window.id());
    }

    private long owed(String who) {
        return runAs.as(who, () -> service.myConfirmationsDue(5)).total();
    }

    @Test
    void theConfirmationsOwedComeSoonestDueFirst() {
        List<ConfirmationDue> soonest = runAs.as(STUDENT, () -> service.myConfirmationsDue(3)).soonest();
        assertThat(soonest).hasSizeLessThanOrEqualTo(3);
        assertThat(soonest).extracting(ConfirmationDue::dueOn).isSorted();
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> service.myConfirmationsDue(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remindersFollowTheStepsStopAfterConfirmingAndAreNeverSentTwice() {
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        String title = "Reminded report " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate due = today.plusDays(30);
        long window = runAs.as(COORDINATOR, () -> service.openWindow(new OpenReportingWindowCmd(programmeOf(c), title, due))).id();

        assertThat(reminders.on(at(today.plusDays(1))).sendDue()).as("no step is due yet").isGreaterThanOrEqualTo(0);
        assertThat(reminderMails(STUDENT, title)).isZero();

        reminders.on(at(due.minusDays(14))).sendDue();
        assertThat(reminderMails(STUDENT, title)).isEqualTo(1);
        assertThat(reminderMails(SUPERVISOR, title)).isEqualTo(1);
        reminders.on(at(due.minusDays(14))).sendDue();
        reminders.on(at(due.minusDays(10))).sendDue();
        assertThat(reminderMails(STUDENT, title)).as("the 14-day step once only").isEqualTo(1);

        runAs.run(STUDENT, () -> service.confirm(window, c));
        reminders.on(at(due.minusDays(7))).sendDue();
        assertThat(reminderMails(STUDENT, title)).as("confirmed: no more reminders").isEqualTo(1);
        assertThat(reminderMails(SUPERVISOR, title)).isEqualTo(2);
        String body = jdbc.queryForObject("select text_body from mail_outbox where to_address = ? and subject like ? "
                + "order by id desc limit 1", String.class, SUPERVISOR, "Reminder:%" + title + "%");
        assertThat(body).contains("Days left: 7", "Confirm outcomes are complete");

        reminders.on(at(due.minusDays(1))).sendDue();
        reminders.on(at(due)).sendDue();
        reminders.on(at(due.plusDays(1))).sendDue();
        assertThat(reminderMails(SUPERVISOR, title)).isEqualTo(3);
        assertThat(jdbc.queryForList("select days_before from reporting_reminder_sent where window_id = ? and collaboration_id = ? "
                + "and user_id = ? order by days_before", Integer.class, window, c, runAs.idOf(SUPERVISOR))).containsExactly(1, 7, 14);
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Test
    void badWindowsAreRefusedAndChangeNothing() {
        long programme = programmeOf(OutcomeServiceIntegrationTest.demoCollaboration(jdbc));
        int before = jdbc.queryForObject("select count(*) from reporting_window", Integer.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertInvalid(() -> service.openWindow(new OpenReportingWindowCmd(programme, "Late", today)), "after today");
        assertInvalid(() -> service.openWindow(new OpenReportingWindowCmd(programme, "No date", null)), "Give the date");
        assertInvalid(() -> service.openWindow(new OpenReportingWindowCmd(programme, " ", today.plusDays(9))), "title");
        assertThat(jdbc.queryForObject("select count(*) from reporting_window", Integer.class)).isEqualTo(before);
    }

    private void assertInvalid(Supplier<?> action, String message) {
        assertThatThrownBy(() -> runAs.as(COORDINATOR, action)).isInstanceOf(InvalidOutcomeException.class)
                .hasMessageContaining(message);
    }

    @Test
    void onlyTheProgrammesCoordinatorsOpenAndFollowWindowsAndOnlyPartiesConfirm() {
        long c = OutcomeServiceIntegrationTest.demoCollaboration(jdbc);
        long programme = programmeOf(c);
        long window = runAs.as(COORDINATOR, () -> service.openWindow(new OpenReportingWindowCmd(programme, "Access report",
                LocalDate.now(ZoneOffset.UTC).plusDays(20)))).id();
        List<String> refused = new ArrayList<>(List.of(STUDENT, SUPERVISOR, MENTOR, PARTNER, OutcomeServiceIntegrationTest.ADMIN));
        refused.addAll(OutcomeServiceIntegrationTest.foreignCoordinator(jdbc, c));
        for (String who : refused) {
            assertDenied(who, () -> service.openWindow(new OpenReportingWindowCmd(programme, "Mine", LocalDate.now().plusDays(9))));
            assertDenied(who, () -> service.windows(programme));
            assertDenied(who, () -> service.window(window));
            assertDenied(who, () -> service.confirmations(window));
        }
        List<String> strangers = new ArrayList<>(OutcomeServiceIntegrationTest.outsiders(jdbc, c));
        strangers.add(OutcomeServiceIntegrationTest.ADMIN);
        strangers.addAll(OutcomeServiceIntegrationTest.foreignCoordinator(jdbc, c));
        for (String who : strangers) {
            assertDenied(who, () -> service.requests(c));
            assertDenied(who, () -> service.confirm(window, c));
        }
        assertDenied(COORDINATOR, () -> service.confirm(window, c));
        assertDenied(COORDINATOR, () -> service.window(Long.MAX_VALUE));
    }

    private void assertDenied(String who, Supplier<?> action) {
        assertThatThrownBy(() -> runAs.as(who, action)).as(who).isInstanceOf(AccessDeniedException.class);
    }
}
