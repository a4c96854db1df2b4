package org.crossfield.marketplace;

import java.util.List;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CurrentUser;
import org.crossfield.identity.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding postings: challenges and PhD projects together or by kind, by full text and facets, paged in the database
 * (docs/adr/0008-search.md). Invite-only challenges are found only by their invitees, the posting organisation's partners (not its other
 * staff) and the
 * programme's coordinators; drafts and submitted postings are never found.
 */
@Service
@Transactional(readOnly = true)
public class PostingSearchService {

    /** The largest page {@link #search} returns. */
    public static final int MAX_PAGE_SIZE = 200;

    private final PostingQueries queries;
    private final JdbcTemplate jdbc;

    PostingSearchService(PostingQueries queries, JdbcTemplate jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @PreAuthorize("isAuthenticated()")
    @io.micrometer.core.annotation.Timed(value = "crossfield.search", description = "Searching postings")
    public Slice<PostingSummary> search(PostingQuery query, Pageable pageable) {
        PostingQuery q = query == null ? PostingQuery.all() : query;
        checkSearchable(q);
        Pageable bounded = pageable.getPageSize() > MAX_PAGE_SIZE
                ? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE) : pageable;
        CrossfieldUser me = CurrentUser.require();
        List<Long> coordinated = me.hasRole(Roles.COORDINATOR)
                ? jdbc.queryForList("select programme_id from pub_programme_coordinator where user_id = ?", Long.class, me.getId())
                : List.of();
        PostingQueries.Viewer viewer = PostingQueries.Viewer.of(me.getId(), me.getOrganisationId(),
                Roles.ALL.stream().filter(me::hasRole).toList(), coordinated);
        return queries.search(q, viewer, bounded);
    }

    /**
     * The open postings anyone may see without an account, for institutions' web pages (the public API and its Atom
     * feed): open PhD projects and open challenges whose visibility is PUBLIC, with the same full text and facets as
     * {@link #search}; any status asked for other than OPEN is refused. Never drafts, submitted, registered-only or
     * invite-only postings.
     */
    @PreAuthorize("permitAll()")
    public Slice<PostingSummary> searchPublic(PostingQuery query, Pageable pageable) {
        PostingQuery q = query == null ? PostingQuery.all() : query;
        if (q.status() != null && q.status() != ProjectStatus.OPEN) {
            throw InvalidPostingException.of("marketplace.error.public-open-only", "Only open postings are public.");
        }
        Pageable bounded = pageable.getPageSize() > MAX_PAGE_SIZE
                ? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE) : pageable;
        return queries.search(q, PostingQueries.Viewer.anonymous(), bounded);
    }

    /** Refuses a status that search never finds (drafts and submitted postings). */
    static void checkSearchable(PostingQuery q) {
        if (q.status() != null && q.status() != ProjectStatus.OPEN && q.status() != ProjectStatus.CLOSED
                && q.status() != ProjectStatus.AWARDED) {
            throw InvalidPostingException.of("marketplace.error.searchable-statuses", "Only open, closed and awarded postings can be searched.");
        }
    }

    /** The areas of the active competency framework (the "domain" facet). */
    @PreAuthorize("isAuthenticated()")
    public List<String> domains() {
        return jdbc.queryForList("""
                select c.area from pub_competency c join pub_competency_framework f on f.id = c.framework_id
                where f.active = true group by c.area order by min(c.id)""", String.class);
    }

    /** The countries organisations are in (the "country" facet). */
    @PreAuthorize("isAuthenticated()")
    public List<String> countries() {
        return jdbc.queryForList("select distinct country from pub_organisation order by country limit 300", String.class);
    }
}
