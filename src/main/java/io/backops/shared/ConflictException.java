package io.backops.shared;

/** The request is valid but the thing's current state forbids it (409), e.g. a second decision. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
