package io.backops.shared;

/** The thing does not exist, or is outside the caller's scope: both answer 404 (docs/roles-and-scopes.md). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
