package io.backops.review.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Marks the engine commands that a person sends straight to the engine, through engine REST or the engine API inside
 * the Camunda webapps (Tasklist, Cockpit), as opposed to those Backops' own code runs on his behalf. Only the former
 * are held to {@link EngineSurfaceGuard}: Backops' code keeps its own rules and may write what a flow needs.
 */
final class EngineSurface extends OncePerRequestFilter {

    private static final String WEBAPP_ENGINE_API = "/camunda/api/engine/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();
    private static final ThreadLocal<RefusedTaskChange> REFUSAL = new ThreadLocal<>();

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    static void refused(RefusedTaskChange refusal) {
        if (active()) {
            REFUSAL.set(refusal);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ACTIVE.set(Boolean.TRUE);
        try {
            boolean webappEngineApi = request.getRequestURI().startsWith(request.getContextPath() + WEBAPP_ENGINE_API);
            if (changesSomething(request) && webappEngineApi) {
                answerRefusals(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            ACTIVE.remove();
            REFUSAL.remove();
        }
    }

    /**
     * The webapps' engine API (Tasklist's form submit) answers every refused task change with a 500: answer it, like
     * engine REST does, with the refusal's own status and message.
     */
    private static void answerRefusals(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        RefusedTaskChange refusal = REFUSAL.get();
        if (refusal != null && buffered.getStatus() >= 500) {
            buffered.resetBuffer();
            buffered.setStatus(refusal.status());
            buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
            buffered.setCharacterEncoding("UTF-8");
            buffered.getWriter().write(JSON.writeValueAsString(
                    Map.of("type", "RefusedTaskChange", "message", refusal.getMessage())));
            buffered.getWriter().flush();
        }
        buffered.copyBodyToResponse();
    }

    private static boolean changesSomething(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !"OPTIONS".equals(request.getMethod());
    }


}
