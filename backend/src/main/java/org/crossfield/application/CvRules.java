package org.crossfield.application;

import org.springframework.jdbc.core.JdbcTemplate;

/** Whether a posting asks for a CV (table {@code posting_cv_rule}; no row: the CV is optional). */
final class CvRules {

    static final String MISSING = "This posting asks for a CV: attach your CV (a PDF of at most 5 MB) before submitting.";

    private CvRules() {
    }

    static boolean required(JdbcTemplate jdbc, PostingType postingType, long postingId) {
        return jdbc.queryForList("select cv_required from posting_cv_rule where posting_type = ? and posting_id = ?",
                Boolean.class, postingType.name(), postingId).stream().anyMatch(Boolean.TRUE::equals);
    }
}
