package org.crossfield.competency;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.crossfield.identity.CurrentUser;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
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
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    /**
     * The active version's details as last read. A version never changes once imported (an import makes a new one and
     * levels and course areas are reference data), so the details are kept per version and only the cheap question
     * "which version is active" goes to the database on every call: an activation on any instance is seen at once.
     */
    private final AtomicReference<FrameworkDetails> lastRead = new AtomicReference<>();

    CompetencyFrameworkService(CompetencyFrameworkRepository frameworks, CompetencyRepository competencies,
                               ProficiencyLevelRepository levels, CourseAreaRepository courseAreas, Clock clock,
                               org.springframework.jdbc.core.JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
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
        FrameworkDetails known = lastRead.get();
        if (known != null && known.id() == active.getId() && known.versionLabel().equals(active.getVersionLabel())
                && known.createdAt().equals(active.getCreatedAt())) {
            return known;
        }
        FrameworkDetails details = new FrameworkDetails(active.getId(), active.getVersionLabel(), active.getCreatedAt(),
                competencies.findByFrameworkIdOrderById(active.getId()).stream().map(Competency::toView).toList(),
                levels.findAll(org.springframework.data.domain.Sort.by("level")).stream().map(ProficiencyLevel::toView).toList(),
                courseAreas.findAll(org.springframework.data.domain.Sort.by("code")).stream().map(CourseArea::toView).toList());
        if (!details.competencies().isEmpty()) {
            lastRead.set(details); // a version is imported with its competencies in one transaction: never cache a half
        }
        return details;
    }

    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public List<FrameworkVersion> versions() {
        return frameworks.listVersions();
    }

    /** The active framework as CSV in the same form as {@code competencies.csv}, ready to edit and import again. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public byte[] exportCsv() {
        return FrameworkCsv.write(competencies.findByFrameworkIdOrderById(active().getId()).stream()
                .map(Competency::toView).toList());
    }

    /**
     * What importing the file would change against the active version (added, removed, renamed, moved to another group),
     * checked exactly as the import checks it; nothing is written. A file with any problem is refused with every problem
     * and its line.
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    public FrameworkChanges previewImport(byte[] csv) {
        List<CompetencySummary> rows = FrameworkCsv.read(csv);
        CompetencyFramework active = active();
        Map<String, CompetencySummary> before = new LinkedHashMap<>();
        competencies.findByFrameworkIdOrderById(active.getId()).stream().map(Competency::toView).forEach(c -> before.put(c.code(), c));
        Map<String, CompetencySummary> after = new LinkedHashMap<>();
        rows.forEach(r -> after.put(r.code(), r));
        List<CompetencySummary> added = rows.stream().filter(r -> !before.containsKey(r.code())).toList();
        List<CompetencySummary> removed = before.values().stream().filter(c -> !after.containsKey(c.code())).toList();
        List<FrameworkChanges.Change> renamed = rows.stream().filter(r -> before.containsKey(r.code())
                && !before.get(r.code()).title().equals(r.title()))
                .map(r -> new FrameworkChanges.Change(r.code(), before.get(r.code()).title(), r.title())).toList();
        List<FrameworkChanges.Change> regrouped = rows.stream().filter(r -> before.containsKey(r.code())
                && !before.get(r.code()).area().equals(r.area()))
                .map(r -> new FrameworkChanges.Change(r.code(), before.get(r.code()).area(), r.area())).toList();
        long affected = removed.isEmpty() ? 0 : jdbc.queryForObject("select count(*) from profile_entry where competency_code in ("
                + String.join(",", removed.stream().map(c -> "?").toList()) + ")", Long.class,
                removed.stream().map(CompetencySummary::code).toArray());
        return new FrameworkChanges(active.getVersionLabel(), rows.size(), added, removed, renamed, regrouped, affected);
    }

    /**
     * Imports a CSV as a new framework version and makes it the active one. All or nothing: a file with any
     * problem is refused with every problem listed, and nothing is written. The version needs a label (at most 80
     * characters, not used before) so that people can tell the versions apart.
     */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public FrameworkVersion importCsv(byte[] csv, String versionLabel) {
        if (versionLabel == null || versionLabel.isBlank()) {
            throw FrameworkImportException.of("competency.framework.label-required", "Give the new version a label, e.g. \"Health extension v2 (2027)\".");
        }
        List<CompetencySummary> rows = FrameworkCsv.read(csv);
        Instant now = clock.instant();
        String label = versionLabel.strip();
        if (label.length() > 80) {
            throw FrameworkImportException.of("competency.import.label-too-long", "The version label is longer than 80 characters.", 80);
        }
        if (frameworks.existsByVersionLabel(label)) {
            throw FrameworkImportException.of("competency.import.label-taken", "A framework version called \"" + label
                    + "\" exists already; choose another label.", label);
        }
        frameworks.findFirstByActiveTrue().ifPresent(CompetencyFramework::retire);
        frameworks.flush();
        CompetencyFramework framework = new CompetencyFramework(label, CurrentUser.require().getEmail(), now);
        framework.activate();
        frameworks.saveAndFlush(framework);
        competencies.saveAll(rows.stream()
                .map(r -> new Competency(framework.getId(), r.code(), r.area(), r.title(), r.source())).toList());
        events.publishEvent(AuditEvent.of(AuditActions.FRAMEWORK_CHANGED, "COMPETENCY_FRAMEWORK", framework.getId())
                .withDetail(AuditDetail.FRAMEWORK_IMPORTED, rows.size()));
        return new FrameworkVersion(framework.getId(), label, true, framework.getImportedBy(), now, rows.size());
    }

    /** Makes an earlier version the active one again (the current one is kept as a version); nothing else changes. */
    @PreAuthorize("hasRole(T(org.crossfield.identity.Roles).ADMIN)")
    @Transactional
    public FrameworkVersion activate(long frameworkId) {
        CompetencyFramework chosen = frameworks.findById(frameworkId)
                .orElseThrow(() -> FrameworkImportException.of("competency.import.no-such-version", "There is no such framework version."));
        if (!chosen.isActive()) {
            frameworks.findFirstByActiveTrue().ifPresent(CompetencyFramework::retire);
            frameworks.flush();
            chosen.activate();
            frameworks.saveAndFlush(chosen);
        }
        return frameworks.listVersions().stream().filter(v -> v.id() == frameworkId).findFirst().orElseThrow();
    }

    private CompetencyFramework active() {
        return frameworks.findFirstByActiveTrue()
                .orElseThrow(() -> new IllegalStateException("No active competency framework; the database was not initialised"));
    }
}
