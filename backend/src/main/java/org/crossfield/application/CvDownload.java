package org.crossfield.application;

/** A CV to hand to someone allowed to read it. */
public record CvDownload(String fileName, String contentType, byte[] content) {
}
