package org.crossfield.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossfield.notification.NotificationService;
import org.crossfield.notification.NotificationTemplates;
import org.crossfield.notification.NotifyCmd;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a posting opens, tells the owner of every saved search with alerts on that finds it. "Finds it" is decided by
 * the search itself: the saved query runs again through {@link PostingQueries#finds}, as its owner, restricted to the
 * new posting — so words, facets and invite-only visibility mean exactly what they mean in "Find postings"
 * (docs/adr/0012-saved-searches.md). Runs in the approving transaction: the in-app notifications and the mails in the
 * outbox commit with the approval, or not at all. Each person is told once per posting, however many of their searches
 * find it.
 */
@Component
class SavedSearchAlerts {

    private static final int BATCH = 500;

    private final SavedSearchRepository searches;
    private final PostingQueries queries;
    private final NotificationService notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SavedSearchAlerts(SavedSearchRepository searches, PostingQueries queries, NotificationService notifications,
                      JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.searches = searches;
        this.queries = queries;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @EventListener
    void postingOpened(PostingOpenedEvent event) {
        Optional<String[]> posting = titleAndOrganisation(event);
        if (posting.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<Long, Optional<PostingQueries.Viewer>> viewers = new HashMap<>();
        Set<Long> told = new HashSet<>();
        List<Long> alerted = new java.util.ArrayList<>();
        long after = 0;
        while (true) {
            List<SavedSearch> batch = searches.withAlertsAfter(after, Limit.of(BATCH));
            for (SavedSearch search : batch) {
                if (told.contains(search.getOwnerId())) {
                    continue;
                }
                Optional<PostingQueries.Viewer> viewer = viewers.computeIfAbsent(search.getOwnerId(), queries::viewerOf);
                if (viewer.isPresent() && queries.finds(search.query(), viewer.get(), event.kind(), event.postingId())) {
                    told.add(search.getOwnerId());
                    alerted.add(search.getId());
                    notifications.notify(new NotifyCmd(List.of(search.getOwnerId()), NotificationTemplates.SAVED_SEARCH_ALERT,
                            Map.of("searchName", search.getName(), "postingKind", event.kind().name(),
                                    "postingTitle", posting.get()[0], "organisationName", posting.get()[1]),
                            (event.kind() == PostingKind.PROJECT ? "projects/" : "challenges/") + event.postingId()));
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.getLast().getId();
        }
        if (!alerted.isEmpty()) {
            searches.markAlerted(alerted, now);
        }
    }

    private Optional<String[]> titleAndOrganisation(PostingOpenedEvent event) {
        String table = event.kind() == PostingKind.PROJECT ? "phd_project" : "challenge";
        return jdbc.query("select p.title, o.name from " + table + " p join pub_organisation o on o.id = p.organisation_id where p.id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, event.postingId()).stream().findFirst();
    }
}
