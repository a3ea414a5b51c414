package io.backops.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A company sign-in that did not end in a Backops session: the refusal page says why. A refusal of
 * {@link CorporateUsers} has its own words (and is audited there); anything else (the person cancelled at the
 * provider, the provider answered an error, a stale or forged answer) gets the provider's error code only.
 */
public final class CorporateSignInRefusal implements AuthenticationFailureHandler {

    static final String PAGE = "/login/refused";
    /** The session attribute the refusal page reads its text from, once. */
    static final String REASON = CorporateSignInRefusal.class.getName() + ".reason";

    private static final Logger log = LoggerFactory.getLogger(CorporateSignInRefusal.class);

    CorporateSignInRefusal() {
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason;
        if (exception instanceof OAuth2AuthenticationException oauth
                && CorporateUsers.REFUSED.equals(oauth.getError().getErrorCode())) {
            reason = oauth.getError().getDescription();
        } else {
            String code = exception instanceof OAuth2AuthenticationException oauth
                    ? plain(oauth.getError().getErrorCode()) : exception.getClass().getSimpleName();
            log.info("A company sign-in did not complete: {}", code);
            reason = "The sign-in with your company account did not complete (" + code + "). Try again, or sign in "
                    + "with your Backops password.";
        }
        request.getSession().setAttribute(REASON, reason);
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    /** An error code may come from the callback's query: only its plain characters reach the log and the page. */
    private static String plain(String code) {
        String plain = String.valueOf(code).replaceAll("[^A-Za-z0-9_.-]", "?");
        return plain.length() > 64 ? plain.substring(0, 64) : plain;
    }

    /** The reason of the last refusal in this session, taken out of it. */
    public static String takeReason(HttpServletRequest request) {
        var session = request.getSession(false);
        Object reason = session == null ? null : session.getAttribute(REASON);
        if (session != null) {
            session.removeAttribute(REASON);
        }
        return reason instanceof String text ? text : null;
    }
}
