package io.backops.document.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code application_document} table: each document's metadata, hash, place in the store and wrapped key. */
@Repository
public class DocumentRows {

    private static final String COLUMNS = """
            id, application_id, doc_type as type, file_name, content_type, size_bytes, sha256, storage_key,
            kek_id as key_id, wrapped_key
            """;

    private final JdbcClient jdbc;

    DocumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row row) {
        jdbc.sql("""
                insert into application_document
                  (id, application_id, doc_type, file_name, content_type, size_bytes, sha256, storage_key, kek_id, wrapped_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(row.id(), row.applicationId(), row.type(), row.fileName(), row.contentType(), row.sizeBytes(),
                        row.sha256(), row.storageKey(), row.keyId(), row.wrappedKey())
                .update();
    }

    public List<Row> of(String applicationId) {
        return jdbc.sql("select " + COLUMNS + " from application_document where application_id = ? order by doc_type, file_name")
                .param(applicationId).query(Row.class).list();
    }

    public Optional<Row> find(String applicationId, String id) {
        return jdbc.sql("select " + COLUMNS + " from application_document where application_id = ? and id = ?")
                .params(applicationId, id).query(Row.class).optional();
    }

    /** The bytes of a document the migration has not moved into the store yet. */
    public Optional<byte[]> contentInDatabase(String id) {
        return jdbc.sql("select content from application_document where id = ? and storage_key is null")
                .param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Deletes an application's document rows; answers the store keys they pointed to. */
    public List<String> deleteAll(String applicationId) {
        List<String> keys = jdbc.sql("select storage_key from application_document where application_id = ? and storage_key is not null")
                .param(applicationId).query(String.class).list();
        jdbc.sql("delete from application_document where application_id = ?").param(applicationId).update();
        return keys;
    }

    // The migration of documents kept in the database

    public List<String> stillInDatabase(int limit) {
        return jdbc.sql("select id from application_document where storage_key is null order by id fetch first ? rows only")
                .param(limit).query(String.class).list();
    }

    public long countStillInDatabase() {
        return jdbc.sql("select count(*) from application_document where storage_key is null").query(Long.class).single();
    }

    public long countAll() {
        return jdbc.sql("select count(*) from application_document").query(Long.class).single();
    }

    /** Points a database document at its sealed copy in the store and drops its bytes; false when another node was first. */
    public boolean movedToStore(String id, String sha256, String storageKey, String keyId, String wrappedKey) {
        return jdbc.sql("""
                update application_document set sha256 = ?, storage_key = ?, kek_id = ?, wrapped_key = ?, content = null
                where id = ? and storage_key is null
                """)
                .params(sha256, storageKey, keyId, wrappedKey, id).update() == 1;
    }

    // Rotation of the key-encryption key

    public List<Row> wrappedUnderOtherThan(String keyId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from application_document where kek_id <> ? order by id fetch first ? rows only")
                .params(keyId, limit).query(Row.class).list();
    }

    public long countWrappedUnderOtherThan(String keyId) {
        return jdbc.sql("select count(*) from application_document where kek_id <> ?").param(keyId).query(Long.class).single();
    }

    /** Replaces a wrapped key; false when it changed meanwhile (another node re-wrapped it first). */
    public boolean rewrapped(String id, String oldKeyId, String oldWrappedKey, String keyId, String wrappedKey) {
        return jdbc.sql("update application_document set kek_id = ?, wrapped_key = ? where id = ? and kek_id = ? and wrapped_key = ?")
                .params(keyId, wrappedKey, id, oldKeyId, oldWrappedKey).update() == 1;
    }

    /** Component names match the selected columns' labels, so that {@code query(Row.class)} maps them. */
    public record Row(String id, String applicationId, String type, String fileName, String contentType,
                      int sizeBytes, String sha256, String storageKey, String keyId, String wrappedKey) {
    }
}
