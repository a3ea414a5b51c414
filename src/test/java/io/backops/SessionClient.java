package io.backops;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser without a browser: real HTTP to one node, its session cookie kept, redirects not followed (tests look
 * at them), and the CSRF token of the last page sent with every form.
 */
public final class SessionClient {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String baseUrl;
    private String cookie;
    private String csrf;

    public SessionClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** The same session, sent to another node (the cluster's load balancer picking the other one). */
    public SessionClient on(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        return this;
    }

    public String cookie() {
        return cookie;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json").GET());
    }

    /** Posts a form with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The sign-in form: the page (for its CSRF token), then username and password. Answers the redirect. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.split(";")[0]);
            String body = response.body();
            if (body != null && body.contains("name=\"_csrf\"")) {
                csrf = IntegrationTestSupport.csrfToken(body);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> URI.create(l).getPath()
                + (URI.create(l).getQuery() == null ? "" : "?" + URI.create(l).getQuery())).orElse("");
    }
}
