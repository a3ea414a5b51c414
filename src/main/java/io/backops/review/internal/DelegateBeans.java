package io.backops.review.internal;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Which of the application's beans a flow may call: Backops' own delegates and listeners, by bean name. */
@Component
class DelegateBeans {

    private static final String BACKOPS_PACKAGE = "io.backops.";

    private final ApplicationContext beans;

    DelegateBeans(ApplicationContext beans) {
        this.beans = beans;
    }

    boolean isBean(String name) {
        return beans.containsBean(name);
    }

    boolean isDelegate(String name) {
        if (!beans.containsBean(name)) {
            return false;
        }
        Class<?> type = beans.getType(name);
        if (type == null) {
            return false;
        }
        Class<?> target = AopUtils.isAopProxy(type) || type.getName().contains("$$") ? type.getSuperclass() : type;
        return target.getName().startsWith(BACKOPS_PACKAGE)
                && (JavaDelegate.class.isAssignableFrom(target) || TaskListener.class.isAssignableFrom(target)
                || ExecutionListener.class.isAssignableFrom(target));
    }

    FlowExpressions expressions() {
        return new FlowExpressions(this::isBean, this::isDelegate);
    }
}
