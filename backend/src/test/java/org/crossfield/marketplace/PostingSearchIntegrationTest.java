package org.crossfield.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;

@CrossfieldIntegrationTest
class PostingSearchIntegrationTest {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String STUDENT = "student@demo.crossfield.org";
    static final String MENTOR = "mentor@demo.crossfield.org";

    @Autowired
    PostingSearchService search;
    @Autowired
    ChallengeService challenges;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    long programme;
    long publicOne;
    long inviteOnly;

    @BeforeEach
    void twoOpenChallengesWithAWordNobodyElseUses() {
        // a programme of the demo coordinator (other tests of this JVM add programmes of their own)
        programme = jdbc.queryForObject("""
                select max(pc.programme_id) from programme_coordinator pc join app_user u on u.id = pc.user_id
                where u.email = ?""", Long.class, COORDINATOR);
        String word = "zebrafish" + System.nanoTime() % 100000;
        publicOne = open(new ChallengeDraft(programme, "Quokka " + word + " registry linkage", "Link registries of " + word,
                "Privacy-preserving linkage.", null, null, LocalDate.now(ZoneOffset.UTC).plusDays(20), null, null, Visibility.PUBLIC,
                Set.of(), List.of(new RequiredCompetency("HDS-04", 3, 1, false)),
                new GovernanceTerms(DataTier.ANONYMISED, AccessModel.FEDERATED, false, false, false, null, null, null, null)));
        inviteOnly = open(new ChallengeDraft(programme, "Quokka " + word + " secret cohort", "Invite only",
                "Only for invited people.", null, null, LocalDate.now(ZoneOffset.UTC).plusDays(20), null, null,
                Visibility.INVITE_ONLY, Set.of(runAs.idOf(STUDENT)), List.of(new RequiredCompetency("DSDA01", 3, 1, false)),
                new GovernanceTerms(DataTier.PSEUDONYMISED_SENSITIVE, AccessModel.TRANSFER, true, true, true, "consent", null, null, null)));
        this.word = word;
    }

    String word;

    long open(ChallengeDraft draft) {
        long id = runAs.as(PARTNER, () -> challenges.createDraft(draft));
        runAs.run(PARTNER, () -> challenges.submit(id));
        runAs.run(COORDINATOR, () -> challenges.approve(id));
        return id;
    }

    List<Long> ids(String who, PostingQuery q) {
        Slice<PostingSummary> page = runAs.as(who, () -> search.search(q, PageRequest.of(0, 50)));
        return page.getContent().stream().map(PostingSummary::id).toList();
    }

    PostingQuery text(String words) {
        return PostingQuery.all().withText(words);
    }

