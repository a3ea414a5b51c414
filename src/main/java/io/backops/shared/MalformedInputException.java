package io.backops.shared;

import java.util.Map;

/**
 * The input is not what it claims to be, such as an uploaded model the parser refuses: 400, not 422, with every
 * problem named the same way as a {@link ValidationException}.
 */
public class MalformedInputException extends ValidationException {

    public MalformedInputException(Map<String, String> fieldErrors) {
        super(fieldErrors);
    }
}
