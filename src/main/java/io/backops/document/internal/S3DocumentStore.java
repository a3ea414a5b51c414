package io.backops.document.internal;

import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Documents as objects in one bucket of an S3-compatible store (AWS S3, MinIO, Ceph). */
class S3DocumentStore implements DocumentStore {

    private static final String SEALED_TYPE = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;

    S3DocumentStore(S3Client s3, String bucket, boolean createBucket) {
        this.s3 = s3;
        this.bucket = bucket;
        if (createBucket) {
            ensureBucket();
        }
    }

    @Override
    public void put(String key, byte[] sealed) {
        s3.putObject(put -> put.bucket(bucket).key(key).contentType(SEALED_TYPE).contentLength((long) sealed.length),
                RequestBody.fromBytes(sealed));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        // S3 answers a delete of a missing key with success, as this interface wants.
        s3.deleteObject(delete -> delete.bucket(bucket).key(key));
    }

    @Override
    public String describe() {
        return "S3 bucket " + bucket;
    }

    private void ensureBucket() {
        try {
            s3.headBucket(head -> head.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(create -> create.bucket(bucket));
        }
    }
}
