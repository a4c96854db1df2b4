package org.crossfield.application;

/** A posting one reviews or owns, for choosing it in a list. */
public record PostingRef(PostingType type, long id, String title, boolean owned) {

    public String label() {
        return (type == PostingType.CHALLENGE ? "Challenge: " : "PhD project: ") + title;
    }
}
