package io.backops.review.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the flow rules into the engine itself, so that no route around the flows API escapes them: every BPMN parse
 * runs {@link FlowModelRules} ({@link RuledBpmnParse}), every deployment {@link FlowResourceRule} before it is parsed
 * and every new one {@link FlowStructureRule} after, and every
 * expression evaluation {@link GuardedExpressionManager}; and what a person sends the engine directly passes
 * {@link EngineSurfaceGuard}.
 */
@Component
class FlowRulesPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final DelegateBeans beans;

    FlowRulesPlugin(ApplicationContext context, DelegateBeans beans) {
        this.context = context;
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var rules = new FlowModelRules(beans.expressions());
        configuration.setBpmnParseFactory(parser -> new RuledBpmnParse(parser, rules));
        List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        preDeployers.add(new FlowResourceRule());
        configuration.setCustomPreDeployers(preDeployers);
        List<Deployer> postDeployers = configuration.getCustomPostDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostDeployers());
        postDeployers.add(new FlowStructureRule());
        configuration.setCustomPostDeployers(postDeployers);
        configuration.setExpressionManager(new GuardedExpressionManager(context, beans::isDelegate));
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new EngineSurfaceGuard(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
}
