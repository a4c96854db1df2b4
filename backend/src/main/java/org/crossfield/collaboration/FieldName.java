package org.crossfield.collaboration;

import org.crossfield.i18n.Translatable;

/**
 * The name of a field a refusal speaks of ("The title", "The list of attendees"), with its key in the
 * {@code collaboration} bundle, so that the screens say it in the person's language too.
 */
record FieldName(String key, String english) implements Translatable {

    static final FieldName TITLE = new FieldName("collaboration.field.title", "The title");
    static final FieldName DESCRIPTION = new FieldName("collaboration.field.description", "The description");
    static final FieldName LINK = new FieldName("collaboration.field.link", "The link");
    static final FieldName AUTHORS = new FieldName("collaboration.field.authors", "The list of authors");
    static final FieldName VENUE = new FieldName("collaboration.field.venue", "The venue");
    static final FieldName FUNDER = new FieldName("collaboration.field.funder", "The funder");
    static final FieldName EVIDENCE = new FieldName("collaboration.field.evidence", "The evidence link");
    static final FieldName ATTENDEES = new FieldName("collaboration.field.attendees", "The list of attendees");
    static final FieldName NOTES = new FieldName("collaboration.field.notes", "The notes");

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[0];
    }

    @Override
    public String toString() {
        return english;
    }
}
