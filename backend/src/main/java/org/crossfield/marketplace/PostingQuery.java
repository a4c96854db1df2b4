package org.crossfield.marketplace;

/**
 * A search over postings; every null (or blank) filter means "any".
 *
 * @param kind           challenges, projects, or null for both
 * @param text           words to find in titles, summaries, descriptions and research questions (MariaDB/MySQL
 *                       boolean full-text syntax is neutralised: every word must occur, as a prefix)
 * @param competencyCode postings that require this competency
 * @param domain         postings that require a competency of this area of the framework
 * @param country        two-letter country of the posting organisation
 * @param status         OPEN (the default), CLOSED or AWARDED; drafts and submitted postings are never found
 */
public record PostingQuery(PostingKind kind, String text, String competencyCode, String domain, String country,
                           DataTier dataTier, Long programmeId, ProjectStatus status) {

    public static PostingQuery all() {
        return new PostingQuery(null, null, null, null, null, null, null, null);
    }

    public PostingQuery withText(String words) {
        return new PostingQuery(kind, words, competencyCode, domain, country, dataTier, programmeId, status);
    }
}
