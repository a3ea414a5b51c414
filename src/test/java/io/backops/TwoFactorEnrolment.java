package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Sets up a person's authenticator as he would, in a session of his own, and keeps what he was shown once. */
final class TwoFactorEnrolment {

    private static final Pattern RECOVERY_CODE = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>");

    record Enrolled(Authenticator app, List<String> recoveryCodes, List<String> pagesAfter) {
    }

    private TwoFactorEnrolment() {
    }

    static Enrolled enrol(int port, String username, String password) {
        var browser = new SessionClient(port);
        browser.signIn(username, password);
        browser.get("/two-factor");
        var started = browser.post("/two-factor/enrolment", Map.of());
        assertThat(started.statusCode()).isEqualTo(200);
        var app = Authenticator.fromPage(started.body());
        var confirmed = browser.post("/two-factor/enrolment/confirm", Map.of("code", app.currentCode()));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        var matcher = RECOVERY_CODE.matcher(confirmed.body());
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        String after = browser.get("/two-factor").body();
        assertThat(after).as("never shown again").doesNotContain(app.secret()).doesNotContain(codes.get(0))
                .contains("Recovery codes left");
        return new Enrolled(app, codes, List.of(after, browser.getJson("/api/me/two-factor").body()));
    }
}
