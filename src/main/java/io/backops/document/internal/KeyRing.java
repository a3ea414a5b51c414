package io.backops.document.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption keys by id: the current one wraps every new data key; the others are kept only until
 * {@link KeyRotation} has re-wrapped the data keys they wrapped. Key material never leaves this class in a
 * message.
 */
public final class KeyRing {

    private static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> keys;

    public KeyRing(String currentId, Map<String, String> base64Keys) {
        if (currentId == null || currentId.isBlank()) {
            throw new IllegalArgumentException("The key-encryption key has no id (BACKOPS_DOCUMENTS_KEK_ID)");
        }
        Map<String, SecretKey> decoded = new LinkedHashMap<>();
        base64Keys.forEach((id, base64) -> decoded.put(id, decode(id, base64)));
        if (!decoded.containsKey(currentId)) {
            throw new IllegalArgumentException("The current key-encryption key '" + currentId
                    + "' is not among the configured keys " + decoded.keySet());
        }
        this.currentId = currentId;
        this.keys = Map.copyOf(decoded);
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    SecretKey get(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("Key-encryption key '" + id + "' is no longer configured; a document"
                    + " wrapped by it cannot be read (re-wrap before removing a key)");
        }
        return key;
    }

    Set<String> ids() {
        return keys.keySet();
    }

    private static SecretKey decode(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Key-encryption key '" + id + "' is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("Key-encryption key '" + id + "' must be 32 bytes (AES-256), not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
