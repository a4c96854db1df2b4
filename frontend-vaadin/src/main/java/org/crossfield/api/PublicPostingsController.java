package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crossfield.marketplace.DataTier;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingQuery;
import org.crossfield.marketplace.PostingSearchService;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open, public postings for anyone, without a token: for institutions' web pages. The same full text and facets as
 * the "Find postings" screen, through {@link PostingSearchService#searchPublic}; as JSON pages or an Atom feed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Public postings", description = "Open, public challenges and PhD projects; no token needed")
class PublicPostingsController {

    static final String ATOM = "application/atom+xml";

    /** One posting of the public list; {@code link} opens it in Crossfield (after logging in). */
    public record PublicPosting(PostingKind kind, long id, String title, String summary, long programmeId,
                                String programmeName, String organisationName, String country, DataTier dataTier,
                                ProjectStatus status, LocalDate deadline, Instant publishedAt, String link) {
    }

    private final PostingSearchService search;
    private final String baseUrl;

    PublicPostingsController(PostingSearchService search, @Value("${crossfield.base-url:http://localhost:8080}") String baseUrl) {
        this.search = search;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(path = "/postings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open public postings", description = "Open PhD projects and open challenges visible to everyone,"
            + " newest first (best match first with text), a page at a time. No token needed.")
    ApiPage<PublicPosting> postings(
            @Parameter(description = "CHALLENGE or PROJECT; both when absent") @RequestParam(required = false) PostingKind kind,
            @Parameter(description = "Words that must all occur (as prefixes) in title, summary or description")
            @RequestParam(required = false) String text,
            @Parameter(description = "A competency code the posting requires, e.g. DSDA01") @RequestParam(required = false) String competency,
            @Parameter(description = "An area of the competency framework") @RequestParam(required = false) String domain,
            @Parameter(description = "Two-letter country of the posting organisation") @RequestParam(required = false) String country,
            @RequestParam(required = false) DataTier dataTier,
            @Parameter(description = "A programme id") @RequestParam(required = false) Long programme,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Slice<PostingSummary> found = search.searchPublic(query(kind, text, competency, domain, country, dataTier, programme),
                PageRequest.of(page, size));
        return new ApiPage<>(found.getContent().stream().map(this::posting).toList(), page, size, found.hasNext());
    }

    @GetMapping(path = "/postings.atom", produces = ATOM)
    @Operation(summary = "Open public postings as an Atom feed", description = "The first page of the same list, with"
            + " the same filters, as an Atom 1.0 feed (RFC 4287). No token needed.",
            responses = @ApiResponse(responseCode = "200", description = "The feed",
                    content = @Content(mediaType = ATOM, schema = @Schema(type = "string", description = "Atom 1.0 XML"))))
    ResponseEntity<String> feed(
            @RequestParam(required = false) PostingKind kind, @RequestParam(required = false) String text,
            @RequestParam(required = false) String competency, @RequestParam(required = false) String domain,
            @RequestParam(required = false) String country, @RequestParam(required = false) DataTier dataTier,
            @RequestParam(required = false) Long programme,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) throws XMLStreamException {
        List<PublicPosting> postings = search.searchPublic(query(kind, text, competency, domain, country, dataTier, programme),
                PageRequest.of(0, size)).getContent().stream().map(this::posting).toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ATOM + ";charset=UTF-8")).body(atom(postings));
    }

    private static PostingQuery query(PostingKind kind, String text, String competency, String domain, String country,
                                      DataTier dataTier, Long programme) {
        return new PostingQuery(kind, text, competency, domain, country, dataTier, programme, ProjectStatus.OPEN);
    }

    private PublicPosting posting(PostingSummary p) {
        String link = baseUrl + (p.kind() == PostingKind.CHALLENGE ? "/challenges/" : "/projects/") + p.id();
        return new PublicPosting(p.kind(), p.id(), p.title(), p.summary(), p.programmeId(), p.programmeName(),
                p.organisationName(), p.country(), p.dataTier(), p.status(), p.deadline(), p.publishedAt(), link);
    }

    private String atom(List<PublicPosting> postings) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "id", baseUrl + "/api/v1/postings.atom");
        element(xml, "title", "Crossfield: open postings");
        Instant updated = postings.stream().map(PublicPosting::publishedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(Instant.EPOCH);
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        link(xml, "self", baseUrl + "/api/v1/postings.atom");
        for (PublicPosting p : postings) {
            xml.writeStartElement("entry");
            element(xml, "id", p.link());
            element(xml, "title", p.title());
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(p.publishedAt() == null ? updated : p.publishedAt()));
            xml.writeStartElement("author");
            element(xml, "name", p.organisationName());
            xml.writeEndElement();
            link(xml, "alternate", p.link());
            xml.writeStartElement("category");
            xml.writeAttribute("term", p.kind().name());
            xml.writeEndElement();
            element(xml, "summary", p.summary() == null ? "" : p.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }
}
