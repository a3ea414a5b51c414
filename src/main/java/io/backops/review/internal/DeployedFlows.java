package io.backops.review.internal;

import io.backops.distribution.FlowCatalog;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** The flows the engine has deployed, for whoever must not assign one that does not exist. */
@Component
class DeployedFlows implements FlowCatalog {

    private final RepositoryService repository;

    DeployedFlows(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public boolean exists(String flowKey, Integer version) {
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(flowKey);
        if (version != null) {
            query.processDefinitionVersion(version);
        }
        return query.count() > 0;
    }
}
