package org.crossfield.competency;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The active competency framework: its competencies in framework order, the five levels and the course areas. */
public record FrameworkView(long id, String versionLabel, Instant createdAt, List<CompetencyView> competencies,
                            List<LevelView> levels, List<CourseAreaView> courseAreas) {

    /** Competencies grouped by area, areas in the order they first appear. */
    public Map<String, List<CompetencyView>> byArea() {
        Map<String, List<CompetencyView>> areas = new LinkedHashMap<>();
        for (CompetencyView c : competencies) {
            areas.computeIfAbsent(c.area(), a -> new java.util.ArrayList<>()).add(c);
        }
        return areas;
    }

    /** Course areas that teach {@code competencyCode}. */
    public List<CourseAreaView> courseAreasFor(String competencyCode) {
        return courseAreas.stream().filter(a -> a.covers().contains(competencyCode)).toList();
    }
}
