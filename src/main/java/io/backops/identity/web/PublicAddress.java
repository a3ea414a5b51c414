package io.backops.identity.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people reach Backops ({@code BACKOPS_PUBLIC_BASE_URL}, e.g. {@code https://kyc.example.in}): the links handed
 * to investors are built on it, never on the {@code Host} of the request that made them, which a caller chooses.
 */
@ConfigurationProperties("backops.public")
record PublicAddress(String baseUrl) {

    String base() {
        String url = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
