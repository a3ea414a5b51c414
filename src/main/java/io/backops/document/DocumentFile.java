package io.backops.document;

/** A document's file: its name, type and plaintext content, checked against its SHA-256. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
