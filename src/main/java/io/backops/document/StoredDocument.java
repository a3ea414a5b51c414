package io.backops.document;

/** A document's metadata, as lists and pages show it. */
public record StoredDocument(String id, String type, String fileName, String contentType, int sizeBytes) {
}
