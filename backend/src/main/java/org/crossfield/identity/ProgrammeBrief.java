package org.crossfield.identity;

public record ProgrammeBrief(long id, String code, String name) {
}
