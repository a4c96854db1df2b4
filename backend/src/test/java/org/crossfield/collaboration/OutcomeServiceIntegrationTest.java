package org.crossfield.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@CrossfieldIntegrationTest
class OutcomeServiceIntegrationTest {

    static final String STUDENT = "student@demo.crossfield.org";
    static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String MENTOR = "mentor@demo.crossfield.org";
    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String ADMIN = "admin@demo.crossfield.org";

    @Autowired
    OutcomeService service;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    /** The demo student's collaboration (with the demo supervisor and mentor, and the demo partner's company). */
    static long demoCollaboration(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select c.id from collaboration c join app_user u on u.id = c.student_id where u.email = ? "
                + "order by c.id limit 1", Long.class, STUDENT);
    }

    /** People with nothing to do with the demo collaboration: a student, a supervisor and a mentor of another one. */
    static List<String> outsiders(JdbcTemplate jdbc, long collaboration) {
        return jdbc.queryForList("""
                select u.email from collaboration c join app_user u on u.id in (c.student_id, c.supervisor_id, c.mentor_id)
                where c.id <> ? and u.id not in (select coalesce(student_id, 0) from collaboration where id = ?)
                  and u.id not in (select coalesce(supervisor_id, 0) from collaboration where id = ?)
                  and u.id not in (select coalesce(mentor_id, 0) from collaboration where id = ?)
                  and u.organisation_id <> (select coalesce(partner_organisation_id, 0) from collaboration where id = ?)
                order by c.id limit 3""", String.class, collaboration, collaboration, collaboration, collaboration, collaboration);
    }

    /** A partner manager of an organisation that is not the collaboration's partner. */
    static String foreignPartner(JdbcTemplate jdbc, long collaboration) {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select coalesce(partner_organisation_id, 0) from collaboration where id = ?)
                order by u.id limit 1""", String.class, collaboration);
    }

    /** A coordinator who does not coordinate the collaboration's programme, if the sandbox has one. */
    static List<String> foreignCoordinator(JdbcTemplate jdbc, long collaboration) {
        return jdbc.queryForList("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'COORDINATOR'
                where u.id not in (select user_id from programme_coordinator
                                   where programme_id = (select programme_id from collaboration where id = ?))
                order by u.id limit 1""", String.class, collaboration);
    }

    private int outcomeCount(long collaboration) {
        return jdbc.queryForObject("select count(*) from outcome where collaboration_id = ?", Integer.class, collaboration);
    }

    private static SaveOutcomeCmd publication(long collaboration, String title, String doi) {
        return new SaveOutcomeCmd(collaboration, "PUBLICATION", title, null, LocalDate.of(2026, 3, 1), doi,
                "Student, Stella; Mentor, Mona", "Journal of Health Data Science", 2026, "journal-article", true, true,
                EnumSet.of(CreditRole.SOFTWARE, CreditRole.FORMAL_ANALYSIS), null, null, null, null, false);
    }

    private static SaveOutcomeCmd funding(long collaboration, String amount, String currency) {
        return new SaveOutcomeCmd(collaboration, "FURTHER_FUNDING", "Follow-on grant", null, LocalDate.of(2026, 5, 1), null,
                null, null, null, null, false, false, Set.of(), amount == null ? null : new BigDecimal(amount), currency,
                "Wellcome", null, false);
    }

    @Test
    void aStudentRecordsAPublicationTheSupervisorAndCoordinatorSeeItAndFieldsOfOtherTypesAreDropped() {
        long c = demoCollaboration(jdbc);
        OutcomeSummary saved = runAs.as(STUDENT, () -> service.recordOutcome(publication(c, "Federated Cox models in practice",
                "https://doi.org/10.1234/FCM.2026")));

        assertThat(saved.doi()).isEqualTo("10.1234/fcm.2026");
        assertThat(saved.creditRoles()).containsExactlyInAnyOrder(CreditRole.SOFTWARE, CreditRole.FORMAL_ANALYSIS);
        assertThat(saved.jointPublicPrivate()).isTrue();
        assertThat(saved.recordedBy()).isEqualTo("Stella Student");
        assertThat(jdbc.queryForObject("select credit_roles from outcome where id = ?", String.class, saved.id()))
                .isEqualTo("FORMAL_ANALYSIS;SOFTWARE");
        assertThat(runAs.as(SUPERVISOR, () -> service.outcomes(c))).extracting(OutcomeSummary::id).contains(saved.id());
        assertThat(runAs.as(COORDINATOR, () -> service.outcomes(c))).extracting(OutcomeSummary::id).contains(saved.id());

        // the mentor turns it into an award: the publication fields go
        OutcomeSummary award = runAs.as(MENTOR, () -> service.updateOutcome(saved.id(), SaveOutcomeCmd.simple(c, "AWARD",
                "Best paper award", "For the federated Cox paper.", LocalDate.of(2026, 6, 1), null, true)));
        assertThat(award.typeCode()).isEqualTo("AWARD");
        assertThat(award.doi()).isNull();
        assertThat(award.creditRoles()).isEmpty();
        assertThat(award.isPublic()).isTrue();

        runAs.run(PARTNER, () -> service.deleteOutcome(saved.id()));
        assertThat(jdbc.queryForObject("select count(*) from outcome where id = ?", Integer.class, saved.id())).isZero();
    }

    @Test
    void furtherFundingIsConvertedToEuroWithTheFixedTable() {
        long c = demoCollaboration(jdbc);
        OutcomeSummary grant = runAs.as(SUPERVISOR, () -> service.recordOutcome(funding(c, "85000", "gbp")));
        assertThat(grant.currency()).isEqualTo("GBP");
        assertThat(grant.amount()).isEqualByComparingTo("85000.00");
        assertThat(grant.amountEur()).isEqualByComparingTo("100000.00");
        assertThat(grant.funder()).isEqualTo("Wellcome");
    }

    @Test
    void badInputIsRefusedWithASentenceAndChangesNothing() {
        long c = demoCollaboration(jdbc);
        int before = outcomeCount(c);
        assertRefused(() -> service.recordOutcome(publication(c, "Bad DOI", "10.12/x")), "is not a DOI");
        assertRefused(() -> service.recordOutcome(funding(c, "-5", "EUR")), "more than zero");
        assertRefused(() -> service.recordOutcome(funding(c, "100", "XYZ")), "“XYZ” is not a currency");
        assertRefused(() -> service.recordOutcome(funding(c, null, "EUR")), "Give the amount");
        assertRefused(() -> service.recordOutcome(SaveOutcomeCmd.simple(c, "SOFTWARE", "No date", null, null, null, false)),
                "Give the date");
        assertRefused(() -> service.recordOutcome(SaveOutcomeCmd.simple(c, "NOPE", "Unknown type", null, LocalDate.now(), null,
                false)), "is not a type of outcome");
        assertRefused(() -> service.recordOutcome(SaveOutcomeCmd.simple(c, "SOFTWARE", "Bad link", null, LocalDate.now(),
                "javascript:alert(1)", false)), "is not a web address");
        SaveOutcomeCmd wrongWorkType = new SaveOutcomeCmd(c, "PUBLICATION", "Wrong work type", null, LocalDate.now(), null, null,
                null, null, "patent", false, false, Set.of(), null, null, null, null, false);
        assertRefused(() -> service.recordOutcome(wrongWorkType), "is not an ORCID work type");
        assertThat(runAs.as(STUDENT, () -> service.readPublications(c, "refs.bib",
                "@article{x, title = {Unclosed".getBytes(StandardCharsets.UTF_8))).refused())
                .containsExactly(new RefusedEntry("x", 1, "The value of “title” on line 1 does not end: a “}” is missing.",
                        "collaboration.import.refused.value-not-closed", List.of("title", 1, "}")));
        assertRefused(() -> service.readPublications(c, "refs.docx", "@article{x, title = {T}}".getBytes(StandardCharsets.UTF_8)),
                "is not a bibliography file");
        assertThat(outcomeCount(c)).isEqualTo(before);

        int activities = jdbc.queryForObject("select count(*) from dissemination_activity where collaboration_id = ?", Integer.class, c);
        assertRefused(() -> service.recordActivity(talk(c, Set.of(), 10, null)), "at least one audience");
        assertRefused(() -> service.recordActivity(talk(c, Set.of("SCIENTIFIC"), -1, null)), "cannot be negative");
        assertRefused(() -> service.recordActivity(talk(c, Set.of("ALIENS"), 10, null)), "is not an audience");
        assertRefused(() -> service.recordActivity(new SaveActivityCmd(c, "PART_CONFERENCE", "No date", null, Set.of("SCIENTIFIC"),
                null, null, ActivityStatus.DELIVERED, null, false)), "Give the date");
        assertThat(jdbc.queryForObject("select count(*) from dissemination_activity where collaboration_id = ?", Integer.class, c))
                .isEqualTo(activities);
    }

    private void assertRefused(Supplier<?> action, String message) {
        assertThatThrownBy(() -> runAs.as(STUDENT, action)).isInstanceOf(InvalidOutcomeException.class)
                .hasMessageContaining(message);
    }

    private static SaveActivityCmd talk(long c, Set<String> audiences, Integer size, String evidence) {
        return new SaveActivityCmd(c, "PART_CONFERENCE", "Talk at the health data conference", LocalDate.of(2026, 4, 2),
                audiences, size, "INTERNATIONAL", ActivityStatus.DELIVERED, evidence, true);
    }

    @Test
    void publicationsAreImportedFromBibTeXAfterReadingAndKnownDoisAreSkipped() {
        long c = demoCollaboration(jdbc);
        String doi = "10.5555/import." + UUID.randomUUID().toString().substring(0, 8);
        String bib = "@article{a, title = {Imported one}, author = {Student, Stella and Mentor, Mona}, journal = {JHDS}, "
                + "year = {2025}, doi = {" + doi + "}}\n@inproceedings{b, title = {Imported two}, booktitle = {MIE}, year = 2026}";
        PublicationPreview read = runAs.as(STUDENT, () -> service.readPublications(c, "refs.bib",
                bib.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.toImport()).extracting(ImportedPublication::title).containsExactly("Imported one", "Imported two");
        assertThat(read.summary()).isEqualTo("Import 2 of 2");
        int before = outcomeCount(c);

        ImportResult result = runAs.as(STUDENT, () -> service.importPublications(new ImportPublicationsCmd(c, read.toImport(),
                true, true)));
        assertThat(result).isEqualTo(new ImportResult(2, 0));
        assertThat(outcomeCount(c)).isEqualTo(before + 2);
        OutcomeSummary first = runAs.as(STUDENT, () -> service.outcomes(c)).stream().filter(o -> doi.equals(o.doi())).findFirst()
                .orElseThrow();
        assertThat(first.occurredOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(first.orcidWorkType()).isEqualTo("journal-article");
        assertThat(first.authors()).isEqualTo("Student, Stella; Mentor, Mona");
        assertThat(first.jointPublicPrivate()).isTrue();

        ImportResult again = runAs.as(SUPERVISOR, () -> service.importPublications(new ImportPublicationsCmd(c,
                read.toImport().subList(0, 1), false, false)));
        assertThat(again).isEqualTo(new ImportResult(0, 1));
        assertThat(outcomeCount(c)).isEqualTo(before + 2);
        PublicationPreview second = runAs.as(SUPERVISOR, () -> service.readPublications(c, "refs.bib",
                (bib + "\n@article{c, title = {Imported three}, year = 2024}").getBytes(StandardCharsets.UTF_8)));
        assertThat(second.summary()).isEqualTo("Import 1 of 3; 2 already in this collaboration");
        assertThat(second.alreadyPresent()).extracting(ImportedPublication::key).containsExactly("a", "b");
    }

    @Test
    void oneBadEntryNeverBlocksTheOthersAndAnUndatedOneIsImportedUndatedThenDated() {
        long c = demoCollaboration(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bib = "Exported by hand " + tag + "\n"
                + "@article{good, author = {Micha{\\l} Nowak}, title = {Good " + tag + "}, journal = {JHDS}, year = {1877}}\n"
                + "@article{bad, title = {Bad " + tag + "}, year = {1066}}\n"
                + "@misc{nodate, title = {No date " + tag + "}}\n";
        PublicationPreview read = runAs.as(STUDENT, () -> service.readPublications(c, "refs.bib",
                bib.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.toImport()).extracting(ImportedPublication::key).containsExactly("good", "nodate");
        assertThat(read.refused()).containsExactly(new RefusedEntry("bad", 3,
                "1066 is not a plausible year of publication; it must lie between 1450 and " + (LocalDate.now().getYear() + 1) + ".",
                "collaboration.import.refused.year", List.of(1066, 1450, LocalDate.now().getYear() + 1)));
        assertThat(read.summary()).isEqualTo("Import 2 of 2; 1 has no date; 1 entry cannot be imported");

        runAs.run(STUDENT, () -> service.importPublications(new ImportPublicationsCmd(c, read.toImport(), false, false)));
        List<OutcomeSummary> outcomes = runAs.as(STUDENT, () -> service.outcomes(c));
        OutcomeSummary undated = outcomes.stream().filter(o -> o.title().equals("No date " + tag)).findFirst().orElseThrow();
        assertThat(undated.occurredOn()).isNull();
        assertThat(undated.publicationYear()).isNull();
        assertThat(outcomes.getFirst().occurredOn()).as("undated outcomes come first, to be dated").isNull();
        OutcomeSummary good = outcomes.stream().filter(o -> o.title().equals("Good " + tag)).findFirst().orElseThrow();
        assertThat(good.authors()).isEqualTo("Michał Nowak");
        assertThat(good.publicationYear()).isEqualTo(1877);
        assertThat(jdbc.queryForObject("select count(*) from outcome where title = ?", Integer.class, "Bad " + tag)).isZero();

        OutcomeSummary dated = runAs.as(STUDENT, () -> service.updateOutcome(undated.id(), new SaveOutcomeCmd(c, "PUBLICATION",
                undated.title(), null, LocalDate.of(2016, 5, 2), null, null, null, 2016, null, false, false, Set.of(), null,
                null, null, null, false)));
        assertThat(dated.occurredOn()).isEqualTo(LocalDate.of(2016, 5, 2));
        assertRefused(() -> service.updateOutcome(undated.id(), new SaveOutcomeCmd(c, "PUBLICATION", undated.title(), null,
                null, null, null, null, null, null, false, false, Set.of(), null, null, null, null, false)),
                "Give the date of the outcome.");
    }

    @Test
    void activitiesAreRecordedWithTheirAudiencesAndEdited() {
        long c = demoCollaboration(jdbc);
        ActivitySummary talk = runAs.as(STUDENT, () -> service.recordActivity(talk(c, Set.of("SCIENTIFIC", "INDUSTRY"), 120,
                "https://example.org/talk")));
        assertThat(talk.activityTitle()).isEqualTo("Participation in a conference");
        assertThat(talk.audienceCodes()).containsExactly("INDUSTRY", "SCIENTIFIC");
        assertThat(talk.audienceSize()).isEqualTo(120);

        ActivitySummary postponed = runAs.as(SUPERVISOR, () -> service.updateActivity(talk.id(), new SaveActivityCmd(c,
                "ORG_WORKSHOP", "Workshop on federated learning", LocalDate.of(2026, 9, 1), Set.of("PRACTITIONERS"), null,
                null, ActivityStatus.POSTPONED, null, false)));
        assertThat(postponed.audienceCodes()).containsExactly("PRACTITIONERS");
        assertThat(postponed.status()).isEqualTo(ActivityStatus.POSTPONED);
        assertThat(jdbc.queryForObject("select count(*) from dissemination_audience where activity_id = ?", Integer.class,
                talk.id())).isEqualTo(1);
        assertThat(runAs.as(COORDINATOR, () -> service.activities(c))).extracting(ActivitySummary::id).contains(talk.id());
        runAs.run(STUDENT, () -> service.deleteActivity(talk.id()));
        assertThat(runAs.as(STUDENT, () -> service.activities(c))).extracting(ActivitySummary::id).doesNotContain(talk.id());
    }

    @Test
    void theCoordinatorReadsButNeverWrites() {
        long c = demoCollaboration(jdbc);
        long outcome = runAs.as(STUDENT, () -> service.recordOutcome(funding(c, "1000", "EUR"))).id();
        assertThat(runAs.as(COORDINATOR, () -> service.outcomes(c))).isNotEmpty();
        assertDenied(COORDINATOR, () -> service.recordOutcome(funding(c, "1000", "EUR")));
        assertDenied(COORDINATOR, () -> service.updateOutcome(outcome, funding(c, "2000", "EUR")));
        assertDenied(COORDINATOR, () -> {
            service.deleteOutcome(outcome);
            return null;
        });
        assertDenied(COORDINATOR, () -> service.recordActivity(talk(c, Set.of("PUBLIC"), null, null)));
        assertDenied(COORDINATOR, () -> service.importPublications(new ImportPublicationsCmd(c,
                List.of(new ImportedPublication("k", 1, "T", null, null, null, null, null, null, null)), false, false)));
    }

    @Test
    void everyoneElseIsRefusedEverything() {
        long c = demoCollaboration(jdbc);
        long outcome = runAs.as(STUDENT, () -> service.recordOutcome(funding(c, "1000", "EUR"))).id();
        long activity = runAs.as(STUDENT, () -> service.recordActivity(talk(c, Set.of("PUBLIC"), null, null))).id();
        List<String> strangers = new java.util.ArrayList<>(outsiders(jdbc, c));
        strangers.add(foreignPartner(jdbc, c));
        strangers.addAll(foreignCoordinator(jdbc, c));
        strangers.add(ADMIN);
        assertThat(strangers).hasSizeGreaterThanOrEqualTo(4);
        for (String who : strangers) {
            assertDenied(who, () -> service.outcomes(c));
            assertDenied(who, () -> service.activities(c));
            assertDenied(who, () -> service.recordOutcome(funding(c, "1000", "EUR")));
            assertDenied(who, () -> service.updateOutcome(outcome, funding(c, "2000", "EUR")));
            assertDenied(who, () -> {
                service.deleteOutcome(outcome);
                return null;
            });
            assertDenied(who, () -> service.readPublications(c, "a.bib", "@article{a, title={T}}".getBytes(StandardCharsets.UTF_8)));
            assertDenied(who, () -> service.recordActivity(talk(c, Set.of("PUBLIC"), null, null)));
            assertDenied(who, () -> service.updateActivity(activity, talk(c, Set.of("MEDIA"), null, null)));
            assertDenied(who, () -> {
                service.deleteActivity(activity);
                return null;
            });
        }
        // an id that does not exist is refused like a foreign one
        assertDenied(STUDENT, () -> service.updateOutcome(Long.MAX_VALUE, funding(c, "1", "EUR")));
        assertThat(jdbc.queryForObject("select amount from outcome where id = ?", BigDecimal.class, outcome))
                .isEqualByComparingTo("1000");
    }

    private void assertDenied(String who, Supplier<?> action) {
        assertThatThrownBy(() -> runAs.as(who, action)).as(who).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theShowcaseShowsPublicOutcomesAndActivitiesOnlyAndNeedsNoLogin() {
        long c = demoCollaboration(jdbc);
        String code = jdbc.queryForObject("select p.code from programme p join collaboration c on c.programme_id = p.id "
                + "where c.id = ?", String.class, c);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        runAs.run(STUDENT, () -> {
            service.recordOutcome(SaveOutcomeCmd.simple(c, "SOFTWARE", "Public package " + tag, null, LocalDate.now(),
                    "https://example.org/pkg", true));
            service.recordOutcome(SaveOutcomeCmd.simple(c, "SOFTWARE", "Private package " + tag, null, LocalDate.now(), null,
                    false));
            service.recordActivity(new SaveActivityCmd(c, "PRESS_RELEASE", "Public release " + tag, LocalDate.now(),
                    Set.of("PUBLIC"), null, null, ActivityStatus.DELIVERED, null, true));
            service.recordActivity(new SaveActivityCmd(c, "PRESS_RELEASE", "Private release " + tag, LocalDate.now(),
                    Set.of("PUBLIC"), null, null, ActivityStatus.DELIVERED, null, false));
        });

        var previous = SecurityContextHolder.getContext();
        var anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(anonymous);
        try {
            List<ShowcaseOutcome> outcomes = service.showcaseOutcomes(code);
            assertThat(outcomes).extracting(ShowcaseOutcome::title).contains("Public package " + tag)
                    .doesNotContain("Private package " + tag);
            for (ShowcaseOutcome o : outcomes) {
                assertThat(jdbc.queryForObject("select is_public from outcome where id = ?", Boolean.class, o.id())).isTrue();
            }
            List<ShowcaseActivity> activities = service.showcaseActivities(code);
            assertThat(activities).extracting(ShowcaseActivity::title).contains("Public release " + tag)
                    .doesNotContain("Private release " + tag);
            for (ShowcaseActivity a : activities) {
                assertThat(jdbc.queryForObject("select is_public from dissemination_activity where id = ?", Boolean.class,
                        a.id())).isTrue();
            }
            assertThat(service.showcaseProgrammes()).extracting(ShowcaseProgramme::code).contains(code);
            assertThat(service.showcaseOutcomes("NO-SUCH-PROGRAMME")).isEmpty();
            assertThatThrownBy(() -> service.outcomes(c)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
