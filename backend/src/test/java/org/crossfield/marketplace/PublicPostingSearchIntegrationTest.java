package org.crossfield.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The public list (the REST API's anonymous postings and Atom feed): only open postings that everyone may see, with
 * the same text and facets as the search; never drafts, submitted, registered-only or invite-only challenges.
 */
@CrossfieldIntegrationTest
class PublicPostingSearchIntegrationTest {

    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";

    @Autowired
    PostingSearchService search;
    @Autowired
    ChallengeService challenges;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    long programme() {
        return jdbc.queryForObject("""
                select max(pc.programme_id) from programme_coordinator pc join app_user u on u.id = pc.user_id
                where u.email = ?""", Long.class, COORDINATOR);
    }

    ChallengeDraft draft(String title, Visibility visibility) {
        return new ChallengeDraft(programme(), title, "Summary of " + title, "A description.", null, null,
                LocalDate.now(ZoneOffset.UTC).plusDays(20), null, null, visibility,
                visibility == Visibility.INVITE_ONLY ? Set.of(runAs.idOf("student@demo.crossfield.org")) : Set.of(),
                List.of(new RequiredCompetency("HDS-04", 3, 1, false)), GovernanceTerms.sandbox());
    }

    long open(ChallengeDraft draft) {
        long id = runAs.as(PARTNER, () -> challenges.createDraft(draft));
        runAs.run(PARTNER, () -> challenges.submit(id));
        runAs.run(COORDINATOR, () -> challenges.approve(id));
        return id;
    }

    static <T> T anonymously(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(anonymous);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void anyoneFindsOpenPublicPostingsAndNothingElse() {
        String word = "wombat" + System.nanoTime() % 100000;
        long open = open(draft("Okapi " + word + " public", Visibility.PUBLIC));
        long registered = open(draft("Okapi " + word + " registered", Visibility.REGISTERED));
        long invited = open(draft("Okapi " + word + " invited", Visibility.INVITE_ONLY));
        long draft = runAs.as(PARTNER, () -> challenges.createDraft(draft("Okapi " + word + " draft", Visibility.PUBLIC)));
        long submitted = runAs.as(PARTNER, () -> challenges.createDraft(draft("Okapi " + word + " submitted", Visibility.PUBLIC)));
        runAs.run(PARTNER, () -> challenges.submit(submitted));

        PostingQuery byWord = PostingQuery.all().withText(word);
        List<Long> found = anonymously(() -> search.searchPublic(byWord, PageRequest.of(0, 50))).getContent().stream()
                .map(PostingSummary::id).toList();
        assertThat(found).containsExactly(open).doesNotContain(registered, invited, draft, submitted);
        assertThat(runAs.as(PARTNER, () -> search.search(byWord, PageRequest.of(0, 50))).getContent())
                .as("a logged-in partner finds the registered one too").extracting(PostingSummary::id)
                .contains(open, registered);

        // facets as in the search
        assertThat(anonymously(() -> search.searchPublic(new PostingQuery(PostingKind.PROJECT, word, null, null, null, null,
                null, null), PageRequest.of(0, 50))).getContent()).isEmpty();
        assertThat(anonymously(() -> search.searchPublic(new PostingQuery(PostingKind.CHALLENGE, word, "HDS-04", null, null,
                DataTier.SYNTHETIC, programme(), ProjectStatus.OPEN), PageRequest.of(0, 50))).getContent())
                .extracting(PostingSummary::id).containsExactly(open);
        assertThat(anonymously(() -> search.searchPublic(new PostingQuery(null, word, "DSDA01", null, null, null, null, null),
                PageRequest.of(0, 50))).getContent()).isEmpty();
        // every open public PhD project is there (projects have no visibility of their own)
        assertThat(anonymously(() -> search.searchPublic(new PostingQuery(PostingKind.PROJECT, null, null, null, null, null,
                null, null), PageRequest.of(0, 5))).getContent()).allMatch(p -> p.status() == ProjectStatus.OPEN);
    }

    @Test
    void onlyOpenPostingsArePublic() {
        assertThatThrownBy(() -> anonymously(() -> search.searchPublic(new PostingQuery(null, null, null, null, null, null,
                null, ProjectStatus.CLOSED), PageRequest.of(0, 10)))).isInstanceOf(InvalidPostingException.class);
        assertThat(anonymously(() -> search.searchPublic(null, PageRequest.of(0, 500))).getSize())
                .as("pages are bounded").isEqualTo(PostingSearchService.MAX_PAGE_SIZE);
    }
}
