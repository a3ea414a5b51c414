package io.backops.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.document.S3ProxyServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Against a real S3 server (S3Proxy, started by the test), as MinIO or AWS would be reached: path-style, signed. */
class S3DocumentStoreTests {

    private static final S3ProxyServer S3 = S3ProxyServer.get();

    private final S3DocumentStore store = new S3DocumentStore(S3.client(), "store-tests", true);

    @Test
    void keepsReadsAndDeletesObjects() {
        byte[] sealed = "sealed bytes".getBytes(StandardCharsets.UTF_8);

        store.put("documents/APP-1/doc-1", sealed);

        assertThat(store.get("documents/APP-1/doc-1")).contains(sealed);
        store.delete("documents/APP-1/doc-1");
        assertThat(store.get("documents/APP-1/doc-1")).isEmpty();
    }

    @Test
    void aMissingObjectIsEmptyAndDeletingItIsNoError() {
        assertThat(store.get("documents/APP-1/never-stored")).isEmpty();
        store.delete("documents/APP-1/never-stored");
    }

    @Test
    void aMissingBucketIsCreatedWhenAskedTo() {
        String bucket = "fresh-" + System.nanoTime();
        assertThat(S3.client().listBuckets().buckets()).extracting("name").doesNotContain(bucket);

        new S3DocumentStore(S3.client(), bucket, true).put("k", new byte[] {1});

        assertThat(S3.client().listBuckets().buckets()).extracting("name").contains(bucket);
    }
}