    @Test
    void fullTextFindsWordsAsPrefixesAndIgnoresOperators() {
        assertThat(ids(STUDENT, text(word))).containsExactlyInAnyOrder(publicOne, inviteOnly);
        assertThat(ids(STUDENT, text("quokka " + word + " registry"))).containsExactly(publicOne);
        assertThat(ids(STUDENT, text(word.substring(0, 8)))).contains(publicOne);
        assertThat(ids(STUDENT, text("\"" + word + "\" -registry +(*"))).contains(publicOne);
        assertThat(ids(STUDENT, text(word + " nothingmatchesthis"))).isEmpty();
        PostingSummary hit = runAs.as(STUDENT, () -> search.search(text(word + " registry"), PageRequest.of(0, 5))).getContent().getFirst();
        assertThat(hit.kind()).isEqualTo(PostingKind.CHALLENGE);
        assertThat(hit.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(hit.dataTier()).isEqualTo(DataTier.ANONYMISED);
    }

    @Test
    void inviteOnlyChallengesAreInvisibleToEveryoneNotInvited() {
        assertThat(ids(MENTOR, text(word))).containsExactly(publicOne);
        String otherPartner = jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER'
                where u.organisation_id <> (select organisation_id from app_user where email = ?) order by u.id limit 1""",
                String.class, PARTNER);
        assertThat(ids(otherPartner, text(word))).containsExactly(publicOne);
        assertThat(ids(STUDENT, text(word))).contains(inviteOnly);
        assertThat(ids(PARTNER, text(word))).as("the posting organisation").contains(inviteOnly);
        assertThat(ids(COORDINATOR, text(word))).as("the programme's coordinator").contains(inviteOnly);
        assertThat(ids("admin@demo.crossfield.org", text(word))).contains(inviteOnly);

        ChallengeDetails asInvitee = runAs.as(STUDENT, () -> challenges.challenge(inviteOnly));
        assertThat(asInvitee.invitees()).as("an invitee does not learn who else is invited").isEmpty();
        assertThat(asInvitee.content().inviteeIds()).isEmpty();
        assertThat(runAs.as(PARTNER, () -> challenges.challenge(inviteOnly)).invitees())
                .extracting(org.crossfield.identity.PersonBrief::email).containsExactly(STUDENT);
        assertThatThrownBy(() -> runAs.as(MENTOR, () -> challenges.challenge(inviteOnly)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void eachFacetNarrowsTheResults() {
        PostingQuery q = text(word);
        assertThat(ids(STUDENT, new PostingQuery(null, word, "HDS-04", null, null, null, null, null))).containsExactly(publicOne);
        assertThat(ids(STUDENT, new PostingQuery(null, word, "DSDA01", null, null, null, null, null))).containsExactly(inviteOnly);
        String healthArea = jdbc.queryForObject("select area from competency where code = 'HDS-04' limit 1", String.class);
        assertThat(ids(STUDENT, new PostingQuery(null, word, null, healthArea, null, null, null, null))).containsExactly(publicOne);
        assertThat(ids(STUDENT, new PostingQuery(null, word, null, null, null, DataTier.PSEUDONYMISED_SENSITIVE, null, null)))
                .containsExactly(inviteOnly);
        assertThat(ids(STUDENT, new PostingQuery(null, word, null, null, null, null, programme, null))).hasSize(2);
        assertThat(ids(STUDENT, new PostingQuery(null, word, null, null, null, null, programme - 1, null))).isEmpty();
        String country = jdbc.queryForObject("select o.country from organisation o join app_user u on u.organisation_id = o.id where u.email = ?",
                String.class, PARTNER);
        assertThat(ids(STUDENT, new PostingQuery(null, word, null, null, country, null, null, null))).hasSize(2);
        String elsewhere = country.equals("NO") ? "SE" : "NO";
        assertThat(ids(STUDENT, new PostingQuery(null, word, null, null, elsewhere, null, null, null))).isEmpty();
        assertThat(ids(STUDENT, new PostingQuery(PostingKind.PROJECT, word, null, null, null, null, null, null))).isEmpty();
        assertThat(ids(STUDENT, new PostingQuery(PostingKind.CHALLENGE, word, null, null, null, null, null, null))).hasSize(2);
        assertThat(ids(STUDENT, new PostingQuery(null, word, null, null, null, null, null, ProjectStatus.CLOSED))).isEmpty();
        assertThat(ids(STUDENT, q)).hasSize(2);
    }

    @Test
    void bothKindsArePagedInTheDatabaseWithoutDraftsOrSubmittedOnes() {
        Slice<PostingSummary> first = runAs.as(STUDENT, () -> search.search(PostingQuery.all(), PageRequest.of(0, 5)));
        Slice<PostingSummary> second = runAs.as(STUDENT, () -> search.search(PostingQuery.all(), PageRequest.of(1, 5)));
        assertThat(first.getContent()).hasSize(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).doesNotContainAnyElementsOf(first.getContent());
        List<PostingSummary> many = runAs.as(STUDENT, () -> search.search(PostingQuery.all(), PageRequest.of(0, 200))).getContent();
        assertThat(many).extracting(PostingSummary::kind).contains(PostingKind.CHALLENGE, PostingKind.PROJECT);
        assertThat(many).allMatch(p -> p.status() == ProjectStatus.OPEN);
        assertThat(PostingQueries.booleanQuery("The ICU, for sepsis!")).isEqualTo("+icu* +sepsis*");
        assertThat(PostingQueries.booleanQuery("a of")).isNull();
    }
}
