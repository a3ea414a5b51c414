package io.backops.identity.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-factor sign-in: {@code requiredFor} until an admin sets the rule; {@code secretKey} (Base64, 32 bytes) encrypts
 * the authenticator secrets at rest, and must be the same on every node; without it a key is generated once into
 * {@code keyFile}, which serves a single node.
 */
@ConfigurationProperties("backops.identity.two-factor")
record TwoFactorProperties(@DefaultValue("ADMINS_AND_MANAGERS") TwoFactorRule requiredFor,
                           @DefaultValue("") String secretKey,
                           @DefaultValue("./data/two-factor.key") Path keyFile,
                           @DefaultValue("Backops") String issuer) {
}
