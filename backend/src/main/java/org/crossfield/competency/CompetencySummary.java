package org.crossfield.competency;

public record CompetencySummary(String code, String area, String title, String source) {
}
