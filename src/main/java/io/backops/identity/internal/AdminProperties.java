package io.backops.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code BACKOPS_ADMIN_USERNAME} and {@code BACKOPS_ADMIN_PASSWORD}: the first IT admin (docs/running.md). */
@ConfigurationProperties("backops.admin")
record AdminProperties(String username, String password) {
}
