package io.backops.application;

import java.time.OffsetDateTime;

/** An internal note of the back office on an application; never shown to distributors or investors. */
public record Note(OffsetDateTime at, String author, String text) {
}
