package io.backops.review.internal;

import java.beans.FeatureDescriptor;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expressions, held at run time to what {@link FlowExpressions} allows at deployment, for whatever
 * evaluates one (a model, a stored Tasklist filter, a query): the only beans an expression sees are Backops'
 * delegates and the settings beans, and no method or property is reached on any object but those settings beans.
 * That closes reflection ({@code ''.getClass()}) and the variables' own methods even where no model was checked.
 */
final class GuardedExpressionManager extends SpringExpressionManager {

    GuardedExpressionManager(ApplicationContext beans, Predicate<String> isDelegate) {
        super(beans, new VisibleBeans(beans, isDelegate));
    }

    @Override
    protected ELResolver createElResolver() {
        var resolver = new CompositeELResolver();
        resolver.add(new MemberGuard(applicationContext));
        resolver.add(super.createElResolver());
        return resolver;
    }

    /** Backops' delegates and settings beans by name, looked up when first used (the engine starts before them). */
    private static final class VisibleBeans extends AbstractMap<Object, Object> {
        private final ApplicationContext beans;
        private final Predicate<String> isDelegate;

        VisibleBeans(ApplicationContext beans, Predicate<String> isDelegate) {
            this.beans = beans;
            this.isDelegate = isDelegate;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && beans.containsBean(name)
                    && (FlowExpressions.SETTINGS_BEANS.contains(name) || isDelegate.test(name));
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? beans.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            // Nothing lists the beans: they are only ever looked up by name.
            return Set.of();
        }
    }

    /** Refuses any member access (property, method, index) on anything but the settings beans. */
    private static final class MemberGuard extends ELResolver {
        private final ApplicationContext beans;

        MemberGuard(ApplicationContext beans) {
            this.beans = beans;
        }

        private void check(Object base, Object member) {
            if (base == null) {
                return;
            }
            for (String name : FlowExpressions.SETTINGS_BEANS) {
                if (beans.containsBean(name) && beans.getBean(name) == base) {
                    return;
                }
            }
            throw new ELException("Expressions may not reach " + member + " on " + base.getClass().getSimpleName()
                    + ": a flow reads process variables and Backops' settings only");
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            check(base, method);
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            check(base, property);
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            check(base, property);
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }
    }
}
