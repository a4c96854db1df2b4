package org.crossfield.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Saved searches and their alerts: matching is the search itself, run as the search's owner on the new posting. */
@CrossfieldIntegrationTest
class SavedSearchIntegrationTest {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String STUDENT = "student@demo.crossfield.org";
    static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String MENTOR = "mentor@demo.crossfield.org";
    static final String ADMIN = "admin@demo.crossfield.org";

    @Autowired
    SavedSearchService saved;
    @Autowired
    ChallengeService challenges;
    @Autowired
    ProjectPostingService projects;
    @Autowired
    ApprovalService approvals;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    long programme() {
        return jdbc.queryForObject("select min(id) from programme", Long.class);
    }

    PostingQuery words(String text) {
        return PostingQuery.all().withText(text);
    }

    long openChallenge(String title, Visibility visibility, Set<Long> invitees) {
        long id = runAs.as(PARTNER, () -> challenges.createDraft(new ChallengeDraft(programme(), title, "Early warning in ICU data",
                "A longer description of the work.", null, null, LocalDate.now(ZoneOffset.UTC).plusDays(30), null, null, visibility,
                invitees, List.of(new RequiredCompetency("DSDA01", 3, 1.0, false)), GovernanceTerms.sandbox())));
        runAs.run(PARTNER, () -> challenges.submit(id));
        runAs.run(COORDINATOR, () -> approvals.approve(PostingKind.CHALLENGE, id));
        return id;
    }

