package io.backops.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every flow in {@code bpmn/} opens in Camunda Modeler as drawn: each node has its shape and each sequence flow its
 * edge (a model without them opens as an empty canvas), and each process keeps its history for a bounded time.
 */
class ShippedFlowsTests {

    @Test
    void everyShippedFlowIsCompletelyDrawnAndBounded() throws IOException {
        Resource[] flows = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
        assertThat(flows).extracting(Resource::getFilename)
                .contains("individual-onboarding.bpmn", "kyc-modification.bpmn");
        for (Resource flow : flows) {
            try (InputStream content = flow.getInputStream()) {
                var model = Bpmn.readModelFromStream(content);
                Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                        .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
                Set<String> routed = model.getModelElementsByType(BpmnEdge.class).stream()
                        .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());

                assertThat(model.getModelElementsByType(FlowNode.class)).as(flow.getFilename() + " shapes")
                        .allSatisfy(node -> assertThat(drawn).contains(node.getId()));
                assertThat(model.getModelElementsByType(SequenceFlow.class)).as(flow.getFilename() + " edges")
                        .allSatisfy(edge -> assertThat(routed).contains(edge.getId()));
                assertThat(model.getModelElementsByType(Process.class)).as(flow.getFilename() + " history")
                        .allSatisfy(process -> assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank());
            }
        }
    }
}
