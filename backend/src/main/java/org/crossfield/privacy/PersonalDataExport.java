package org.crossfield.privacy;

import java.time.Instant;

/** A person's data as one ZIP file: a JSON document per kind of data, their uploaded files and a short summary. */
public record PersonalDataExport(String fileName, byte[] zip, Instant preparedAt) {
}
