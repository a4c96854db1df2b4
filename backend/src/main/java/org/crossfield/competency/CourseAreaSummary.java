package org.crossfield.competency;

import java.util.List;

/** A course area and the competency codes it teaches; gaps in a profile point here. */
public record CourseAreaSummary(String code, String title, List<String> covers) {
}
