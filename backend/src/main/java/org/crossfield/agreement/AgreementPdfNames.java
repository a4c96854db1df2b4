package org.crossfield.agreement;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats shared by the PDF and the verification messages. */
final class AgreementPdfNames {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private AgreementPdfNames() {
    }
}
