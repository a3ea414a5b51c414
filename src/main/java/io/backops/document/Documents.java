package io.backops.document;

import io.backops.document.internal.DocumentRows;
import io.backops.document.internal.DocumentStore;
import io.backops.document.internal.EnvelopeCipher;
import io.backops.document.internal.Sha256;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The document module's entry point: stores an application's documents (sealed, in the configured store; metadata
 * and SHA-256 in the database), reads them back checked, and deletes them.
 *
 * <p>The store is no part of the database transaction, so its writes follow the transaction's outcome: a document
 * written for a transaction that rolls back is removed again, and documents are removed from the store only after
 * the deletion of their rows committed (a failure in between leaves an unreferenced sealed object, never a row
 * without its bytes).
 */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocumentRows rows;
    private final DocumentStore store;
    private final EnvelopeCipher cipher;

    Documents(DocumentRows rows, DocumentStore store, EnvelopeCipher cipher) {
        this.rows = rows;
        this.store = store;
        this.cipher = cipher;
    }

    /** Seals and stores one document of an application; answers its metadata. */
    public StoredDocument store(String applicationId, String type, String fileName, String contentType,
                                byte[] content) {
        String id = UUID.randomUUID().toString();
        String key = storageKey(applicationId, id);
        var sealed = cipher.seal(id, content);
        store.put(key, sealed.content());
        afterRollback(() -> store.delete(key));
        rows.insert(new DocumentRows.Row(id, applicationId, type, fileName, contentType, content.length,
                Sha256.hex(content), key, sealed.keyId(), sealed.wrappedKey()));
        return new StoredDocument(id, type, fileName, contentType, content.length);
    }

    public List<StoredDocument> of(String applicationId) {
        return rows.of(applicationId).stream()
                .map(row -> new StoredDocument(row.id(), row.type(), row.fileName(), row.contentType(), row.sizeBytes()))
                .toList();
    }

    /** A document's file, decrypted and checked against its hash; empty when the application has no such document. */
    public Optional<DocumentFile> read(String applicationId, String documentId) {
        return rows.find(applicationId, documentId).map(row -> new DocumentFile(row.fileName(), row.contentType(),
                content(row)));
    }

    /** Deletes all documents of an application: the rows now, the sealed bytes once that committed. */
    public void deleteAll(String applicationId) {
        List<String> keys = rows.deleteAll(applicationId);
        afterCommit(() -> keys.forEach(store::delete));
    }

    private byte[] content(DocumentRows.Row listed) {
        DocumentRows.Row row = listed;
        if (row.storageKey() == null) {
            // Not moved out of the database yet (DocumentMigration): its bytes are still in the row, unless the
            // migration moved it between the two reads.
            Optional<byte[]> inDatabase = rows.contentInDatabase(row.id());
            if (inDatabase.isPresent()) {
                return inDatabase.get();
            }
            row = rows.find(listed.applicationId(), listed.id()).filter(moved -> moved.storageKey() != null)
                    .orElseThrow(() -> new DocumentUnreadable("Document " + listed.id() + " vanished while read"));
        }
        String id = row.id();
        byte[] sealed = store.get(row.storageKey()).orElseThrow(() ->
                new DocumentUnreadable("Document " + id + " is missing from the " + store.describe()));
        byte[] content;
        try {
            content = cipher.open(row.id(), sealed, row.wrappedKey(), row.keyId());
        } catch (EnvelopeCipher.SealBroken e) {
            throw new DocumentUnreadable(e.getMessage());
        }
        if (row.sha256() == null || !Sha256.matches(row.sha256(), content)) {
            throw new DocumentUnreadable("Document " + row.id() + " does not match its SHA-256");
        }
        return content;
    }

    static String storageKey(String applicationId, String documentId) {
        return "documents/" + applicationId + "/" + documentId;
    }

    private static void afterRollback(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        quietly(action);
                    }
                }
            });
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    quietly(action);
                }
            });
        } else {
            action.run();
        }
    }

    /** A clean-up that fails leaves an unreferenced sealed object behind: unreadable, and worth a warning only. */
    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("Could not remove a document from the store: {}", e.toString());
        }
    }
}
