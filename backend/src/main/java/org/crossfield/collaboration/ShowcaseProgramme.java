package org.crossfield.collaboration;

/** A programme on the public showcase, with how many public outcomes and activities it has. */
public record ShowcaseProgramme(String code, String name, long publicOutcomes, long publicActivities) {
}
