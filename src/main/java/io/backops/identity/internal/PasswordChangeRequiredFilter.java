package io.backops.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a one-time password is changed, the only things its holder may do are: see who they are, change the
 * password, sign out. Everything else answers 403 with a problem detail that says so (docs/api.md); a browser
 * asking for a page is sent to the password page instead.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/password";
    private static final Set<String> ALLOWED = Set.of("/api/me", "/api/me/password", PASSWORD_PAGE, "/logout", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !mustChangePassword(authentication) || ALLOWED.contains(path(request))) {
            chain.doFilter(request, response);
            return;
        }
        if ("GET".equals(request.getMethod()) && accepts(request, MediaType.TEXT_HTML_VALUE)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"type":"about:blank","title":"Forbidden","status":403,\
                "detail":"Change your one-time password first: POST /api/me/password with currentPassword and newPassword"}""");
    }

    private static boolean mustChangePassword(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> BackofficeUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean accepts(HttpServletRequest request, String type) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(type);
    }
}
