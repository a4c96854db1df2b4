package org.crossfield.api;

import org.springframework.http.HttpStatus;

/** Versions as entity tags: {@code "v3"}. An update must send the tag it read in {@code If-Match}. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"v" + version + "\"";
    }

    /**
     * The version named by an {@code If-Match} header.
     *
     * @throws ApiException 428 without the header, 409 for a tag that is no version of this object (e.g. {@code *})
     */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "Send the ETag you read in"
                    + " If-Match, so that a change made meanwhile is not overwritten.");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 3 && tag.startsWith("\"v") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(2, tag.length() - 1));
            } catch (NumberFormatException e) {
                // below
            }
        }
        throw new ApiException(HttpStatus.CONFLICT, "version-conflict", "If-Match does not name a version of this"
                + " object: read it again and send its ETag.");
    }
}
