package io.backops.review.internal;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * What a deployment may hold: BPMN models, Camunda forms and diagram images. Decision tables and case models carry
 * expressions and scripts of their own that Backops does not use; embedded HTML forms and script files run code in
 * Tasklist or in the engine. All are refused, on every route that deploys.
 */
final class FlowResourceRule implements Deployer {

    private static final List<String> ALLOWED = List.of(".bpmn", ".bpmn20.xml", ".form", ".png");

    @Override
    public void deploy(DeploymentEntity deployment) {
        for (String name : deployment.getResources().keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (ALLOWED.stream().noneMatch(lower::endsWith)) {
                String reason = "resource " + name + " is refused: a deployment holds only BPMN models (.bpmn), "
                        + "Camunda forms (.form) and diagrams (.png)";
                throw new ParseException(reason, name, List.of(new EngineProblem(reason, null)), List.of());
            }
        }
    }
}
