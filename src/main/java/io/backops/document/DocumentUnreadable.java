package io.backops.document;

/**
 * A stored document whose bytes are missing, do not decrypt, or do not match their SHA-256: the store was
 * tampered with or lost data. A server fault, never the client's; the message names the document, not its content.
 */
public class DocumentUnreadable extends RuntimeException {

    public DocumentUnreadable(String message) {
        super(message);
    }
}
