package io.backops.document.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once a node is up, it moves what is left of the database's documents into the store and re-wraps data keys
 * still under an earlier key-encryption key, in a background thread: requests are served meanwhile (documents not
 * moved yet are read from the database). Both jobs pick up where any earlier run stopped.
 */
@Component
class DocumentMaintenance {

    private static final Logger log = LoggerFactory.getLogger(DocumentMaintenance.class);

    private final DocumentMigration migration;
    private final KeyRotation rotation;
    private final DocumentProperties properties;

    DocumentMaintenance(DocumentMigration migration, KeyRotation rotation, DocumentProperties properties) {
        this.migration = migration;
        this.rotation = rotation;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.maintainOnStart()) {
            return;
        }
        Thread worker = new Thread(this::run, "document-maintenance");
        worker.setDaemon(true);
        worker.start();
    }

    private void run() {
        try {
            var moved = migration.run(properties.maintenanceBatchSize(), Integer.MAX_VALUE);
            if (moved.moved() > 0 || moved.left() > 0) {
                log.info("Document migration done: {} moved, {} left in the database", moved.moved(), moved.left());
            }
            var rewrapped = rotation.run(properties.maintenanceBatchSize(), Integer.MAX_VALUE);
            if (rewrapped.rewrapped() > 0 || rewrapped.left() > 0) {
                log.info("Key rotation done: {} re-wrapped, {} left", rewrapped.rewrapped(), rewrapped.left());
            }
        } catch (RuntimeException e) {
            log.error("Document maintenance stopped; the next start resumes it", e);
        }
    }
}
