package org.crossfield.competency;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.crossfield.identity.CurrentUser;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The competency framework: read by everyone logged in, versioned, imported and exported by admins. */
@Service
@Transactional(readOnly = true)
public class CompetencyFrameworkService {

    private final CompetencyFrameworkRepository frameworks;
    private final CompetencyRepository competencies;
    private final ProficiencyLevelRepository levels;
    private final CourseAreaRepository courseAreas;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CompetencyFrameworkService(CompetencyFrameworkRepository frameworks, CompetencyRepository competencies,
                               ProficiencyLevelRepository levels, CourseAreaRepository courseAreas, Clock clock,
                               ApplicationEventPublisher events) {
        this.events = events;
        this.frameworks = frameworks;
        this.competencies = competencies;
        this.levels = levels;
        this.courseAreas = courseAreas;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public FrameworkDetails activeFramework() {
        CompetencyFramework active = active();
        return new FrameworkDetails(active.getId(), active.getVersionLabel(), active.getCreatedAt(),
                competencies.findByFrameworkIdOrderById(active.getId()).stream().map(Competency::toView).toList(),
                levels.findAll(org.springframework.data.domain.Sort.by("level")).stream().map(ProficiencyLevel::toView).toList(),
                courseAreas.findAll(org.springframework.data.domain.Sort.by("code")).stream().map(CourseArea::toView).toList());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<FrameworkVersion> versions() {
        return frameworks.listVersions();
    }

    /** The active framework as CSV in the same form as {@code competencies.csv}, ready to edit and import again. */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] exportCsv() {
        return FrameworkCsv.write(competencies.findByFrameworkIdOrderById(active().getId()).stream()
                .map(Competency::toView).toList());
    }

    /**
     * Imports a CSV as a new framework version and makes it the active one. All or nothing: a file with any
     * problem is refused with every problem listed, and nothing is written.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public FrameworkVersion importCsv(byte[] csv, String versionLabel) {
        List<CompetencySummary> rows = FrameworkCsv.read(csv);
        Instant now = clock.instant();
        String label = versionLabel == null || versionLabel.isBlank()
                ? "Import " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(now) + " UTC"
                : versionLabel.strip();
        if (label.length() > 80) {
            throw new FrameworkImportException(List.of("The version label is longer than 80 characters."));
        }
        if (frameworks.existsByVersionLabel(label)) {
            throw new FrameworkImportException(List.of("A framework version called \"" + label + "\" exists already; choose another label."));
        }
        frameworks.findFirstByActiveTrue().ifPresent(CompetencyFramework::retire);
        CompetencyFramework framework = new CompetencyFramework(label, CurrentUser.require().getEmail(), now);
        framework.activate();
        frameworks.saveAndFlush(framework);
        competencies.saveAll(rows.stream()
                .map(r -> new Competency(framework.getId(), r.code(), r.area(), r.title(), r.source())).toList());
        events.publishEvent(AuditEvent.of(AuditActions.FRAMEWORK_CHANGED, "COMPETENCY_FRAMEWORK", framework.getId())
                .withDetails("Imported and activated, " + rows.size() + " competencies"));
        return new FrameworkVersion(framework.getId(), label, true, framework.getImportedBy(), now, rows.size());
    }

    private CompetencyFramework active() {
        return frameworks.findFirstByActiveTrue()
                .orElseThrow(() -> new IllegalStateException("No active competency framework; the database was not initialised"));
    }
}
