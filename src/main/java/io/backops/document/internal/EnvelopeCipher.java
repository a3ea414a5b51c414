package io.backops.document.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of documents: each document gets its own random AES-256 data key; the content is sealed with
 * it (AES-GCM), and the data key is sealed (wrapped) with the current key-encryption key. The store holds only the
 * sealed content, the database only the wrapped key, so neither alone reveals a document, and rotating the
 * key-encryption key re-wraps 60 bytes per document instead of re-encrypting megabytes.
 *
 * <p>The document id is the associated data of both seals: sealed content or a wrapped key moved to another
 * document does not open.
 */
public final class EnvelopeCipher {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int DATA_KEY_BYTES = 32;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public EnvelopeCipher(KeyRing keys) {
        this.keys = keys;
    }

    /** The content sealed under a fresh data key, and that key wrapped by the current key-encryption key. */
    public Sealed seal(String documentId, byte[] content) {
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        random.nextBytes(dataKey);
        try {
            byte[] sealedContent = encrypt(new SecretKeySpec(dataKey, "AES"), documentId, content);
            String wrapped = Base64.getEncoder().encodeToString(encrypt(keys.current(), documentId, dataKey));
            return new Sealed(sealedContent, wrapped, keys.currentId());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The content, when both seals hold for this document; otherwise a {@link SealBroken}. */
    public byte[] open(String documentId, byte[] sealedContent, String wrappedKey, String keyId) {
        byte[] dataKey = unwrap(documentId, wrappedKey, keyId);
        try {
            return decrypt(new SecretKeySpec(dataKey, "AES"), documentId, sealedContent);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The same data key wrapped by the current key-encryption key (the content is not touched). */
    public String rewrap(String documentId, String wrappedKey, String keyId) {
        byte[] dataKey = unwrap(documentId, wrappedKey, keyId);
        try {
            return Base64.getEncoder().encodeToString(encrypt(keys.current(), documentId, dataKey));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    public String currentKeyId() {
        return keys.currentId();
    }

    private byte[] unwrap(String documentId, String wrappedKey, String keyId) {
        return decrypt(keys.get(keyId), documentId, Base64.getDecoder().decode(wrappedKey));
    }

    private byte[] encrypt(SecretKey key, String documentId, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(documentId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private byte[] decrypt(SecretKey key, String documentId, byte[] sealed) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new SealBroken(documentId);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(documentId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealBroken(documentId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** What the store keeps ({@code content}) and what the database keeps ({@code wrappedKey}, {@code keyId}). */
    public record Sealed(byte[] content, String wrappedKey, String keyId) {
    }

    /** A seal did not hold: the bytes or the wrapped key were changed, swapped or sealed under another key. */
    public static final class SealBroken extends RuntimeException {
        SealBroken(String documentId) {
            super("Document " + documentId + " does not open: its stored bytes or its key were altered");
        }
    }
}
