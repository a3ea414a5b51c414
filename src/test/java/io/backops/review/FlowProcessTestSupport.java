package io.backops.review;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A plain engine for the process tests of every flow, with the beans the flows call mocked ({@link FlowMocks}); each
 * subclass deploys its own model with {@code @Deployment}. {@link #calls} lists the beans' calls in order.
 */
abstract class FlowProcessTestSupport {

    // One per test class instance: a static one would be shared by every subclass and closed by the first to finish.
    // The engine itself is cached by its configuration, so this costs nothing.
    @RegisterExtension
    ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-tests.camunda.cfg.xml").build();

    protected final List<String> calls = new ArrayList<>();

    @BeforeEach
    void registerBeans() {
        init(engine.getProcessEngine());
        FlowMocks.register(calls);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }
}
