package io.backops.review.internal;

import io.backops.review.OnboardingProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the applicant's name and masked PAN out of the engine's history ({@code ACT_HI_VARINST},
 * {@code ACT_HI_DETAIL}): the review form in Tasklist shows them, so they are process variables while the review
 * runs, but the history outlives the instance (until the history cleanup) and need not hold who the applicant was.
 * Every other variable is an id, a code or a decision and is kept as usual. The application's own timeline, which
 * the retention policy governs, stays in Backops' tables.
 */
@Component
public class PersonalDataOutOfHistory extends AbstractProcessEnginePlugin {

    /** Variables that name or identify the applicant; the process backing class declares them. */
    static final Set<String> PERSONAL = Set.of(OnboardingProcess.Variables.APPLICANT_NAME,
            OnboardingProcess.Variables.MASKED_PAN);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The default database handler is replaced by the same handler behind the filter; handlers other plugins
        // added stay.
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new WithoutPersonalVariables(new DbHistoryEventHandler()));
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    static final class WithoutPersonalVariables implements HistoryEventHandler {

        private final HistoryEventHandler delegate;

        WithoutPersonalVariables(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity variable
                    && PERSONAL.contains(variable.getVariableName())) {
                return;
            }
            delegate.handleEvent(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
