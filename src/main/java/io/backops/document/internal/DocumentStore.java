package io.backops.document.internal;

import java.util.Optional;

/**
 * Where the encrypted bytes of documents are kept, by key. Implementations never see plaintext: {@link
 * EnvelopeCipher} seals before {@link #put} and opens after {@link #get}.
 */
public interface DocumentStore {

    void put(String key, byte[] sealed);

    /** The sealed bytes under {@code key}, or empty when nothing is stored there. */
    Optional<byte[]> get(String key);

    /** Removes what is stored under {@code key}; nothing happens when there is none. */
    void delete(String key);

    /** How this store names itself in logs and the health of the migration ("file system /data/documents"). */
    String describe();
}
