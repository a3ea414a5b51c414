package io.backops.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password alone does not open Backops, Tasklist, Cockpit or Admin for a person with a second factor: until the
 * code is entered, only the code page and signing out answer; a person the rule requires to set one up gets the
 * set-up pages only (after changing a one-time password, which comes first). HTTP Basic cannot carry a second
 * factor, so it is refused for such people (docs/adr/0002-two-factor-and-api-clients.md).
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/code";
    static final String ENROLMENT_PAGE = "/two-factor";
    /** Where to go once the second factor is done: the page first asked for. */
    static final String RETURN_TO = SecondFactorFilter.class.getName() + ".returnTo";
    private static final Set<String> ALWAYS = Set.of("/logout", "/error");
    private static final Set<String> ENROLMENT = Set.of(ENROLMENT_PAGE, "/two-factor/enrolment",
            "/two-factor/enrolment/confirm", "/api/me");
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean code = SecondFactorMarks.holds(authentication, SecondFactorMarks.CODE_REQUIRED);
        boolean enrolment = SecondFactorMarks.holds(authentication, SecondFactorMarks.ENROLMENT_REQUIRED);
        if (!code && !enrolment) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            problem(response, "Two-factor sign-in applies to " + authentication.getName() + ", and HTTP Basic cannot "
                    + "carry a second factor: sign in at /login instead");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ALWAYS.contains(path) || STATIC.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (code) {
            if (CODE_PAGE.equals(path)) {
                chain.doFilter(request, response);
            } else {
                refuse(request, response, CODE_PAGE, "Enter the code from your authenticator app first: " + CODE_PAGE);
            }
            return;
        }
        boolean passwordFirst = authentication.getAuthorities().stream()
                .anyMatch(a -> BackofficeUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
        if (passwordFirst || ENROLMENT.contains(path)) {
            chain.doFilter(request, response);
        } else {
            refuse(request, response, ENROLMENT_PAGE, "Set up two-factor sign-in first: " + ENROLMENT_PAGE);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String page, String detail)
            throws IOException {
        String accept = request.getHeader("Accept");
        if ("GET".equals(request.getMethod()) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            response.sendRedirect(request.getContextPath() + page);
            return;
        }
        problem(response, detail);
    }

    private static void problem(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
