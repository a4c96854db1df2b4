package org.crossfield.matching;

/** A mentor's capacity or conflicts changed; the in-memory mentor directory refreshes that mentor. */
public record MentorSettingsChangedEvent(long mentorId) {
}
