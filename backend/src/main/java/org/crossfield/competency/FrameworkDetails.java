package org.crossfield.competency;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The active competency framework: its competencies in framework order, the five levels and the course areas. */
public record FrameworkDetails(long id, String versionLabel, Instant createdAt, List<CompetencySummary> competencies,
                            List<LevelDescriptor> levels, List<CourseAreaSummary> courseAreas) {

    /** Competencies grouped by area, areas in the order they first appear. */
    public Map<String, List<CompetencySummary>> byArea() {
        Map<String, List<CompetencySummary>> areas = new LinkedHashMap<>();
        for (CompetencySummary c : competencies) {
            areas.computeIfAbsent(c.area(), a -> new java.util.ArrayList<>()).add(c);
        }
        return areas;
    }

    /** Course areas that teach {@code competencyCode}. */
    public List<CourseAreaSummary> courseAreasFor(String competencyCode) {
        return courseAreas.stream().filter(a -> a.covers().contains(competencyCode)).toList();
    }
}
