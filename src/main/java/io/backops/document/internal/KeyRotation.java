package io.backops.document.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the key-encryption key changed: re-wraps every data key still wrapped by an earlier key, a batch per
 * transaction, until none is left; then the earlier key may be removed from the configuration. The documents'
 * sealed bytes stay as they are (their data keys do not change). Resumable and safe on several nodes at once:
 * a row is re-wrapped only if its wrapped key is still the one read.
 */
@Component
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final DocumentRows rows;
    private final EnvelopeCipher cipher;
    private final TransactionTemplate transactions;

    KeyRotation(DocumentRows rows, EnvelopeCipher cipher, TransactionTemplate transactions) {
        this.rows = rows;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    /** Re-wraps up to {@code maxBatches} batches; answers how many this call re-wrapped and how many are left. */
    public Progress run(int batchSize, int maxBatches) {
        String current = cipher.currentKeyId();
        long left = rows.countWrappedUnderOtherThan(current);
        long rewrapped = 0;
        for (int batch = 0; batch < maxBatches && left > 0; batch++) {
            int inBatch = transactions.execute(status -> rewrapBatch(current, batchSize));
            if (inBatch == 0) {
                break;
            }
            rewrapped += inBatch;
            left = rows.countWrappedUnderOtherThan(current);
            log.info("Key rotation: {} data keys re-wrapped under '{}' now, {} still under an earlier key",
                    rewrapped, current, left);
        }
        return new Progress(rewrapped, left);
    }

    private int rewrapBatch(String current, int batchSize) {
        int done = 0;
        for (var row : rows.wrappedUnderOtherThan(current, batchSize)) {
            String wrapped = cipher.rewrap(row.id(), row.wrappedKey(), row.keyId());
            if (rows.rewrapped(row.id(), row.keyId(), row.wrappedKey(), current, wrapped)) {
                done++;
            }
        }
        return done;
    }

    public record Progress(long rewrapped, long left) {
    }
}
