package io.backops.document.internal;

import io.backops.document.S3ProxyServer;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Prints what sealing and storing costs per document of the largest size (2 MB): seal + put and get + open, on the
 * file-system store and on S3 (S3Proxy in its own process, over loopback HTTP, signed). Asserts nothing; run with
 * {@code ./mvnw test -Dtest=DocumentStoreBenchmark}.
 */
class DocumentStoreBenchmark {

    private static final int SIZE = 2 * 1024 * 1024;
    private static final int WARM_UP = 10;
    private static final int DOCUMENTS = 100;

    @Test
    void sealAndStoreTwoMegabyteDocuments() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        var cipher = new EnvelopeCipher(new KeyRing("bench", Map.of("bench", Base64.getEncoder().encodeToString(key))));
        byte[] content = new byte[SIZE];
        new SecureRandom().nextBytes(content);

        measure("seal only (AES-256-GCM, no store)", cipher, content, null);
        measure("file system", cipher, content, new FileSystemDocumentStore(Files.createTempDirectory("bench-docs")));
        measure("S3 (S3Proxy, loopback)", cipher, content,
                new S3DocumentStore(S3ProxyServer.get().client(), "bench", true));
    }

    private static void measure(String name, EnvelopeCipher cipher, byte[] content, DocumentStore store) {
        List<Long> writes = new ArrayList<>();
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < WARM_UP + DOCUMENTS; i++) {
            String id = UUID.randomUUID().toString();
            long start = System.nanoTime();
            var sealed = cipher.seal(id, content);
            String hash = Sha256.hex(content);
            if (store != null) {
                store.put("documents/bench/" + id, sealed.content());
            }
            long written = System.nanoTime();
            byte[] back = store == null ? sealed.content() : store.get("documents/bench/" + id).orElseThrow();
            byte[] opened = cipher.open(id, back, sealed.wrappedKey(), sealed.keyId());
            if (!Sha256.matches(hash, opened)) {
                throw new AssertionError("round trip changed the content");
            }
            long read = System.nanoTime();
            if (store != null) {
                // S3Proxy keeps objects in its heap: without this a run of 2 MB objects ends in its 500s.
                store.delete("documents/bench/" + id);
            }
            if (i >= WARM_UP) {
                writes.add(written - start);
                reads.add(read - written);
            }
        }
        System.out.printf("BENCH documents %-34s 2 MB x %d: write (seal+hash+put) p50 %.1f ms p95 %.1f ms, "
                        + "read (get+open+hash) p50 %.1f ms p95 %.1f ms%n", name, DOCUMENTS,
                percentile(writes, 50), percentile(writes, 95), percentile(reads, 50), percentile(reads, 95));
    }

    private static double percentile(List<Long> nanos, int percent) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
