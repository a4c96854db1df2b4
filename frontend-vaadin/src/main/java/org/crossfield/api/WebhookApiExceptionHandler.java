package org.crossfield.api;

import java.util.List;
import org.crossfield.webhook.InvalidWebhookException;
import org.crossfield.webhook.WebhookNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The webhook feature's refusals as problem documents, before the general {@link ApiExceptionHandler}: an invalid
 * subscription is 422 with the reason, an unknown one 404.
 */
@RestControllerAdvice(assignableTypes = WebhooksController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookApiExceptionHandler {

    /** Invalid input the controller found itself (unknown event names). */
    static final class InvalidInput extends RuntimeException {

        private final transient List<Problems.FieldError> errors;

        InvalidInput(List<Problems.FieldError> errors) {
            super(null, null, false, false);
            this.errors = List.copyOf(errors);
        }
    }

    @ExceptionHandler(InvalidWebhookException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidWebhookException e) {
        if ("webhook.error.not-failed".equals(e.messageKey())) {
            return respond(Problems.of(HttpStatus.CONFLICT, "not-failed", e.getMessage()));
        }
        return respond(Problems.invalid(List.of(new Problems.FieldError(e.messageKey() != null
                && e.messageKey().contains("event") ? "events" : "url", e.getMessage()))));
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput e) {
        return respond(Problems.invalid(e.errors));
    }

    @ExceptionHandler(WebhookNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(WebhookNotFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
    }
}
