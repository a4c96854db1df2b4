package org.crossfield.reporting;

/** An exported report: a file name to offer, its MIME type and its bytes. */
public record ReportFile(String fileName, String contentType, byte[] bytes) {
}
