package org.crossfield.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crossfield.application.ApplicationNotFoundException;
import org.crossfield.application.InvalidApplicationException;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.marketplace.ChallengeNotFoundException;
import org.crossfield.marketplace.IllegalPostingTransitionException;
import org.crossfield.marketplace.InvalidPostingException;
import org.crossfield.marketplace.ProjectNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API's controllers as an RFC 9457 problem document with a sentence for people: the services'
 * refusals (403), unknown objects (404), stale versions and illegal steps (409), invalid input with every invalid field
 * (422). Bugs are logged with a reference that the 500 problem quotes; no exception's text ever reaches the caller.
 */
@RestControllerAdvice(basePackages = "org.crossfield.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return respond(Problems.of(e.status(), e.kind(), e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Your account may not do this; the token acts with exactly its person's rights."));
    }

    @ExceptionHandler({ChallengeNotFoundException.class, ProjectNotFoundException.class, ApplicationNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage()));
    }

    @ExceptionHandler(InvalidPostingException.class)
    ResponseEntity<ProblemDetail> invalidPosting(InvalidPostingException e) {
        return respond(Problems.invalid(e.problems().stream().map(p -> new Problems.FieldError(null, p)).toList()));
    }

    @ExceptionHandler(InvalidAccountException.class)
    ResponseEntity<ProblemDetail> invalidAccount(InvalidAccountException e) {
        return respond(Problems.invalid(e.problems().stream().map(p -> new Problems.FieldError(null, p)).toList()));
    }

    @ExceptionHandler(org.crossfield.competency.InvalidProfileChangeException.class)
    ResponseEntity<ProblemDetail> invalidProfile(org.crossfield.competency.InvalidProfileChangeException e) {
        return respond(Problems.invalid(e.problems().stream().map(p -> new Problems.FieldError(null, p)).toList()));
    }

    @ExceptionHandler(InvalidApplicationException.class)
    ResponseEntity<ProblemDetail> invalidApplication(InvalidApplicationException e) {
        return respond(Problems.invalid(List.of(new Problems.FieldError(null, e.getMessage()))));
    }

    @ExceptionHandler(org.crossfield.collaboration.CollaborationNotFoundException.class)
    ResponseEntity<ProblemDetail> collaborationNotFound(RuntimeException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "There is no such collaboration you may see."));
    }

    @ExceptionHandler({org.crossfield.collaboration.InvalidOutcomeException.class,
            org.crossfield.reporting.InvalidReportException.class,
            org.crossfield.matching.InvalidMatchingRequestException.class})
    ResponseEntity<ProblemDetail> invalidInput(RuntimeException e) {
        return respond(Problems.invalid(List.of(new Problems.FieldError(null, e.getMessage()))));
    }

    @ExceptionHandler(org.crossfield.collaboration.IllegalCollaborationTransitionException.class)
    ResponseEntity<ProblemDetail> illegalCollaborationStep(RuntimeException e) {
        return respond(Problems.of(HttpStatus.CONFLICT, "illegal-transition", e.getMessage()));
    }

    @ExceptionHandler(IllegalPostingTransitionException.class)
    ResponseEntity<ProblemDetail> illegalStep(IllegalPostingTransitionException e) {
        return respond(Problems.of(HttpStatus.CONFLICT, "illegal-transition", e.getMessage()));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, ConcurrencyFailureException.class,
            jakarta.persistence.OptimisticLockException.class})
    ResponseEntity<ProblemDetail> conflict(Exception e) {
        return respond(Problems.of(HttpStatus.CONFLICT, "version-conflict", "Someone changed this since you read it:"
                + " read it again (its ETag) and repeat your change with If-Match."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> bug(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API request failed (reference {})", reference, e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; the administrators can find it under the reference " + reference + ".");
        problem.setProperty("reference", reference);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new Problems.FieldError(f.getField(),
                f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new Problems.FieldError(null, g.getDefaultMessage())));
        return object(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                new Problems.FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return object(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = e.getPropertyName();
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m) {
            field = m.getName();
        }
        return object(Problems.invalid(List.of(new Problems.FieldError(field, "\"" + e.getValue() + "\" is not a valid "
                + (e.getRequiredType() == null ? "value" : describe(e.getRequiredType())) + "."))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = jsonPath(e.getCause());
        if (field != null) {
            return object(Problems.invalid(List.of(new Problems.FieldError(field, missingPrimitive(e.getCause())
                    ? "This value is missing."
                    : "This value does not have the expected type or is not one of the allowed values."))));
        }
        return object(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body",
                "The request body is not JSON of the documented shape (see /v3/api-docs)."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring MVC's own errors (unsupported method or media type, missing parameter, …): its sentences, our shape
        ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status.value());
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(java.net.URI.create(Problems.TYPE_PREFIX + (known == null ? "error"
                    : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
        }
        return ResponseEntity.status(status).headers(headers).contentType(Problems.PROBLEM_JSON).body(problem);
    }

    /** A left-out (or null) JSON value where Java needs a boolean or a number. */
    private static boolean missingPrimitive(Throwable cause) {
        return cause instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null && mismatch.getTargetType().isPrimitive();
    }

    /** "visibility" or "requirements[0].level" for a JSON value of the wrong type, or null. */
    private static String jsonPath(Throwable cause) {
        if (cause instanceof tools.jackson.core.JacksonException jackson && !jackson.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (tools.jackson.core.JacksonException.Reference ref : jackson.getPath()) {
                if (ref.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? null : path.toString();
        }
        return null;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "value (one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).toList()) + ")";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        return "value";
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> object(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
    }
}
