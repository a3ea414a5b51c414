package io.backops.kra;

/**
 * The KRA could not be reached or answered with a transport error (timeout, 5xx, token trouble): worth retrying,
 * unlike a business rejection.
 */
public class KraUnavailableException extends RuntimeException {
    public KraUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public KraUnavailableException(String message) {
        super(message);
    }
}
