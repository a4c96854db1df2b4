package org.crossfield.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossfield.agreement.AgreementFixture.ADMIN;
import static org.crossfield.agreement.AgreementFixture.MENTOR;
import static org.crossfield.agreement.AgreementFixture.PARTNER;
import static org.crossfield.agreement.AgreementFixture.STUDENT;
import static org.crossfield.agreement.AgreementFixture.SUPERVISOR;

import java.util.List;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class AgreementServiceIntegrationTest {

    @Autowired
    AgreementService agreements;
    @Autowired
    AgreementDocuments documents;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    AgreementFixture fixture;
    long collaboration;
    String coordinator;

    @BeforeEach
    void setUp() {
        fixture = new AgreementFixture(jdbc);
        collaboration = fixture.freshCollaboration();
        coordinator = fixture.coordinatorOf(collaboration);
    }

    long startLambert1() {
        return runAs.as(coordinator, () -> agreements.start(new StartAgreementCmd(collaboration, "LAMBERT_1")));
    }

    AgreementDetails details(String who, long id) {
        return runAs.as(who, () -> agreements.agreement(id));
    }

    void approve(String who, long id) {
        AgreementDetails d = details(who, id);
        runAs.as(who, () -> agreements.approve(id, d.currentVersion(), d.currentSha256()));
    }

    @Test
    void aCoordinatorStartsFromLambert1WithTheRegimeDefaultsAndEveryPartyNamed() {
        long id = startLambert1();
        AgreementDetails d = details(STUDENT, id);
        assertThat(d.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(d.currentVersion()).isEqualTo(1);
        assertThat(d.regimeCode()).isEqualTo("LAMBERT_1");
        assertThat(d.terms().publicationNoticeDays()).isEqualTo(30);
        assertThat(d.terms().publicationMaxDelayDays()).isEqualTo(90);
        assertThat(d.terms().resultsOwner()).isEqualTo(ResultsOwner.UNIVERSITY);
        assertThat(d.parties()).extracting(AgreementPartySummary::role).contains(PartyRole.STUDENT, PartyRole.SUPERVISOR, PartyRole.MENTOR, PartyRole.PARTNER);
        assertThat(d.parties()).extracting(AgreementPartySummary::email).contains(STUDENT, SUPERVISOR, MENTOR, PARTNER);
        assertThat(d.renderedText()).contains("5. Publication").contains("30 days before it is submitted").contains("at most 90 days");
        assertThat(d.currentSha256()).isEqualTo(Fingerprint.of(d.renderedText()));
        assertThat(runAs.as(STUDENT, () -> agreements.myAgreements())).extracting(AgreementSummary::id).contains(id);
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and title like ?", Integer.class,
                runAs.idOf(STUDENT), "New agreement to negotiate%")).isPositive();
        assertThatThrownBy(this::startLambert1).isInstanceOf(InvalidAgreementException.class).hasMessageContaining("already has an agreement");
    }

    @Test
    void everyRegimeOfTheCsvHasATemplateWhoseDefaultsStartAValidAgreement() {
        List<String> codes = jdbc.queryForList("select code from ip_regime order by code", String.class);
        assertThat(codes).contains("LAMBERT_1", "LAMBERT_5", "CONSORTIUM", "CUSTOM").hasSize(7);
        assertThat(runAs.as(PARTNER, () -> agreements.regimes())).extracting(IpRegime::code).containsExactlyElementsOf(codes);
        for (String code : codes) {
            long id = runAs.as(PARTNER, () -> agreements.start(new StartAgreementCmd(fixture.freshCollaboration(), code)));
            AgreementDetails d = details(PARTNER, id);
            assertThat(TermsValidator.problems(d.terms(), code)).as(code).isEmpty();
            assertThat(d.renderedText()).as(code).contains("7. Thesis", "may always submit the thesis").doesNotContain("{{", "null");
        }
        AgreementTerms five = runAs.as(PARTNER, () -> agreements.defaultTerms("LAMBERT_5"));
        assertThat(five.academicUseReserved()).isFalse();
        assertThat(five.publicationNoticeDays()).isEqualTo(60);
    }

    @Test
    void aPartnerProposesALongerDelayAndTheStudentSeesTheDifference() {
        long id = startLambert1();
        AgreementTerms longer = details(PARTNER, id).terms().withPublicationMaxDelayDays(120);
        int v2 = runAs.as(PARTNER, () -> agreements.propose(id, longer, "We need time to file a patent."));
        assertThat(v2).isEqualTo(2);
        assertThat(details(STUDENT, id).status()).isEqualTo(AgreementStatus.NEGOTIATION);
        VersionDiff diff = runAs.as(STUDENT, () -> agreements.diff(id, 1, 2));
        assertThat(diff.terms()).singleElement().satisfies(c -> {
            assertThat(c.termKey()).isEqualTo("agreement.diff.term.max-delay");
            assertThat(c.before().english()).isEqualTo("90 days");
            assertThat(c.after().messageArguments()).containsExactly(120);
        });
        assertThat(diff.lines()).anyMatch(l -> l.kind() == TextDiff.Kind.REMOVED && l.text().contains("at most 90 days"))
                .anyMatch(l -> l.kind() == TextDiff.Kind.ADDED && l.text().contains("at most 120 days"));
        assertThat(runAs.as(STUDENT, () -> agreements.versions(id))).extracting(VersionSummary::versionNo).containsExactly(2, 1);
        // the same terms again are no proposal; invalid terms change nothing
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> agreements.propose(id, longer, null)))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("change at least one term");
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> agreements.propose(id, longer.withPublicationMaxDelayDays(10), null)))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("cannot be shorter than the notice period");
        assertThat(details(STUDENT, id).currentVersion()).isEqualTo(2);
        // comments per clause
        runAs.run(STUDENT, () -> agreements.comment(id, "5", "120 days delays my thesis chapter too much."));
        assertThatThrownBy(() -> runAs.run(STUDENT, () -> agreements.comment(id, "42", "No such clause")))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("no clause 42");
        assertThat(runAs.as(PARTNER, () -> agreements.comments(id))).singleElement()
                .satisfies(c -> assertThat(c.clause()).isEqualTo("5"));
    }

    @Test
    void aLaterChangeInvalidatesApprovalsAndEveryPartySignsTheExactText() {
        long id = startLambert1();
        runAs.run(coordinator, () -> agreements.requestApprovals(id));
        AgreementDetails v1 = details(STUDENT, id);
        approve(STUDENT, id);
        // a change restarts the approvals: the student's approval of version 1 no longer counts
        runAs.as(PARTNER, () -> agreements.propose(id, v1.terms().withPublicationMaxDelayDays(120), "Longer delay"));
        AgreementDetails v2 = details(STUDENT, id);
        assertThat(v2.status()).isEqualTo(AgreementStatus.AWAITING_APPROVALS);
        assertThat(v2.parties()).filteredOn(p -> p.role() == PartyRole.STUDENT).singleElement()
                .satisfies(p -> assertThat(p.decision()).isNull());
        assertThat(v2.mayDecide()).isTrue();
        // approving what one saw before the change, or a text with another fingerprint, is refused
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> agreements.approve(id, 1, v1.currentSha256())))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("now at version 2");
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> agreements.approve(id, 2, v1.currentSha256())))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("is not the text of version 2");
        assertThat(runAs.as(STUDENT, () -> agreements.approve(id, 2, v2.currentSha256()))).isFalse();
        assertThatThrownBy(() -> approve(STUDENT, id)).isInstanceOf(InvalidAgreementException.class).hasMessageContaining("already has your approval");
        approve(SUPERVISOR, id);
        approve(MENTOR, id);
        assertThat(details(STUDENT, id).status()).isEqualTo(AgreementStatus.AWAITING_APPROVALS);
        approve(PARTNER, id);

        AgreementDetails signed = details(coordinator, id);
        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.signature().versionNo()).isEqualTo(2);
        assertThat(signed.signature().sha256()).isEqualTo(v2.currentSha256()).isEqualTo(Fingerprint.of(v2.renderedText()));
        assertThat(signed.signature().approvals()).extracting(ApprovalRecord::userId)
                .containsExactlyInAnyOrder(runAs.idOf(STUDENT), runAs.idOf(SUPERVISOR), runAs.idOf(MENTOR), runAs.idOf(PARTNER));
        assertThat(signed.signature().approvals()).allSatisfy(a -> assertThat(a.sha256()).isEqualTo(v2.currentSha256()));

        // nothing about a signed agreement changes
        assertThatThrownBy(() -> runAs.as(PARTNER, () -> agreements.propose(id, v1.terms(), "Back to 90")))
                .isInstanceOf(InvalidAgreementException.class).hasMessage("An agreement that is signed cannot be changed.");
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> agreements.approve(id, 2, v2.currentSha256())))
                .isInstanceOf(InvalidAgreementException.class);
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> agreements.addOfficer(id, ADMIN)))
                .isInstanceOf(InvalidAgreementException.class);
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> agreements.requestApprovals(id))).isInstanceOf(InvalidAgreementException.class);
        runAs.run(coordinator, () -> agreements.activate(id));
        runAs.run(coordinator, () -> agreements.end(id));
        assertThat(details(STUDENT, id).status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(details(STUDENT, id).signature().sha256()).isEqualTo(v2.currentSha256());

        // the trail has every step, in order
        assertThat(runAs.as(STUDENT, () -> agreements.trail(id))).extracting(TrailEntry::kind).containsExactly("STARTED",
                "APPROVALS_REQUESTED", "APPROVED", "PROPOSED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "SIGNED", "ACTIVATED", "ENDED");
        // its entries are codes and arguments that the screens word, not English sentences
        List<TrailEntry> trail = runAs.as(STUDENT, () -> agreements.trail(id));
        assertThat(trail.getFirst().details()).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("agreement.trail.detail.STARTED");
            assertThat(t.messageArguments()).hasSize(2).startsWith("LAMBERT_1");
        });
        TrailEntry proposed = trail.stream().filter(e -> e.kind().equals("PROPOSED")).findFirst().orElseThrow();
        assertThat(proposed.details()).extracting(org.crossfield.i18n.Text::key)
                .containsExactly("agreement.trail.detail.change", "agreement.trail.detail.restarted");
        assertThat(proposed.details().getFirst().messageArguments()).hasSize(3).allMatch(org.crossfield.i18n.Translatable.class::isInstance);
        assertThat(proposed.detail()).isEqualTo("max-delay: 90 days → 120 days; approvals restarted");
        assertThat(trail.stream().filter(e -> e.kind().equals("SIGNED")).findFirst().orElseThrow().details())
                .extracting(org.crossfield.i18n.Text::key).containsExactly("agreement.trail.detail.SIGNED");
        assertThat(jdbc.queryForList("select detail from agreement_event where agreement_id = ? and detail is not null", String.class, id))
                .as("no sentence of ours is stored").isEmpty();
    }

    @Test
    void trailRowsWrittenBeforeTheArgumentsAreReadFromTheirEnglishWhereTheyCanBe() {
        long id = startLambert1();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("insert into agreement_event (agreement_id, version_no, kind, detail, occurred_at) values (?, 1, 'COMMENTED', 'Clause 3', ?)", id, now);
        jdbc.update("insert into agreement_event (agreement_id, version_no, kind, detail, occurred_at) values (?, 1, 'REMINDED', '2 approvers reminded', ?)", id, now);
        jdbc.update("insert into agreement_event (agreement_id, version_no, kind, detail, occurred_at) values (?, 1, 'OFFICER_ADDED', 'Ann Officer for Acme', ?)", id, now);
        jdbc.update("insert into agreement_event (agreement_id, version_no, kind, detail, occurred_at) values (?, 1, 'REVIEW_REQUESTED', 'Paper A (deadline 3 Mar 2027 12:00 UTC)', ?)", id, now);
        jdbc.update("insert into agreement_event (agreement_id, version_no, kind, detail, occurred_at) values (?, 1, 'REVIEW_DELAYED', 'Paper A (30 days, held until 2 Apr 2027 12:00 UTC): Patent filing first', ?)", id, now);
        jdbc.update("insert into agreement_event (agreement_id, version_no, kind, detail, occurred_at) values (?, 1, 'REVIEW_CONSENTED_BY_SILENCE', 'Paper B: no answer by 3 Mar 2027 12:00 UTC', ?)", id, now);
        jdbc.update("insert into agreement_event (agreement_id, version_no, kind, detail, occurred_at) values (?, 1, 'REVIEW_REQUESTED', 'Paper C (deadline soon)', ?)", id, now);
        List<TrailEntry> trail = runAs.as(STUDENT, () -> agreements.trail(id));
        assertThat(trail).extracting(e -> e.details().getFirst().key()).containsExactly("agreement.trail.detail.STARTED",
                "agreement.trail.detail.COMMENTED", "agreement.trail.detail.REMINDED", "agreement.trail.detail.OFFICER_ADDED",
                "agreement.trail.detail.REVIEW_REQUESTED", "agreement.trail.detail.REVIEW_DELAYED",
                "agreement.trail.detail.REVIEW_CONSENTED_BY_SILENCE", null);
        assertThat(trail.get(2).details().getFirst().messageArguments()).containsExactly(2);
        assertThat(trail.get(3).details().getFirst().messageArguments()).containsExactly("Ann Officer", "Acme");
        java.time.Instant march3 = java.time.Instant.parse("2027-03-03T12:00:00Z");
        assertThat(trail.get(4).details().getFirst().messageArguments()).containsExactly("Paper A", march3);
        assertThat(trail.get(5).details()).extracting(org.crossfield.i18n.Text::key)
                .as("the reviewer's reason stays their words").containsExactly("agreement.trail.detail.REVIEW_DELAYED", null);
        assertThat(trail.get(5).details().getFirst().messageArguments())
                .containsExactly("Paper A", 30, java.time.Instant.parse("2027-04-02T12:00:00Z"));
        assertThat(trail.get(5).details().get(1).english()).isEqualTo("Patent filing first");
        assertThat(trail.get(6).details().getFirst().messageArguments()).containsExactly("Paper B", march3);
        assertThat(trail.get(7).detail()).as("an old line that cannot be taken apart is shown as it was written").isEqualTo("Paper C (deadline soon)");
    }

    @Test
    void aRejectionNeedsAReasonAndReturnsToNegotiation() {
        long id = startLambert1();
        runAs.run(SUPERVISOR, () -> agreements.requestApprovals(id));
        AgreementDetails d = details(MENTOR, id);
        assertThatThrownBy(() -> runAs.run(MENTOR, () -> agreements.reject(id, 1, d.currentSha256(), " ")))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("Say why");
        runAs.run(MENTOR, () -> agreements.reject(id, 1, d.currentSha256(), "Background IP must be included."));
        assertThat(details(MENTOR, id).status()).isEqualTo(AgreementStatus.NEGOTIATION);
        assertThat(runAs.as(MENTOR, () -> agreements.approvals(id))).singleElement()
                .satisfies(a -> assertThat(a.decision()).isEqualTo("REJECTED"));
    }

    @Test
    void anOfficerAddedByTheSupervisorMustApproveToo() {
        long id = startLambert1();
        // an officer works for the organisation they approve for, and is not a party already
        String outsider = jdbc.queryForObject("""
                select u.email from app_user u where u.organisation_id <> (select organisation_id from app_user where email = ?)
                order by u.id limit 1""", String.class, SUPERVISOR);
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> agreements.addOfficer(id, outsider)))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("is not the address of someone at");
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> agreements.addOfficer(id, STUDENT)))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("already a party");
        String officer = fixture.colleagueOutsideTheAgreement(SUPERVISOR, id);
        runAs.run(SUPERVISOR, () -> agreements.addOfficer(id, officer));
        assertThat(details(officer, id).parties()).anyMatch(p -> p.role() == PartyRole.OFFICER && p.email().equals(officer));
        assertThatThrownBy(() -> runAs.run(SUPERVISOR, () -> agreements.addOfficer(id, PARTNER)))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("already has an officer");
        // an address without an account gets the same answer as one elsewhere: nothing tells who uses Crossfield
        assertThatThrownBy(() -> runAs.run(PARTNER, () -> agreements.addOfficer(id, "nobody@example.org")))
                .isInstanceOf(InvalidAgreementException.class).hasMessageContaining("is not the address of someone at");
        runAs.run(SUPERVISOR, () -> agreements.requestApprovals(id));
        for (String who : List.of(STUDENT, SUPERVISOR, MENTOR, PARTNER)) {
            approve(who, id);
        }
        assertThat(details(STUDENT, id).status()).isEqualTo(AgreementStatus.AWAITING_APPROVALS);
        approve(officer, id);
        assertThat(details(STUDENT, id).status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void onlyPartiesAndTheProgrammesCoordinatorsSeeAndOnlyNamedApproversApprove() {
        long id = startLambert1();
        runAs.run(coordinator, () -> agreements.requestApprovals(id));
        String sha = details(STUDENT, id).currentSha256();
        String otherStudent = fixture.otherStudent();
        String otherPartner = fixture.partnerOfAnotherOrganisation(collaboration);
        String otherCoordinator = fixture.coordinatorOfAnotherProgramme(collaboration);
        for (String outsider : List.of(otherStudent, otherPartner, otherCoordinator, ADMIN)) {
            assertThatThrownBy(() -> details(outsider, id)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(outsider, () -> agreements.diff(id, 1, 1))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(outsider, () -> documents.pdf(id, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(outsider, () -> agreements.approve(id, 1, sha))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(outsider, () -> agreements.comment(id, "1", "hi"))).isInstanceOf(AccessDeniedException.class);
            assertThat(runAs.as(outsider, () -> agreements.myAgreements())).extracting(AgreementSummary::id).doesNotContain(id);
        }
        // coordinators of the programme see and negotiate but are no approvers
        assertThat(details(coordinator, id).mayDecide()).isFalse();
        assertThatThrownBy(() -> runAs.as(coordinator, () -> agreements.approve(id, 1, sha))).isInstanceOf(AccessDeniedException.class);
        // starting: not a party's student, nor a partner of another company, nor another programme's coordinator
        long other = fixture.freshCollaboration();
        for (String who : List.of(STUDENT, SUPERVISOR, otherPartner, otherCoordinator)) {
            assertThatThrownBy(() -> runAs.as(who, () -> agreements.start(new StartAgreementCmd(other, "LAMBERT_1"))))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
        // the demo partner of the collaboration's company may start one
        assertThat(runAs.as(PARTNER, () -> agreements.start(new StartAgreementCmd(other, "LAMBERT_2")))).isPositive();
        // only supervisors and partner managers add officers; students and coordinators do not
        assertThatThrownBy(() -> runAs.run(STUDENT, () -> agreements.addOfficer(id, ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.run(coordinator, () -> agreements.addOfficer(id, ADMIN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void coordinatorsSeeTheirProgrammesAgreementsWithWhomTheyWaitFor() {
        long id = startLambert1();
        runAs.run(coordinator, () -> agreements.requestApprovals(id));
        approve(STUDENT, id);
        var page = runAs.as(coordinator, () -> agreements.programmeAgreements(AgreementStatus.AWAITING_APPROVALS, PageRequest.of(0, 500)));
        WaitingAgreement row = page.getContent().stream().filter(w -> w.id() == id).findFirst().orElseThrow();
        assertThat(row.waitingOn()).contains("(supervisor)").contains("(mentor)").contains("(partner)").doesNotContain("(student)");
        assertThat(row.waitingDays()).isZero();
        String otherCoordinator = fixture.coordinatorOfAnotherProgramme(collaboration);
        assertThat(runAs.as(otherCoordinator, () -> agreements.programmeAgreements(null, PageRequest.of(0, 500))).getContent())
                .extracting(WaitingAgreement::id).doesNotContain(id);
        assertThatThrownBy(() -> runAs.as(STUDENT, () -> agreements.programmeAgreements(null, PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSignedPdfVerifiesAndTamperingWithTheStoredTextIsDetected() {
        long id = startLambert1();
        runAs.run(coordinator, () -> agreements.requestApprovals(id));
        for (String who : List.of(STUDENT, SUPERVISOR, MENTOR, PARTNER)) {
            approve(who, id);
        }
        String sha = details(STUDENT, id).signature().sha256();
        byte[] pdf = runAs.as(STUDENT, () -> documents.pdf(id, null));
        assertThat(AgreementPdf.read(pdf).inKeywords()).contains(sha);

        VerificationResult ok = runAs.as(fixture.otherStudent(), () -> documents.verify(pdf));
        assertThat(ok.outcome()).isEqualTo(VerificationResult.Outcome.VALID);
        assertThat(ok.agreementId()).isEqualTo(id);
        assertThat(ok.recomputedSha256()).isEqualTo(sha);

        // a draft PDF is recognised as unsigned; a random file has no fingerprint
        long draft = runAs.as(PARTNER, () -> agreements.start(new StartAgreementCmd(fixture.freshCollaboration(), "LAMBERT_3")));
        byte[] draftPdf = runAs.as(PARTNER, () -> documents.pdf(draft, null));
        assertThat(runAs.as(STUDENT, () -> documents.verify(draftPdf)).outcome()).isEqualTo(VerificationResult.Outcome.NOT_SIGNED);
        assertThat(runAs.as(STUDENT, () -> documents.verify("%PDF-1.4 nothing".getBytes())).outcome())
                .isEqualTo(VerificationResult.Outcome.NO_FINGERPRINT);

        // someone with database access changes the signed text: the recomputed hash no longer matches the record
        jdbc.update("update agreement_version set rendered_text = replace(rendered_text, 'at most 90 days', 'at most 900 days')"
                + " where agreement_id = ? and version_no = 1", id);
        VerificationResult tampered = runAs.as(STUDENT, () -> documents.verify(pdf));
        assertThat(tampered.outcome()).isEqualTo(VerificationResult.Outcome.TAMPERED);
        assertThat(tampered.recordedSha256()).isEqualTo(sha);
        assertThat(tampered.recomputedSha256()).isNotEqualTo(sha);
        assertThat(tampered.message()).contains("altered after signing");
    }

    @Test
    void theSandboxHasDemoAgreementsInEveryStateWhoseSignedPdfsVerify() {
        assertThat(jdbc.queryForList("select distinct status from agreement where demo = true", String.class))
                .containsExactlyInAnyOrder("DRAFT", "NEGOTIATION", "AWAITING_APPROVALS", "SIGNED", "ACTIVE", "ENDED");
        assertThat(jdbc.queryForObject("""
                select count(*) from agreement a join collaboration c on c.id = a.collaboration_id join app_user u on u.id = c.student_id
                where a.demo = true and u.email = ? and a.status = 'NEGOTIATION'""", Integer.class, STUDENT)).isEqualTo(1);
        long signed = jdbc.queryForObject("select min(id) from agreement where demo = true and status = 'ACTIVE'", Long.class);
        String party = jdbc.queryForObject("""
                select u.email from agreement_party p join app_user u on u.id = p.user_id
                where p.agreement_id = ? and p.role = 'STUDENT'""", String.class, signed);
        byte[] pdf = runAs.as(party, () -> documents.pdf(signed, null));
        assertThat(runAs.as(party, () -> documents.verify(pdf)).outcome()).isEqualTo(VerificationResult.Outcome.VALID);
        assertThat(jdbc.queryForObject("select count(*) from publication_review where agreement_id = ?", Integer.class, signed)).isEqualTo(2);
    }

    @Test
    void theTrailAndVersionsAreInsertOnly() throws Exception {
        // the repositories of the insert-only tables offer no way to update or delete
        for (Class<?> repository : List.of(AgreementEventRepository.class, AgreementVersionRepository.class,
                AgreementApprovalRepository.class, AgreementCommentRepository.class)) {
            assertThat(repository.getMethods()).extracting(java.lang.reflect.Method::getName)
                    .as(repository.getSimpleName()).noneMatch(n -> n.startsWith("delete") || n.startsWith("update") || n.equals("saveAll"));
            assertThat(repository.getInterfaces()).containsExactly(org.springframework.data.repository.Repository.class);
        }
        for (Class<?> entity : List.of(AgreementEvent.class, AgreementVersion.class, AgreementApproval.class, AgreementComment.class)) {
            assertThat(entity.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).as(entity.getSimpleName()).isTrue();
        }
    }
}
