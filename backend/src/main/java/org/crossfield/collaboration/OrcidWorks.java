package org.crossfield.collaboration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossfield.i18n.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the public works of an ORCID iD from the ORCID public API v3.0 ({@code GET {base}/v3.0/{orcid}/works},
 * {@code Accept: application/json}; {@code crossfield.orcid.base-url}, default {@code https://pub.orcid.org}), and
 * turns them into publications as the bibliography import reads them (docs/adr/0062-orcid-import.md).
 *
 * <p>Of each group (one work as several sources report it) the first work summary counts. Its title, type,
 * publication date (year, month, day as far as given) and DOI (an external id of type {@code doi}) are used; a work
 * summary has no authors. Works of a type that is no publication (data sets, software, talks…) are listed as refused:
 * they are recorded by hand as their own outcome type.
 */
@Component
class OrcidWorks {

    private static final Logger log = LoggerFactory.getLogger(OrcidWorks.class);
    /** ORCID work types that are not publications (https://info.orcid.org/ufaq/what-work-types-does-orcid-support/). */
    static final Set<String> NOT_PUBLICATIONS = Set.of("data-set", "software", "patent", "license", "trademark",
            "disclosure", "registered-copyright", "lecture-speech", "conference-poster", "conference-presentation",
            "artistic-performance", "cartographic-material", "clinical-study", "physical-object", "research-technique",
            "spin-off-company", "standards-and-policy", "technical-standard", "invention", "research-tool", "test",
            "website", "data-management-plan", "design", "image", "learning-object", "mark", "moving-image",
            "musical-composition", "sound", "other");

    /** The works read, and those that cannot be imported, with the reason. */
    record Works(List<ImportedPublication> publications, List<RefusedEntry> refused) {
    }

    private volatile String baseUrl;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    OrcidWorks(@Value("${crossfield.orcid.base-url:https://pub.orcid.org}") String baseUrl,
               @Value("${crossfield.orcid.timeout:PT10S}") Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Points the reader at another ORCID API (tests: their local server). */
    void useBaseUrl(String url) {
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The works of {@code orcid} (a checked iD, {@code 0000-0002-1825-0097}); {@code latestYear}: the latest plausible year. */
    Works read(String orcid, PublicationTypes types, int latestYear) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v3.0/" + orcid + "/works"))
                .timeout(timeout).header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            log.warn("ORCID could not be reached at {}: {}", baseUrl, e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        if (response.statusCode() == 404) {
            throw new OrcidUnavailableException("collaboration.orcid.unknown-id", "ORCID does not know the iD " + orcid
                    + ": check it under My account.", orcid);
        }
        if (response.statusCode() != 200) {
            log.warn("ORCID answered HTTP {} for the works of {}", response.statusCode(), orcid);
            throw unavailable();
        }
        try {
            return parse(json.readTree(response.body()), types, latestYear);
        } catch (JacksonException e) {
            log.warn("ORCID's answer for {} is not the JSON of its v3.0 API: {}", orcid, e.getOriginalMessage());
            throw unavailable();
        }
    }

    static OrcidUnavailableException unavailable() {
        return new OrcidUnavailableException("collaboration.orcid.unavailable",
                "ORCID cannot be reached just now. Nothing was imported; try again later.");
    }

    /** The PUBLICATION outcome type's ORCID work types (others are imported without a work type). */
    record PublicationTypes(Set<String> workTypes) {
    }

    Works parse(JsonNode root, PublicationTypes types, int latestYear) {
        List<ImportedPublication> publications = new ArrayList<>();
        List<RefusedEntry> refused = new ArrayList<>();
        int n = 0;
        for (JsonNode group : root.path("group")) {
            JsonNode summaries = group.path("work-summary");
            if (!summaries.isArray() || summaries.isEmpty()) {
                continue;
            }
            n++;
            JsonNode work = summaries.get(0);
            String key = "put-code " + text(work.path("put-code"));
            String title = text(work.path("title").path("title").path("value"));
            String type = text(work.path("type"));
            type = type == null ? null : type.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (title == null || title.isBlank()) {
                refused.add(new RefusedEntry(key, n, new Text("collaboration.orcid.refused.no-title",
                        "This work has no title.")));
                continue;
            }
            title = title.strip().replaceAll("\\s+", " ");
            if (title.length() > PublicationImport.MAX_TITLE) {
                refused.add(new RefusedEntry(key, n, new Text("collaboration.orcid.refused.title-long",
                        "The title is longer than " + PublicationImport.MAX_TITLE + " characters.", PublicationImport.MAX_TITLE)));
                continue;
            }
            if (type != null && NOT_PUBLICATIONS.contains(type)) {
                refused.add(new RefusedEntry(key, n, new Text("collaboration.orcid.refused.not-publication",
                        "“" + title + "” is a " + type + " in ORCID, not a publication: record it by hand as its outcome type.",
                        title, type)));
                continue;
            }
            JsonNode date = work.path("publication-date");
            Integer year = number(date.path("year").path("value"));
            Integer month = number(date.path("month").path("value"));
            Integer day = number(date.path("day").path("value"));
            LocalDate occurredOn = null;
            if (year != null && (year < PublicationImport.EARLIEST_YEAR || year > latestYear)) {
                year = null;
            }
            if (year != null) {
                try {
                    occurredOn = LocalDate.of(year, month == null ? 1 : month, month == null || day == null ? 1 : day);
                } catch (java.time.DateTimeException e) {
                    occurredOn = LocalDate.of(year, 1, 1);
                }
            }
            String venue = text(work.path("journal-title").path("value"));
            if (venue != null && venue.length() > PublicationImport.MAX_VENUE) {
                venue = venue.substring(0, PublicationImport.MAX_VENUE);
            }
            String url = text(work.path("url").path("value"));
            if (url != null && url.length() > PublicationImport.MAX_URL) {
                url = null;
            }
            publications.add(new ImportedPublication(key, n, title, null, venue, year, occurredOn, doi(work, group), url,
                    type != null && types.workTypes().contains(type) ? type : null));
        }
        return new Works(publications, refused);
    }

    /** The work's own DOI (relationship self first), else the group's; normalised, or null. */
    private static String doi(JsonNode work, JsonNode group) {
        String found = null;
        for (JsonNode ids : List.of(work.path("external-ids").path("external-id"), group.path("external-ids").path("external-id"))) {
            for (JsonNode id : ids) {
                if (!"doi".equalsIgnoreCase(text(id.path("external-id-type")))) {
                    continue;
                }
                String value = text(id.path("external-id-normalized").path("value"));
                String doi = Doi.find(value != null ? value : text(id.path("external-id-value")));
                if (doi != null && (found == null || "self".equalsIgnoreCase(text(id.path("external-id-relationship"))))) {
                    found = doi;
                    if ("self".equalsIgnoreCase(text(id.path("external-id-relationship")))) {
                        return found;
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return found;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String s = node.asString();
        return s == null || s.isBlank() ? null : s;
    }

    private static Integer number(JsonNode node) {
        String s = text(node);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
