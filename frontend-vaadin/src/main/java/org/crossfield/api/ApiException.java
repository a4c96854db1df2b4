package org.crossfield.api;

import org.springframework.http.HttpStatus;

/** A refusal the API itself decides (an id the caller may not see, a missing or stale {@code If-Match}). */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String kind;

    ApiException(HttpStatus status, String kind, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.kind = kind;
    }

    static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "There is no " + what + " you may see.");
    }

    HttpStatus status() {
        return status;
    }

    String kind() {
        return kind;
    }
}
