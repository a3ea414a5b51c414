package io.backops;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.MalformedInputException;
import io.backops.shared.ValidationException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where domain exceptions become RFC 9457 problem details. Validation problems list every failing
 * field under {@code errors}; nothing else (no stack traces, no input echoed back) leaves the server.
 */
@RestControllerAdvice(basePackages = "io.backops")
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(MalformedInputException.class)
    ProblemDetail malformed(MalformedInputException e) {
        return withErrors(HttpStatus.BAD_REQUEST, e.fieldErrors());
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        return withErrors(HttpStatus.UNPROCESSABLE_ENTITY, e.fieldErrors());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new TreeMap<>();
        e.getBindingResult().getFieldErrors()
                .forEach(error -> errors.merge(error.getField(), error.getDefaultMessage(), (a, b) -> a + "; " + b));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.merge(error.getObjectName(), error.getDefaultMessage(), (a, b) -> a + "; " + b));
        return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
            }
        }
        // Jackson's message may quote the input; name the field and say only what kind of problem it is.
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(withErrors(HttpStatus.BAD_REQUEST,
                    Map.of(field, "has a value of the wrong type or outside the allowed values")));
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape");
        return ResponseEntity.badRequest().body(problem);
    }

    /** Anything unforeseen: logged with a reference, answered without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; quote reference " + reference + " to your IT admin");
    }

    private static ProblemDetail withErrors(HttpStatus status, Map<String, String> fieldErrors) {
        var problem = ProblemDetail.forStatusAndDetail(status,
                "Invalid fields: " + String.join(", ", new TreeMap<>(fieldErrors).keySet()));
        problem.setProperty("errors", fieldErrors.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> Map.of("field", entry.getKey(), "message", entry.getValue()))
                .toList());
        return problem;
    }
}
