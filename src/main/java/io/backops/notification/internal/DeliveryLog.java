package io.backops.notification.internal;

import io.backops.notification.Delivery;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the outbox as a delivery log; the module's API checks who may see it. */
@Component
public class DeliveryLog {

    private final Outbox outbox;

    DeliveryLog(Outbox outbox) {
        this.outbox = outbox;
    }

    public List<Delivery> of(String applicationId) {
        return outbox.of(applicationId);
    }
}
