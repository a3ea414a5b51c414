package io.backops.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.backops.IntegrationTestSupport;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A failed sign-in tells nothing about the name tried: a locked account and an unknown name read the same on the
 * page, both cost a password hash, and a name that is nobody's is kept in the audit as a digest only (it may be a
 * password typed in the wrong field).
 */
class SignInEnumerationIntegrationTests extends IntegrationTestSupport {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    private DaoAuthenticationProvider provider;

    @Test
    void aLockedAccountAndAnUnknownNameReadTheSame() {
        String name = "tlockenum" + System.nanoTime() % 100000 + NAMES.incrementAndGet();
        users.create(new NewUser(name, "Locked", name + "@test.local", null, null, Role.REVIEWER, MANAGER, null), PASSWORD,
                false);
        for (int i = 0; i < 5; i++) {
            http.withBasicAuth(name, "wrong-" + i).getForEntity("/api/me", String.class);
        }

        String locked = failedSignInPage(name, PASSWORD);
        String unknown = failedSignInPage("nosuchperson" + NAMES.incrementAndGet(), PASSWORD);

        assertThat(locked).contains("Wrong username or password.").doesNotContain("locked");
        assertThat(unknown).contains("Wrong username or password.");
        patch(ADMIN, "/api/users/" + name, java.util.Map.of("status", "INACTIVE"));
    }

    @Test
    void theOwnerOfALockedAccountIsToldByEmail() throws Exception {
        String name = "tlockmail" + System.nanoTime() % 100000 + NAMES.incrementAndGet();
        String address = name + "@test.local";
        users.create(new NewUser(name, "Locked Owner", address, null, null, Role.REVIEWER, MANAGER, null), PASSWORD,
                false);
        for (int i = 0; i < 5; i++) {
            http.withBasicAuth(name, "wrong-" + i).getForEntity("/api/me", String.class);
        }

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> mailsTo(address) > 0);
        var mail = java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> GreenMailUtil.getAddressList(recipients(message)).contains(address))
                .findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Your Backops account is locked");
        assertThat(GreenMailUtil.getBody(mail)).contains("Dear Locked Owner", "5 failed sign-ins", name)
                .doesNotContain("wrong-");
        patch(ADMIN, "/api/users/" + name, java.util.Map.of("status", "INACTIVE"));
    }

    private static long mailsTo(String address) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> GreenMailUtil.getAddressList(recipients(message)).contains(address)).count();
    }

    private static jakarta.mail.Address[] recipients(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLockedAccountsPasswordIsHashedLikeAnyOther() {
        // The configured provider checks the password before the account's state, so a locked account costs the same
        // hash as a wrong password or an unknown name, and answers only after it.
        String name = "tlockhash" + System.nanoTime() % 100000 + NAMES.incrementAndGet();
        users.create(new NewUser(name, "Locked", name + "@test.local", null, null, Role.REVIEWER, MANAGER, null), PASSWORD,
                false);
        for (int i = 0; i < 5; i++) {
            http.withBasicAuth(name, "wrong-" + i).getForEntity("/api/me", String.class);
        }

        // With the right password the lock shows only after the hash matched; with a wrong one it never shows (Spring's
        // default answers "locked" to any password, before hashing).
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(name, PASSWORD))).isInstanceOf(LockedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(name, "not-the-password-1")))
                .isInstanceOf(BadCredentialsException.class);
        patch(ADMIN, "/api/users/" + name, java.util.Map.of("status", "INACTIVE"));
    }

    @Test
    void anUnknownNameIsAuditedAsADigest() {
        String typed = "Typed-In-The-Wrong-Field-" + NAMES.incrementAndGet();
        http.withBasicAuth(typed, "whatever").getForEntity("/api/me", String.class);

        String audit = get(ADMIN, "/api/audit").getBody();
        assertThat(audit).doesNotContain(typed).contains("unknown:");
    }

    private String failedSignInPage(String user, String password) {
        var page = http.getForEntity("/login", String.class);
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", csrfToken(page.getBody()));
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var failed = noRedirects().exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        assertThat(failed.getHeaders().getLocation().toString()).contains("error");
        String session = failed.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        var again = new HttpHeaders();
        again.add(HttpHeaders.COOKIE, session != null ? session.split(";")[0] : cookie);
        return noRedirects().exchange("/login?error", HttpMethod.GET, new HttpEntity<>(again), String.class).getBody();
    }
}
