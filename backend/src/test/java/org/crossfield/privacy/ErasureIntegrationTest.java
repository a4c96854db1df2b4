package org.crossfield.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossfield.i18n.Text;
import org.crossfield.reporting.KpiReport;
import org.crossfield.reporting.ReportFilter;
import org.crossfield.reporting.ReportService;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Erasure (GDPR art. 17): a person asks, an administrator reviews and carries it out; afterwards no text column anywhere
 * in the database holds the name or the address, signed agreements and past report figures are as they were, and the
 * person cannot log in.
 */
@CrossfieldIntegrationTest
class ErasureIntegrationTest {

    @Autowired
    ErasureService erasures;
    @Autowired
    ReportService reports;
    @Autowired
    UserDetailsService users;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.crossfield.application.FileStorage files;
    @Autowired
    org.crossfield.collaboration.OutcomeTotals totals;

    @Test
    void anErasedPersonLeavesNoTraceOfNameOrAddressWhileContractsAndReportsStay() {
        PrivacyFixture.StudentData data = new PrivacyFixture(jdbc, files).studentWithEverything();
        totals.rebuild(); // the fixture wrote its outcome behind the totals' back
        PrivacyFixture.Person p = data.person();
        assertThat(users.loadUserByUsername(p.email()).getUsername()).isEqualTo(p.email());
        assertThat(textColumnsContaining(p.name(), p.email())).as("the fixture puts the name in many places").hasSizeGreaterThan(8);

        Map<String, Object> agreementBefore = agreement(data.agreement());
        List<Map<String, Object>> approvalsBefore = approvals(data.agreement());
        ReportFilter past = new ReportFilter(List.of(data.programme()), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null);
        KpiReport reportBefore = runAs.as(PrivacyFixture.ADMIN, () -> reports.report(past));
        assertThat(reportBefore.outcomeTotal()).as("the student's outcome counts in 2024").isPositive();
        long outcomesBefore = jdbc.queryForObject("select count(*) from outcome o join collaboration c on c.id = o.collaboration_id"
                + " where c.programme_id = ?", Long.class, data.programme());

        ErasureRequestSummary request = runAs.as(p.email(), () -> erasures.request());
        assertThat(request.status()).isEqualTo(ErasureStatus.REQUESTED);
        assertThat(runAs.as(p.email(), () -> erasures.request()).id()).as("asking twice gives the open request").isEqualTo(request.id());
        assertThat(runAs.as(PrivacyFixture.ADMIN, () -> erasures.openRequests())).extracting(ErasureRequestSummary::id)
                .contains(request.id());

        ErasureReview review = runAs.as(PrivacyFixture.ADMIN, () -> erasures.review(request.id()));
        assertThat(review.sections()).extracting(ErasureReview.Section::kind)
                .contains("account", "applications", "agreements", "collaborations", "notifications", "profile");
        assertThat(review.sections().stream().flatMap(s -> s.kept().stream()).map(Text::english))
                .anySatisfy(line -> assertThat(line).contains("signed agreement is a contract"))
                .anySatisfy(line -> assertThat(line).contains("reported to a funder"));
        assertThat(review.sections().stream().flatMap(s -> java.util.stream.Stream.concat(s.erased().stream(), s.kept().stream())))
                .as("every sentence of the review has a key for the screens").allSatisfy(text -> assertThat(text.key())
                        .as(text.english()).isNotBlank());
        assertThat(review.sections().stream().filter(s -> s.kind().equals("profile")).flatMap(s -> s.erased().stream()))
                .singleElement().satisfies(text -> {
                    assertThat(text.key()).isEqualTo("competency.erasure.profile");
                    assertThat(text.arguments()).containsExactly(2);
                });

        List<ErasureStep> done = runAs.as(PrivacyFixture.ADMIN, () -> erasures.carryOut(request.id()));
        assertThat(done).isNotEmpty().noneSatisfy(step -> assertThat(step.english()).contains(p.name()))
                .allSatisfy(step -> assertThat(step.text().key()).as(step.english()).isNotBlank());

        assertThat(textColumnsContaining(p.name(), p.email())).as("text columns still holding the name or address").isEmpty();
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, p.id()))
                .isEqualTo("Former user " + p.id());
        assertThatThrownBy(() -> users.loadUserByUsername(p.email())).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> users.loadUserByUsername(ErasureService.pseudonymEmail(p.id())))
                .isInstanceOf(UsernameNotFoundException.class);

        // deleted: profile, draft, answers and CV, notes about them, their notifications
        assertThat(count("select count(*) from profile_entry where user_id = ?", p.id())).isZero();
        assertThat(count("select count(*) from application where id = ?", data.draftApplication())).isZero();
        assertThat(count("select count(*) from stored_file where owner_id = ?", p.id())).isZero();
        assertThat(count("select count(*) from review_note where application_id = ?", data.submittedApplication())).isZero();
        assertThat(count("select count(*) from notification where user_id = ?", p.id())).isZero();
        assertThat(count("select count(*) from mail_outbox where recipient_user_id = ?", p.id())).isZero();
        // kept: the submitted application's bare fact, the outcome, the signed agreement as it was signed
        assertThat(count("select count(*) from application where id = ? and motivation is null and cv_file_id is null",
                data.submittedApplication())).isEqualTo(1);
        assertThat(count("select count(*) from outcome where id = ? and recorded_by = ?", data.outcome(), p.id())).isEqualTo(1);
        assertThat(agreement(data.agreement())).isEqualTo(agreementBefore);
        assertThat(approvals(data.agreement())).isEqualTo(approvalsBefore);
        assertThat(count("select count(*) from agreement_party where agreement_id = ? and user_id = ?", data.agreement(), p.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outcome o join collaboration c on c.id = o.collaboration_id"
                + " where c.programme_id = ?", Long.class, data.programme())).isEqualTo(outcomesBefore);
        KpiReport reportAfter = runAs.as(PrivacyFixture.ADMIN, () -> reports.report(past));
        assertThat(reportAfter.kpis()).isEqualTo(reportBefore.kpis());
        assertThat(reportAfter.outcomesByType()).isEqualTo(reportBefore.outcomesByType());
        assertThat(reportAfter.trend()).isEqualTo(reportBefore.trend());
        assertThat(reportAfter.outcomeTotal()).isEqualTo(reportBefore.outcomeTotal());

        ErasureRequestSummary after = runAs.as(PrivacyFixture.ADMIN, () -> erasures.decidedRequests()).stream()
                .filter(r -> r.id() == request.id()).findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(ErasureStatus.CARRIED_OUT);
        assertThat(after.personName()).isEqualTo("Former user " + p.id());
        assertThat(after.done()).as("what was done, read back with its keys and arguments").usingRecursiveComparison()
                .isEqualTo(done);
        assertThat(after.outcome()).as("the English note").isEqualTo(String.join("\n", done.stream().map(ErasureStep::english).toList()));
        assertThat(after.done()).filteredOn(step -> step.kind().equals("profile")).singleElement()
                .satisfies(step -> assertThat(step.text().arguments()).containsExactly(2));
        assertThatThrownBy(() -> runAs.as(PrivacyFixture.ADMIN, () -> erasures.carryOut(request.id())))
                .isInstanceOf(InvalidPrivacyRequestException.class);
    }

    @Test
    void aPersonMayWithdrawTheirRequestAndAnAdministratorMayDeclineOne() {
        PrivacyFixture.Person p = new PrivacyFixture(jdbc, null).freshPerson("STUDENT");
        runAs.as(p.email(), () -> erasures.request());
        runAs.run(p.email(), () -> erasures.cancelMyRequest());
        assertThat(runAs.as(p.email(), () -> erasures.myOpenRequest())).isEmpty();

        ErasureRequestSummary again = runAs.as(p.email(), () -> erasures.request());
        assertThatThrownBy(() -> runAs.run(PrivacyFixture.ADMIN, () -> erasures.decline(again.id(), " ")))
                .isInstanceOf(InvalidPrivacyRequestException.class);
        runAs.run(PrivacyFixture.ADMIN, () -> erasures.decline(again.id(), "An investigation needs the data until June."));
        assertThat(runAs.as(p.email(), () -> erasures.myOpenRequest())).isEmpty();
        assertThat(users.loadUserByUsername(p.email()).isEnabled()).as("a declined request erases nothing").isTrue();
        assertThat(count("select count(*) from notification where user_id = ? and title = 'Your request for erasure was declined'"
                + " and body like '%investigation%'", p.id())).as("the person is told why").isEqualTo(1);
        assertThat(runAs.as(p.email(), () -> erasures.myRequests())).extracting(ErasureRequestSummary::status)
                .containsExactly(ErasureStatus.DECLINED, ErasureStatus.CANCELLED);
        long admin = runAs.idOf(PrivacyFixture.ADMIN);
        assertThat(count("select count(*) from notification where user_id = ? and title = 'A request for erasure'"
                + " and link = 'admin/privacy'", admin)).as("administrators are told of requests").isPositive();
    }

    @Test
    void onlyAdministratorsSeeAndDecideRequests() {
        PrivacyFixture.Person p = new PrivacyFixture(jdbc, null).freshPerson("STUDENT");
        ErasureRequestSummary request = runAs.as(p.email(), () -> erasures.request());
        for (String who : List.of(PrivacyFixture.STUDENT, PrivacyFixture.SUPERVISOR, PrivacyFixture.MENTOR, PrivacyFixture.PARTNER,
                PrivacyFixture.COORDINATOR, p.email())) {
            assertThatThrownBy(() -> runAs.as(who, () -> erasures.openRequests())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> erasures.decidedRequests())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> erasures.review(request.id()))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(who, () -> erasures.carryOut(request.id()))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.run(who, () -> erasures.decline(request.id(), "no"))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> erasures.request()).as("anonymous").isInstanceOf(Exception.class);
        runAs.run(p.email(), () -> erasures.cancelMyRequest());
    }

    @Test
    void anAdministratorCannotCarryOutTheirOwnRequest() {
        PrivacyFixture.Person admin = new PrivacyFixture(jdbc, null).freshPerson("ADMIN");
        ErasureRequestSummary request = runAs.as(admin.email(), () -> erasures.request());
        assertThatThrownBy(() -> runAs.as(admin.email(), () -> erasures.carryOut(request.id())))
                .isInstanceOf(InvalidPrivacyRequestException.class);
        runAs.run(admin.email(), () -> erasures.cancelMyRequest());
    }

    private Map<String, Object> agreement(long id) {
        return jdbc.queryForMap("select status, current_version, signed_version, signed_sha256, signed_at, collaboration_id"
                + " from agreement where id = ?", id);
    }

    private List<Map<String, Object>> approvals(long agreementId) {
        return jdbc.queryForList("select version_no, user_id, decision, sha256, decided_at from agreement_approval"
                + " where agreement_id = ? order by id", agreementId);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** "table.column" of every text column (tables and views) in which some row contains one of the strings. */
    private List<String> textColumnsContaining(String... needles) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select c.table_name tname, c.column_name cname from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = database() and t.table_type = 'BASE TABLE'
                  and c.data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')""");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("tname");
            String name = (String) column.get("cname");
            for (String needle : needles) {
                Integer n = jdbc.queryForObject("select count(*) from `" + table + "` where `" + name + "` like ?", Integer.class,
                        "%" + needle + "%");
                if (n != null && n > 0) {
                    found.add(table + "." + name);
                }
            }
        }
        return found;
    }
}
