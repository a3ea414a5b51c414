package io.backops.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code BACKOPS_DEMO_PASSWORD}: one known password for every demo user, for scripted trials and browser tests. */
@ConfigurationProperties("backops.demo")
record DemoProperties(String password) {
}
