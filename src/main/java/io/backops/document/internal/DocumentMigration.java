package io.backops.document.internal;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves documents that earlier versions kept as {@code bytea} in the database into the document store, sealed, a
 * batch per transaction. Resumable: a document is moved or not, so a run that stops (a restart, a crash) leaves
 * only documents that the next run takes. Nodes may run it at once: each writes its own object, and the one whose
 * row update loses removes its object again.
 */
@Component
public class DocumentMigration {

    private static final Logger log = LoggerFactory.getLogger(DocumentMigration.class);

    private final DocumentRows rows;
    private final DocumentStore store;
    private final EnvelopeCipher cipher;
    private final TransactionTemplate transactions;

    DocumentMigration(DocumentRows rows, DocumentStore store, EnvelopeCipher cipher, TransactionTemplate transactions) {
        this.rows = rows;
        this.store = store;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    /** Moves up to {@code maxBatches} batches; answers how many documents this call moved. */
    public Progress run(int batchSize, int maxBatches) {
        long total = rows.countAll();
        long left = rows.countStillInDatabase();
        long moved = 0;
        for (int batch = 0; batch < maxBatches && left > 0; batch++) {
            int inBatch = transactions.execute(status -> moveBatch(batchSize));
            if (inBatch == 0) {
                break;
            }
            moved += inBatch;
            left = rows.countStillInDatabase();
            log.info("Document migration: {} of {} documents in the {} ({} moved now, {} left in the database)",
                    total - left, total, store.describe(), moved, left);
        }
        return new Progress(moved, left, total);
    }

    private int moveBatch(int batchSize) {
        int moved = 0;
        for (String id : rows.stillInDatabase(batchSize)) {
            byte[] content = rows.contentInDatabase(id).orElse(null);
            if (content == null) {
                continue;
            }
            // The key carries a random part so that two nodes moving the same document never overwrite each
            // other's object: the winner's row points at its own.
            String key = "documents/migrated/" + id + "-" + UUID.randomUUID();
            var sealed = cipher.seal(id, content);
            store.put(key, sealed.content());
            if (rows.movedToStore(id, Sha256.hex(content), key, sealed.keyId(), sealed.wrappedKey())) {
                moved++;
            } else {
                store.delete(key);
            }
        }
        return moved;
    }

    /** {@code moved} by this run; {@code left} in the database; {@code total} documents. */
    public record Progress(long moved, long left, long total) {
    }
}
