package io.backops.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The security filters' own answers to API calls as RFC 9457 problem details in UTF-8, like every other error of
 * the API: the 401 of a call without valid credentials and the 403 of a refused CSRF token.
 */
final class ProblemAnswers {

    private ProblemAnswers() {
    }

    static AuthenticationEntryPoint signInRequired(String realm) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            write(response, HttpStatus.UNAUTHORIZED,
                    "Sign in: HTTP Basic credentials, or the session of a form sign-in");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, exception instanceof CsrfException
                ? "The CSRF token is missing or does not match the session's: send the X-CSRF-TOKEN header"
                : "Access denied");
    }

    /** A problem detail whose detail is one of the constant sentences above (nothing from the request). */
    static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
    }
}
