package io.backops.document.internal;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where documents are kept ({@code backops.documents.*}) and the key-encryption keys that wrap their data keys.
 *
 * @param store                {@code FILESYSTEM} (under {@code directory}) or {@code S3}
 * @param keyEncryption        the key that wraps new data keys and every earlier key still needed to unwrap
 *                             older ones
 * @param maintenanceBatchSize documents per transaction when moving database documents into the store or
 *                             re-wrapping data keys under a new key-encryption key
 * @param maintainOnStart      whether a node runs that maintenance in the background after it starts
 */
@ConfigurationProperties("backops.documents")
public record DocumentProperties(@DefaultValue("FILESYSTEM") Kind store,
                                 @DefaultValue("./data/documents") Path directory,
                                 @DefaultValue S3 s3,
                                 @DefaultValue KeyEncryption keyEncryption,
                                 @DefaultValue("50") int maintenanceBatchSize,
                                 @DefaultValue("true") boolean maintainOnStart) {

    public enum Kind { FILESYSTEM, S3 }

    /**
     * @param endpoint     empty for AWS itself; the URL of MinIO, Ceph or another S3-compatible store
     * @param pathStyle    {@code http://host/bucket/key} instead of {@code http://bucket.host/key} (MinIO wants it)
     * @param accessKey    with {@code secretKey}; both empty: the AWS SDK's default chain (environment, profile,
     *                     instance role)
     * @param createBucket create the bucket at start when it is missing (demo and tests; production buckets are
     *                     made with their policies by whoever runs the store)
     */
    public record S3(String endpoint, @DefaultValue("ap-south-1") String region, @DefaultValue("backops-documents") String bucket,
                     @DefaultValue("false") boolean pathStyle, String accessKey, String secretKey,
                     @DefaultValue("false") boolean createBucket) {
    }

    /**
     * @param id       names the current key; stored with every data key it wraps
     * @param key      the current key, base64 of 32 random bytes; empty: a demo key (file-system store only)
     * @param previous earlier keys by id, kept until {@link KeyRotation} has re-wrapped everything they wrapped
     */
    public record KeyEncryption(String id, String key, Map<String, String> previous) {

        public KeyEncryption {
            previous = previous == null ? Map.of() : Map.copyOf(previous);
        }

        boolean configured() {
            return key != null && !key.isBlank();
        }

        /** Every key by id, the current one included. */
        Map<String, String> all() {
            var all = new java.util.LinkedHashMap<>(previous);
            all.put(id, key);
            return all;
        }

        @Override
        public String toString() {
            return "KeyEncryption[id=" + id + ", previous=" + previous.keySet() + "]";
        }
    }
}
