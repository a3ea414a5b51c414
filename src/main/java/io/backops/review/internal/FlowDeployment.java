package io.backops.review.internal;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/} and {@code forms/} as one deployment. Camunda's Spring Boot auto-deployment skips
 * {@code .form} files, and a form must sit in the same deployment as the BPMN that references it with
 * {@code formRefBinding="deployment"}. Duplicate filtering redeploys only when a file changed, and then all of
 * them together, so a changed form never pairs with a stale model.
 */
@Component
@Order(10)
class FlowDeployment implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "backops-flows";
    private static final Logger log = LoggerFactory.getLogger(FlowDeployment.class);

    private final RepositoryService repository;

    FlowDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        deploy();
    }

    Deployment deploy() throws IOException {
        var builder = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("backops")
                .enableDuplicateFiltering(false);
        var resolver = new PathMatchingResourcePatternResolver();
        for (String folderAndFiles : new String[] {"bpmn/*.bpmn", "forms/*.form"}) {
            String folder = folderAndFiles.substring(0, folderAndFiles.indexOf('/') + 1);
            for (Resource resource : resolver.getResources("classpath*:" + folderAndFiles)) {
                try (InputStream content = resource.getInputStream()) {
                    builder.addInputStream(folder + resource.getFilename(), content);
                }
            }
        }
        Deployment deployment = builder.deployWithResult();
        log.info("Flows deployment {} holds {}", deployment.getId(), builder.getResourceNames());
        return deployment;
    }
}
