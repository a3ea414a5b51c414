package io.backops.application.internal;

import io.backops.application.ApplicationEvent;
import io.backops.application.InvestorApplication;
import io.backops.shared.NotFoundException;
import io.backops.shared.SideTransactions;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a transition lands: load the aggregate, let it change itself, save it guarded by its version, then
 * record each event it registered in the timeline and publish it, all in the caller's transaction. A transition
 * that fails anywhere leaves nothing behind.
 */
@Component
public class Transitions {

    private final InvestorApplications applications;
    private final ApplicationHistory history;
    private final ApplicationEventPublisher publisher;
    private final SideTransactions side;

    Transitions(InvestorApplications applications, ApplicationHistory history, ApplicationEventPublisher publisher,
                SideTransactions side) {
        this.side = side;
        this.applications = applications;
        this.history = history;
        this.publisher = publisher;
    }

    public void apply(String id, Consumer<InvestorApplication> transition) {
        call(id, application -> {
            transition.accept(application);
            return null;
        });
    }

    /** A transition with an answer (a decision says whether it took effect or waits for a checker). */
    public <T> T call(String id, Function<InvestorApplication, T> transition) {
        InvestorApplication application = applications.load(id)
                .orElseThrow(() -> new NotFoundException("No application " + id));
        T result = transition.apply(application);
        if (application.changed()) {
            applications.save(application);
            publish(application);
        }
        return result;
    }

    /**
     * A transition that must commit before the caller goes on (the KRA push's claim, before any KRA is called), in a
     * side transaction of its own. It may change state but register no event: the timeline is written with the
     * caller's transaction, not beside it.
     */
    public void applyAlone(String id, Consumer<InvestorApplication> transition) {
        side.run(jdbc -> {
            var repository = applications.inTransactionOf(jdbc);
            InvestorApplication application = repository.load(id)
                    .orElseThrow(() -> new NotFoundException("No application " + id));
            transition.accept(application);
            if (!application.events().isEmpty()) {
                throw new IllegalStateException("A side transition registered events: " + application.events());
            }
            if (application.changed()) {
                repository.save(application);
            }
        });
    }

    /** The events of a new application, whose row its intake has just inserted. */
    public void publish(InvestorApplication application) {
        for (ApplicationEvent event : application.events()) {
            history.record(event.applicationId(), event.timelineEntry());
            publisher.publishEvent(event);
        }
        application.clearEvents();
    }
}
