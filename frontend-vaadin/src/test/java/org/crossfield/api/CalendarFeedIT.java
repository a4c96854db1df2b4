package org.crossfield.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.crossfield.Application;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.PostingType;
import org.crossfield.application.SaveApplicationCmd;
import org.crossfield.collaboration.AddMeetingNoteCmd;
import org.crossfield.collaboration.AddMilestoneCmd;
import org.crossfield.collaboration.WorkspaceService;
import org.crossfield.identity.CalendarFeedService;
import org.crossfield.marketplace.ApprovalService;
import org.crossfield.marketplace.ChallengeDraft;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.GovernanceTerms;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.RequiredCompetency;
import org.crossfield.marketplace.Visibility;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The private iCalendar feed over real HTTP, read back with ical4j: a partner's challenge deadline, the same deadline
 * in the feed of a student who applied, a milestone and a meeting of the student's collaboration, each with its link;
 * another person's secret shows their items and not these; a reset secret makes the old address a 404. The
 * collaboration is the test's own (the demo student's demo collaboration has the demo partner's organisation as a
 * party, whose people rightly see its milestones).
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarFeedIT {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String STUDENT = "student@demo.crossfield.org";

    @LocalServerPort
    int port;
    @Autowired
    RunAs runAs;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    ChallengeService challenges;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ApplicationService applications;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eachPersonsFeedHasTheirDeadlinesWithLinksAndAResetEndsTheOldAddress() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate deadline = today.plusDays(40);
        long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
        long challenge = runAs.as(PARTNER, () -> challenges.createDraft(new ChallengeDraft(programme, "Calendar " + word,
                "Deadlines in calendars", "A longer description of the work.", null, null, deadline, null, null,
                Visibility.PUBLIC, Set.of(), List.of(new RequiredCompetency("DSDA01", 3, 1.0, false)), GovernanceTerms.sandbox())));
        runAs.run(PARTNER, () -> challenges.submit(challenge));
        runAs.run(COORDINATOR, () -> approvals.approve(PostingKind.CHALLENGE, challenge));
        runAs.run(STUDENT, () -> applications.saveDraft(new SaveApplicationCmd(PostingType.CHALLENGE, challenge,
                "I would like to work on " + word + ".", Map.of(), null)));
        // the student's own collaboration with nobody else in it: the partner is no party, so must not see its dates
        long collaboration = OwnCollaboration.of(jdbc, STUDENT, "Calendar collaboration " + word);
        long milestone = runAs.as(STUDENT, () -> workspaces.addMilestone(new AddMilestoneCmd(collaboration,
                "Milestone " + word, today.plusDays(20)))).id();
        long meeting = runAs.as(STUDENT, () -> workspaces.addMeetingNote(new AddMeetingNoteCmd(collaboration,
                today.plusDays(1), "Stella, Sam", "Plan " + word))).id();

        String partnerSecret = runAs.as(PARTNER, feeds::resetMyFeed);
        String studentSecret = runAs.as(STUDENT, feeds::resetMyFeed);

        Map<String, VEvent> partnerEvents = events(get(partnerSecret));
        VEvent own = partnerEvents.get("challenge-" + challenge + "-deadline@localhost");
        assertThat(own).as("the partner's challenge deadline").isNotNull();
        assertThat(value(own, Property.SUMMARY)).isEqualTo("Deadline: Calendar " + word);
        assertThat(value(own, Property.DTSTART)).isEqualTo(deadline.toString().replace("-", ""));
        assertThat(value(own, Property.URL)).isEqualTo("http://localhost:8080/challenges/" + challenge);
        assertThat(value(own, Property.CATEGORIES)).isEqualTo("MY_POSTING_DEADLINE");

        Map<String, VEvent> studentEvents = events(get(studentSecret));
        assertThat(studentEvents.values()).anySatisfy(e -> {
            assertThat(value(e, Property.SUMMARY)).isEqualTo("Deadline: Calendar " + word);
            assertThat(value(e, Property.CATEGORIES)).isEqualTo("APPLIED_POSTING_DEADLINE");
            assertThat(value(e, Property.URL)).isEqualTo("http://localhost:8080/my-applications");
        });
        VEvent milestoneEvent = studentEvents.get("milestone-" + milestone + "@localhost");
        assertThat(value(milestoneEvent, Property.SUMMARY)).isEqualTo("Milestone: Milestone " + word);
        assertThat(value(milestoneEvent, Property.DTSTART)).isEqualTo(today.plusDays(20).toString().replace("-", ""));
        assertThat(value(milestoneEvent, Property.URL)).isEqualTo("http://localhost:8080/collaborations/" + collaboration);
        assertThat(value(studentEvents.get("meeting-" + meeting + "@localhost"), Property.CATEGORIES)).isEqualTo("MEETING");

        // another person's secret gives their items, never these
        assertThat(studentEvents).doesNotContainKey("challenge-" + challenge + "-deadline@localhost");
        assertThat(partnerEvents).doesNotContainKeys("milestone-" + milestone + "@localhost", "meeting-" + meeting + "@localhost");

        // a reset: the old address is gone, the new one works
        String newSecret = runAs.as(PARTNER, feeds::resetMyFeed);
        HttpResponse<String> old = get(partnerSecret);
        assertThat(old.statusCode()).isEqualTo(404);
        assertThat(old.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(old.body()).contains("urn:crossfield:problem:not-found").doesNotContain("Calendar " + word);
        assertThat(events(get(newSecret))).containsKey("challenge-" + challenge + "-deadline@localhost");
        assertThat(get("cfc_" + word).statusCode()).isEqualTo(404);
        assertThat(get("not-a-secret").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/calendar/" + secret + ".ics"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The feed parsed by ical4j, its events by UID. */
    private static Map<String, VEvent> events(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        Map<String, VEvent> byUid = new HashMap<>();
        for (Object component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            byUid.put(value(event, Property.UID), event);
        }
        return byUid;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }
}
