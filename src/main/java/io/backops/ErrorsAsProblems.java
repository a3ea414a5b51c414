package io.backops;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * The errors no controller answers (a wrong HTTP Basic password, a refused CSRF token outside {@code /api}, an
 * unknown path, a method a path does not take) reach the servlet container's error page; for anyone but a browser
 * asking for a page it answers an RFC 9457 problem detail in UTF-8, like {@link ApiErrors} does for the controllers'
 * own errors, instead of Spring Boot's default JSON. Browsers keep the portal's error page. Details are constant
 * sentences per status: nothing of the request is echoed.
 */
@Controller
class ErrorsAsProblems extends BasicErrorController {

    private static final MediaType PROBLEM_JSON =
            new MediaType(MediaType.APPLICATION_PROBLEM_JSON, StandardCharsets.UTF_8);

    ErrorsAsProblems(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(getStatus(request).value());
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Sign in: HTTP Basic credentials, or the session of a form sign-in";
            case FORBIDDEN -> "Access denied";
            case NOT_FOUND -> "Nothing is found at this path";
            case METHOD_NOT_ALLOWED -> "This path does not take this method; the Allow header lists those it takes";
            case NOT_ACCEPTABLE -> "This path cannot answer in any of the media types the Accept header asks for";
            case UNSUPPORTED_MEDIA_TYPE -> "This path does not read the body's Content-Type";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side; tell your IT admin the time of the call";
            default -> status.getReasonPhrase();
        };
    }
}
