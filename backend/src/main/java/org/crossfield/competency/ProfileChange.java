package org.crossfield.competency;

/**
 * A person's new level and evidence for one competency; {@code level == null} removes the competency from the profile.
 */
public record ProfileChange(String competencyCode, Integer level, String evidence) {
}
