package org.crossfield.agreement;

import java.util.List;

/** What changed from version {@code from} to version {@code to}: term by term, and line by line in the text. */
public record VersionDiff(int from, int to, List<TermsDiff.Change> terms, List<TextDiff.Line> lines) {
}
