package io.backops;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID provider for the company sign-in tests: Spring Authorization Server, in this JVM, on its own port
 * and in its own small Spring context (no Backops in it), with its own people and a sign-in form of its own. Every
 * Backops of the test run is configured for it (see {@link IntegrationTestSupport}) and reads its discovery document
 * only on the first company sign-in, so it runs only while a test that signs in with it does; that test closes it.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "backops-test";
    /** A test-only secret, which the tests also look for where it must never be (logs, answers, columns). */
    public static final String CLIENT_SECRET = "oidc-client-Secret-5e1f";
    /** Chosen once per run, before Backops starts, so that Backops' configuration can name the issuer. */
    private static final int PORT = freePort();
    /** One key for the whole run: Backops caches the provider's keys across the tests that start it again. */
    private static final RSAKey KEY = rsaKey();

    /** A person at the company: how he signs in there, and the claims his ID token carries (null: none). */
    public record Account(String login, String password, String preferredUsername, String email) {
    }

    private final ConfigurableApplicationContext context;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static String issuer() {
        return "http://127.0.0.1:" + PORT;
    }

    /** Starts the provider with these people, with Backops (on {@code backopsPort}) as its one client. */
    public static TestIdentityProvider start(int backopsPort, List<Account> accounts) {
        var people = accounts.stream().collect(Collectors.toMap(Account::login, Function.identity()));
        var context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .initializers(app -> app.getBeanFactory().registerSingleton("directory", new People(people)))
                // Not Backops' application.yml: nothing of it applies here.
                .run("--spring.config.name=test-identity-provider", "--server.port=" + PORT,
                        "--server.address=127.0.0.1", "--backops.port=" + backopsPort, "--spring.main.banner-mode=off");
        return new TestIdentityProvider(context);
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * A person's browser at the provider, over plain HTTP with its own cookies: follows Backops' authorization
     * request to the provider's sign-in form, signs in there, and answers where the provider sends him back (Backops'
     * redirect URI, with the code and state).
     */
    public static String signIn(String authorizationRequest, String login, String password) {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String next = authorizationRequest;
        for (int step = 0; step < 10; step++) {
            if (!next.startsWith(issuer())) {
                return next;
            }
            var answer = send(browser, HttpRequest.newBuilder(URI.create(next)).header("Accept", "text/html").GET());
            if (answer.statusCode() == 200 && answer.body().contains("name=\"password\"")) {
                String form = Map.of("username", login, "password", password,
                                "_csrf", IntegrationTestSupport.csrfToken(answer.body())).entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
                answer = send(browser, HttpRequest.newBuilder(URI.create(issuer() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
            }
            var sent = answer;
            String location = sent.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                    "The provider answered " + sent.statusCode() + " without sending the browser on: " + sent.body()));
            next = URI.create(next).resolve(location).toString();
        }
        throw new AssertionError("The provider kept the browser going round: last at " + next);
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record People(Map<String, Account> byLogin) {
    }

    /**
     * The provider as its documentation sets it up: its endpoints with OpenID Connect, then its sign-in form. Not a
     * {@code @Configuration}: Backops scans this package, and must not find a second security set-up in it.
     */
    @EnableWebSecurity
    // Tomcat, and a servlet for its requests to go to (without one, Tomcat answers 404 before any filter runs).
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            var server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, authorizationServer -> authorizationServer.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // The user-info endpoint takes the access token Backops got.
                    .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService passwords(People people) {
            return new InMemoryUserDetailsManager(people.byLogin().values().stream()
                    .map(account -> User.withUsername(account.login()).password("{noop}" + account.password())
                            .roles("EMPLOYEE").build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository clients(Environment environment) {
            String backops = environment.getRequiredProperty("backops.port");
            var client = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // The tests reach Backops as localhost (the browser) and as 127.0.0.1 (HTTP clients).
                    .redirectUri("http://localhost:" + backops + "/login/oauth2/code/corporate")
                    .redirectUri("http://127.0.0.1:" + backops + "/login/oauth2/code/corporate")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
            return new InMemoryRegisteredClientRepository(client);
        }

        /** The claims a company directory would put in the ID token (and so in the user-info answer). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> directoryClaims(People people) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Account account = people.byLogin().get(context.getPrincipal().getName());
                if (account.preferredUsername() != null) {
                    context.getClaims().claim("preferred_username", account.preferredUsername());
                }
                if (account.email() != null) {
                    context.getClaims().claim("email", account.email()).claim("email_verified", true);
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() {
            return new ImmutableJWKSet<>(new JWKSet(KEY));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().issuer(issuer()).build();
        }
    }
}
