package org.crossfield.competency;

/** One of the five proficiency levels (1 Associate … 5 Principal). */
public record LevelDescriptor(int level, String name, String edsfBand, String dreyfus, String descriptor) {
}
