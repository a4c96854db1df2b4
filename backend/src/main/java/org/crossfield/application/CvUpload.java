package org.crossfield.application;

/** A CV as uploaded: the file's name on the student's computer and its bytes. */
public record CvUpload(String fileName, byte[] content) {
}
