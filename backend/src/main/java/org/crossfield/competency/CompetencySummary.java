package org.crossfield.competency;

public record CompetencyView(String code, String area, String title, String source) {
}
