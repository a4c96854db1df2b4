package org.crossfield.identity;

public record ProgrammeView(long id, String code, String name) {
}
