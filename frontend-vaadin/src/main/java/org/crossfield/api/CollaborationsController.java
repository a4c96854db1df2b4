package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crossfield.collaboration.CollaborationDetails;
import org.crossfield.collaboration.CollaborationService;
import org.crossfield.collaboration.CollaborationSummary;
import org.crossfield.collaboration.CreditRole;
import org.crossfield.collaboration.ImportPublicationsCmd;
import org.crossfield.collaboration.ImportResult;
import org.crossfield.collaboration.OutcomeService;
import org.crossfield.collaboration.OutcomeSummary;
import org.crossfield.collaboration.PublicationPreview;
import org.crossfield.collaboration.SaveOutcomeCmd;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collaborations and their outcomes through the workspace's services ({@link CollaborationService}, {@link OutcomeService}):
 * the parties (student, supervisor, mentor, the partner's people) list their collaborations and outcomes and record
 * outcomes, one at a time or from a BibTeX/RIS file through the same import as the workspace; the programme's
 * coordinators read. A collaboration the caller may not see is a 404; recording on one they only read is a 403.
 */
@RestController
@RequestMapping(path = "/api/v1/collaborations", produces = "application/json")
@Tag(name = "Collaborations and outcomes", description = "Parties record outcomes; coordinators read")
class CollaborationsController {

    /**
     * An outcome as the workspace's form takes it; which fields count depends on the type (see the outcome types of
     * the workspace: PUBLICATION uses doi, authors, venue, publicationYear …; FUNDING amount, currency, funder).
     * The three flags are {@code Boolean}, not {@code boolean}: they are optional (absent means no, like an unticked
     * box on the form), and Jackson 3 refuses an absent primitive, which made a plain title-only outcome a 422.
     */
    public record OutcomeRequest(@NotBlank(message = "Choose the outcome's type, e.g. PUBLICATION.") String typeCode,
                                 @NotBlank(message = "Give the outcome a title.") @Size(max = 300) String title,
                                 @Size(max = 5000) String description, LocalDate occurredOn, String doi, String authors,
                                 String venue, Integer publicationYear, String orcidWorkType,
                                 @Schema(description = "Open access; absent means no") Boolean openAccess,
                                 @Schema(description = "Written by academic and industry authors together; absent means no")
                                 Boolean jointPublicPrivate, Set<CreditRole> creditRoles, BigDecimal amount,
                                 String currency, String funder, String url,
                                 @Schema(description = "May appear on the public showcase; absent means no") Boolean isPublic) {
    }

    @Schema(description = "What a bibliography file holds and, unless dryRun, what was recorded")
    public record ImportResponse(PublicationPreview preview, boolean dryRun, int imported, int skippedDuplicates) {
    }

    private final CollaborationService collaborations;
    private final OutcomeService outcomes;

    CollaborationsController(CollaborationService collaborations, OutcomeService outcomes) {
        this.collaborations = collaborations;
        this.outcomes = outcomes;
    }

    @GetMapping
    @Operation(summary = "My collaborations", description = "Those the caller is a party of.")
    List<CollaborationSummary> mine() {
        return collaborations.myCollaborations();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One collaboration", description = "Its parties and the programme's coordinators.")
    CollaborationDetails one(@PathVariable long id) {
        return read(id);
    }

    @GetMapping("/{id}/outcomes")
    @Operation(summary = "A collaboration's outcomes", description = "Newest first. Its parties and the programme's"
            + " coordinators.")
    List<OutcomeSummary> outcomes(@PathVariable long id) {
        read(id);
        return outcomes.outcomes(id);
    }

    @PostMapping(path = "/{id}/outcomes", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an outcome", description = "Checked as in the workspace; every problem is listed."
            + " Its parties.")
    ResponseEntity<OutcomeSummary> record(@PathVariable long id, @Valid @RequestBody OutcomeRequest r) {
        read(id);
        OutcomeSummary saved = outcomes.recordOutcome(new SaveOutcomeCmd(id, r.typeCode(), r.title(), r.description(),
                r.occurredOn(), r.doi(), r.authors(), r.venue(), r.publicationYear(), r.orcidWorkType(),
                Boolean.TRUE.equals(r.openAccess()), Boolean.TRUE.equals(r.jointPublicPrivate()),
                r.creditRoles() == null ? Set.of() : r.creditRoles(), r.amount(), r.currency(), r.funder(), r.url(),
                Boolean.TRUE.equals(r.isPublic())));
        return ResponseEntity.created(URI.create("/api/v1/collaborations/" + id + "/outcomes/" + saved.id())).body(saved);
    }

    @PostMapping(path = "/{id}/outcomes/import", consumes = {"application/x-bibtex", "application/x-research-info-systems",
            "text/plain", "application/octet-stream"})
    @Operation(summary = "Import publications from a bibliography file", description = "The body is a BibTeX, biblatex,"
            + " RIS, MEDLINE or Web of Science file, read by the workspace's import. Entries this collaboration already"
            + " has (same DOI, else same title and year) are skipped; entries that cannot be imported are listed in"
            + " preview.refused and the rest are recorded (undated ones undated). With dryRun=true nothing is recorded."
            + " Its parties.")
    ImportResponse importPublications(@PathVariable long id,
            @Parameter(description = "The file's name; its extension (.bib, .ris, .nbib, .txt) tells the format")
            @RequestParam(defaultValue = "publications.bib") String fileName,
            @Parameter(description = "Only read the file: record nothing") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "Written by academic and industry authors together (all of them)")
            @RequestParam(defaultValue = "false") boolean jointPublicPrivate,
            @Parameter(description = "May appear on the public showcase (all of them)")
            @RequestParam(name = "public", defaultValue = "false") boolean isPublic,
            @NotNull @RequestBody byte[] file) {
        read(id);
        PublicationPreview preview = outcomes.readPublications(id, fileName, file);
        if (dryRun || preview.toImport().isEmpty()) {
            return new ImportResponse(preview, dryRun, 0, preview.alreadyPresent().size());
        }
        ImportResult result = outcomes.importPublications(new ImportPublicationsCmd(id, preview.toImport(),
                jointPublicPrivate, isPublic));
        return new ImportResponse(preview, false, result.imported(), result.skippedDuplicates() + preview.alreadyPresent().size());
    }

    private CollaborationDetails read(long id) {
        return Visible.or404("collaboration " + id, () -> collaborations.collaboration(id));
    }
}
