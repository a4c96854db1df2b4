package org.crossfield.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem documents, the one shape of every error of the API. {@code type} names the kind of problem
 * ({@code urn:crossfield:problem:<kind>}, listed in docs/api.md); {@code detail} is a sentence for people and never an
 * exception's text; a 422 adds {@code errors}, one {@code {field, message}} per invalid input.
 */
final class Problems {

    static final String TYPE_PREFIX = "urn:crossfield:problem:";
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    static final HttpStatus UNPROCESSABLE = HttpStatus.valueOf(422);

    /** One invalid input: the field (a JSON property or query parameter; null for the request as a whole) and why. */
    record FieldError(String field, String message) {
    }

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + kind));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(UNPROCESSABLE, "invalid-input", errors.size() == 1
                ? "One input is not valid: " + errors.getFirst().message()
                : errors.size() + " inputs are not valid; each is listed in errors.");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Writes a problem from a filter, before Spring MVC (401 and 403 of the filter chain, 429). */
    static void write(HttpServletResponse response, HttpStatus status, String kind, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String json = "{\"type\":" + quote(TYPE_PREFIX + kind) + ",\"title\":" + quote(status.getReasonPhrase())
                + ",\"status\":" + status.value() + ",\"detail\":" + quote(detail)
                + (instance == null ? "" : ",\"instance\":" + quote(instance)) + "}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
