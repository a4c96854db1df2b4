package org.crossfield.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crossfield.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches: anyone signed in keeps searches of "Find postings" under a name and may have new postings that
 * they find announced (in-app and by e-mail; {@link SavedSearchAlerts}, docs/adr/0012-saved-searches.md). A saved
 * search is its owner's alone: nobody else reads, changes or deletes it.
 */
@Service
@Transactional(readOnly = true)
public class SavedSearchService {

    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 200;
    /** How many searches one person may keep. */
    public static final int MAX_PER_PERSON = 50;

    private final SavedSearchRepository searches;
    private final Clock clock;

    SavedSearchService(SavedSearchRepository searches, ObjectProvider<Clock> clock) {
        this.searches = searches;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** My saved searches, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<SavedSearchSummary> mySavedSearches() {
        return searches.findByOwnerIdOrderByNameAscIdAsc(CurrentUser.require().getId(), Limit.of(MAX_PER_PERSON))
                .stream().map(SavedSearch::toView).toList();
    }

    @PreAuthorize("@savedSearchAccess.owns(#savedSearchId)")
    public SavedSearchSummary savedSearch(long savedSearchId) {
        return load(savedSearchId).toView();
    }

    /** Keeps the query under a new name of mine. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SavedSearchSummary save(SaveSearchCmd cmd) {
        long me = CurrentUser.require().getId();
        if (cmd == null || cmd.query() == null) {
            throw InvalidPostingException.of("marketplace.error.no-search", "There is no search to save.");
        }
        String name = checkedName(cmd.name(), me, -1);
        List<InvalidPostingException.Problem> problems = new ArrayList<>();
        if (cmd.query().text() != null && cmd.query().text().strip().length() > MAX_TEXT) {
            problems.add(new InvalidPostingException.Problem("marketplace.error.search-text-too-long",
                    "Search for at most " + MAX_TEXT + " characters of words.", MAX_TEXT));
        }
        if (searches.countByOwnerId(me) >= MAX_PER_PERSON) {
            problems.add(new InvalidPostingException.Problem("marketplace.error.too-many-searches",
                    "You can keep at most " + MAX_PER_PERSON + " saved searches: delete one first.", MAX_PER_PERSON));
        }
        if (!problems.isEmpty()) {
            throw InvalidPostingException.of(problems);
        }
        PostingSearchService.checkSearchable(cmd.query());
        return searches.saveAndFlush(new SavedSearch(me, name, cmd.query(), cmd.alerts(), now())).toView();
    }

    @PreAuthorize("@savedSearchAccess.owns(#savedSearchId)")
    @Transactional
    public SavedSearchSummary rename(long savedSearchId, String name) {
        SavedSearch search = load(savedSearchId);
        search.rename(checkedName(name, search.getOwnerId(), savedSearchId));
        return searches.saveAndFlush(search).toView();
    }

    /** Turns e-mail (and in-app) alerts for new matching postings on or off. */
    @PreAuthorize("@savedSearchAccess.owns(#savedSearchId)")
    @Transactional
    public SavedSearchSummary setAlerts(long savedSearchId, boolean on) {
        SavedSearch search = load(savedSearchId);
        search.alerts(on);
        return searches.saveAndFlush(search).toView();
    }

    @PreAuthorize("@savedSearchAccess.owns(#savedSearchId)")
    @Transactional
    public void delete(long savedSearchId) {
        searches.delete(load(savedSearchId));
    }

    private String checkedName(String name, long owner, long exceptId) {
        String n = Text.trimmed(name);
        if (n == null) {
            throw InvalidPostingException.of("marketplace.save-search.name-required", "Give the search a name.");
        }
        if (n.length() > MAX_NAME) {
            throw InvalidPostingException.of("marketplace.error.name-too-long", "The name has more than " + MAX_NAME + " characters.", MAX_NAME);
        }
        if (searches.existsByOwnerIdAndNameAndIdNot(owner, n, exceptId)) {
            throw InvalidPostingException.of("marketplace.error.search-name-taken", "You already have a saved search called \"" + n + "\".", n);
        }
        return n;
    }

    private SavedSearch load(long id) {
        return searches.findById(id).orElseThrow(() -> new SavedSearchNotFoundException(id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
