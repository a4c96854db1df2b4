package org.crossfield.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The parts of the REST API a personal access token can be limited to, one per group of resources (the table in
 * docs/api.md says which paths each covers). The names are part of the API's contract (scopes such as
 * {@code applications:write}): add an area when a new group of resources needs one, never rename one. See
 * docs/adr/0045-api-token-design.md.
 */
public enum ApiArea {
    /** {@code /api/v1/me/profile}: my competency profile. */
    PROFILE,
    /** {@code /api/v1/challenges}, {@code /api/v1/projects}, {@code /api/v1/approvals}: postings and their approval. */
    POSTINGS,
    /** {@code /api/v1/applications}: applying, and reviewing applications. */
    APPLICATIONS,
    /** {@code /api/v1/collaborations}: collaborations and their outcomes. */
    COLLABORATIONS,
    /** {@code /api/v1/reports}: KPI reports and their exports. */
    REPORTS,
    /** {@code /api/v1/projects/{id}/mentors}: mentor suggestions for a PhD project. */
    MENTORS,
    /** {@code /api/v1/webhooks}: webhook subscriptions and their deliveries. */
    WEBHOOKS;

    /** The name in scopes and in the documentation: {@code applications}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The area of this {@link #apiName()} (any case), if there is one. */
    public static Optional<ApiArea> ofApiName(String name) {
        for (ApiArea area : values()) {
            if (area.apiName().equalsIgnoreCase(name)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }
}
