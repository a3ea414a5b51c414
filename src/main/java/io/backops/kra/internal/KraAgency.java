package io.backops.kra.internal;

/** One configured KRA: its name, the digit its APP_STATUS codes start with, and the client that talks to it. */
record KraAgency(String name, char digit, KraClient client) {
}
