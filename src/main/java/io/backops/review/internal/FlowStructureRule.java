package io.backops.review.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Backops' own structure rules ({@link BackopsFlowRules}: the review, the KRA push, the four-eyes steps, the id
 * prefixes) for every new deployment, whatever route it came by (engine REST, Cockpit, the repository service), not
 * only the flows API. It runs after the engine parsed the models, so a model with a refused expression is refused
 * for that first. A node loading an existing definition into its cache is not a new deployment: versions deployed
 * before a rule existed keep running their instances.
 */
final class FlowStructureRule implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml")) {
                continue;
            }
            var model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
            List<Problem> problems = BackopsFlowRules.problems(model).stream()
                    .<Problem>map(problem -> new EngineProblem(problem.message(), problem.elementId()))
                    .toList();
            if (!problems.isEmpty()) {
                throw new ParseException("Backops cannot run " + resource.getName() + ": "
                        + String.join("; ", problems.stream().map(p -> p.getMainElementId() + " " + p.getMessage())
                        .toList()), resource.getName(), problems, List.of());
            }
        }
    }
}
