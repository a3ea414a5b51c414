package io.backops.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code BACKOPS_ADMIN_USERNAME} and {@code BACKOPS_ADMIN_PASSWORD}: the first IT admin (DESIGN.md §8). */
@ConfigurationProperties("backops.admin")
record AdminProperties(String username, String password) {
}
