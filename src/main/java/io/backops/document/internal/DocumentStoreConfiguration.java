package io.backops.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The document store chosen by {@code backops.documents.store}, and the keys that seal what goes into it. */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentStoreConfiguration.class);

    @Bean(destroyMethod = "")
    DocumentStore documentStore(DocumentProperties properties) {
        DocumentStore store = switch (properties.store()) {
            case FILESYSTEM -> new FileSystemDocumentStore(properties.directory());
            case S3 -> new S3DocumentStore(s3Client(properties.s3()), properties.s3().bucket(),
                    properties.s3().createBucket());
        };
        log.info("Documents are kept in the {}", store.describe());
        return store;
    }

    @Bean
    EnvelopeCipher envelopeCipher(DocumentProperties properties) {
        var configured = properties.keyEncryption();
        if (!configured.configured()) {
            return new EnvelopeCipher(demoKeyRing(properties));
        }
        return new EnvelopeCipher(new KeyRing(configured.id(), configured.all()));
    }

    private static S3Client s3Client(DocumentProperties.S3 s3) {
        var builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                // MinIO, Ceph and older S3-compatible stores do not all know the SDK's newer default checksums;
                // GCM's tag and the SHA-256 in the database check the content anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    /**
     * No key configured: only the file-system store may run, with a key generated once beside the documents. That
     * protects nothing against whoever reads the disk, which is why it is for the demo and a warning says so.
     */
    private static KeyRing demoKeyRing(DocumentProperties properties) {
        if (properties.store() != DocumentProperties.Kind.FILESYSTEM) {
            throw new IllegalStateException("An object store needs a key-encryption key: set "
                    + "BACKOPS_DOCUMENTS_KEK_ID and BACKOPS_DOCUMENTS_KEK (base64 of 32 random bytes)");
        }
        Path file = properties.directory().toAbsolutePath().resolveSibling("document-kek.demo");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                restrict(file);
            }
            log.warn("No key-encryption key is configured: documents are sealed with a demo key kept in {}; set "
                    + "BACKOPS_DOCUMENTS_KEK_ID and BACKOPS_DOCUMENTS_KEK outside the demo", file);
            return new KeyRing("demo", Map.of("demo", Files.readString(file).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo key-encryption key in " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's own permissions apply.
        }
    }
}