    long alertsTo(String email, String link) {
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.email = ? and n.kind = 'saved-search-alert' and n.link = ?""", Long.class, email, link);
    }

    long mailsTo(String email, String subjectPart) {
        return jdbc.queryForObject("""
                select count(*) from mail_outbox where to_address = ? and template = 'saved-search-alert' and subject like ?""",
                Long.class, email, "%" + subjectPart + "%");
    }

    @Test
    void approvingAMatchingChallengeAlertsTheOwnerInAppAndByMailButNotForANonMatchingOne() {
        SavedSearchSummary search = runAs.as(STUDENT, () -> saved.save(new SaveSearchCmd("Quokka sepsis", words("quokka sepsis"), true)));
        runAs.run(STUDENT, () -> saved.save(new SaveSearchCmd("Quokka, alerts off", words("quokka"), false)));

        long matching = openChallenge("Quokka sepsis prediction", Visibility.PUBLIC, Set.of());
        assertThat(alertsTo(STUDENT, "challenges/" + matching)).as("one alert, though two searches find it").isEqualTo(1);
        assertThat(mailsTo(STUDENT, "Quokka sepsis prediction")).isEqualTo(1);
        assertThat(runAs.as(STUDENT, () -> saved.savedSearch(search.id())).lastAlertAt()).isNotNull();

        long other = openChallenge("Quokka habitat survey", Visibility.PUBLIC, Set.of());
        assertThat(alertsTo(STUDENT, "challenges/" + other)).as("the words do not all occur").isZero();
        assertThat(mailsTo(STUDENT, "Quokka habitat survey")).isZero();
    }

    @Test
    void facetsDecideToo() {
        PostingQuery projectsOnly = new PostingQuery(PostingKind.PROJECT, "wombat", null, null, null, null, null, null);
        PostingQuery elsewhere = new PostingQuery(null, "wombat", null, null, "ZZ", null, null, null);
        runAs.run(STUDENT, () -> saved.save(new SaveSearchCmd("Wombat projects", projectsOnly, true)));
        runAs.run(MENTOR, () -> saved.save(new SaveSearchCmd("Wombat in ZZ", elsewhere, true)));
        long challenge = openChallenge("Wombat gait analysis", Visibility.PUBLIC, Set.of());
        assertThat(alertsTo(STUDENT, "challenges/" + challenge)).as("a challenge, not a project").isZero();
        assertThat(alertsTo(MENTOR, "challenges/" + challenge)).as("another country").isZero();

        long project = runAs.as(SUPERVISOR, () -> projects.createDraft(new ProjectDraft(programme(), "Wombat sleep cohorts",
                "Does sleep predict recovery?", 1, null, List.of(new RequiredCompetency("DSDA01", 3, 1.0, false)), Set.of(),
                GovernanceTerms.sandbox())));
        runAs.run(SUPERVISOR, () -> projects.submit(project));
        runAs.run(COORDINATOR, () -> approvals.approve(PostingKind.PROJECT, project));
        assertThat(alertsTo(STUDENT, "projects/" + project)).isEqualTo(1);
        assertThat(mailsTo(STUDENT, "Wombat sleep cohorts")).isEqualTo(1);
    }

    @Test
    void anInviteOnlyChallengeAlertsItsInviteesOnly() {
        runAs.run(STUDENT, () -> saved.save(new SaveSearchCmd("Numbat", words("numbat"), true)));
        runAs.run(MENTOR, () -> saved.save(new SaveSearchCmd("Numbat", words("numbat"), true)));
        long invited = openChallenge("Numbat registry linkage", Visibility.INVITE_ONLY, Set.of(runAs.idOf(MENTOR)));
        assertThat(alertsTo(MENTOR, "challenges/" + invited)).isEqualTo(1);
        assertThat(alertsTo(STUDENT, "challenges/" + invited)).as("not invited").isZero();
        assertThat(mailsTo(STUDENT, "Numbat registry linkage")).isZero();
    }

    @Test
    void savedSearchesAreListedRenamedSwitchedAndDeletedByTheirOwner() {
        SavedSearchSummary search = runAs.as(SUPERVISOR, () -> saved.save(new SaveSearchCmd("  Federated  ",
                new PostingQuery(PostingKind.CHALLENGE, "federated", "DSDA01", null, "DE", DataTier.ANONYMISED, programme(), null), true)));
        assertThat(search.name()).isEqualTo("Federated");
        assertThat(search.query().status()).as("open postings by default").isEqualTo(ProjectStatus.OPEN);
        assertThat(search.query().country()).isEqualTo("DE");
        assertThat(runAs.as(SUPERVISOR, saved::mySavedSearches)).extracting(SavedSearchSummary::id).contains(search.id());

        assertThat(runAs.as(SUPERVISOR, () -> saved.rename(search.id(), "Federated, Germany")).name()).isEqualTo("Federated, Germany");
        assertThat(runAs.as(SUPERVISOR, () -> saved.setAlerts(search.id(), false)).alerts()).isFalse();
        runAs.run(SUPERVISOR, () -> saved.delete(search.id()));
        assertThat(runAs.as(SUPERVISOR, saved::mySavedSearches)).extracting(SavedSearchSummary::id).doesNotContain(search.id());
        assertThatThrownBy(() -> runAs.as(SUPERVISOR, () -> saved.savedSearch(search.id())))
                .isInstanceOf(SavedSearchNotFoundException.class);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        runAs.run(STUDENT, () -> saved.save(new SaveSearchCmd("Twice", words("twice"), true)));
        long before = jdbc.queryForObject("select count(*) from saved_search", Long.class);
        assertThatThrownBy(() -> runAs.run(STUDENT, () -> saved.save(new SaveSearchCmd(" ", words("x"), true))))
                .isInstanceOf(InvalidPostingException.class).hasMessage("Give the search a name.");
        assertThatThrownBy(() -> runAs.run(STUDENT, () -> saved.save(new SaveSearchCmd("Twice", words("other"), true))))
                .isInstanceOf(InvalidPostingException.class).hasMessage("You already have a saved search called \"Twice\".");
        assertThatThrownBy(() -> runAs.run(STUDENT, () -> saved.save(new SaveSearchCmd("x".repeat(101), words("x"), true))))
                .isInstanceOf(InvalidPostingException.class).hasMessageContaining("more than 100 characters");
        assertThatThrownBy(() -> runAs.run(STUDENT, () -> saved.save(new SaveSearchCmd("Drafts",
                new PostingQuery(null, null, null, null, null, null, null, ProjectStatus.DRAFT), true))))
                .isInstanceOf(InvalidPostingException.class).hasMessageContaining("Only open, closed and awarded");
        assertThat(jdbc.queryForObject("select count(*) from saved_search", Long.class)).isEqualTo(before);
    }

    @Test
    void nobodyReadsChangesOrDeletesAnotherPersonsSavedSearch() {
        SavedSearchSummary mine = runAs.as(STUDENT, () -> saved.save(new SaveSearchCmd("Private", words("private"), true)));
        for (String who : List.of(MENTOR, SUPERVISOR, PARTNER, COORDINATOR, ADMIN)) {
            assertThatThrownBy(() -> runAs.as(who, () -> saved.savedSearch(mine.id()))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> saved.rename(mine.id(), "Taken"))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> saved.setAlerts(mine.id(), false))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(who, () -> saved.delete(mine.id()))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThat(runAs.as(who, saved::mySavedSearches)).as(who).extracting(SavedSearchSummary::id).doesNotContain(mine.id());
        }
        assertThat(runAs.as(STUDENT, () -> saved.savedSearch(mine.id()))).isEqualTo(mine);
        assertThatThrownBy(saved::mySavedSearches).as("anonymous")
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
