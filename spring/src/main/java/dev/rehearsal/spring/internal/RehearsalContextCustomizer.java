package dev.rehearsal.spring.internal;

import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Switches Spring's own migration runs and {@code @AutoConfigureTestDatabase}'s replacement off for the context (a
 * property source that wins over every other), and registers the {@link DataSourceReplacer}. Contexts with the same
 * {@link #dataSourceBean} are the same for Spring's context cache. Internal, not API.
 */
final class RehearsalContextCustomizer implements ContextCustomizer {
    static final String PROPERTY_SOURCE = "rehearsal";

    /** What Rehearsal takes over; {@code NONE} is how Boot spells {@code @AutoConfigureTestDatabase(replace = NONE)}. */
    static final Map<String, Object> PROPERTIES = Map.of(
            "spring.flyway.enabled", "false",
            "spring.liquibase.enabled", "false",
            "spring.test.database.replace", "NONE");

    private final String dataSourceBean;

    RehearsalContextCustomizer(String dataSourceBean) {
        this.dataSourceBean = dataSourceBean;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, PROPERTIES));
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
            throw new IllegalStateException("@AutoConfigureRehearsal needs an application context whose bean factory"
                    + " accepts bean definitions (found "
                    + beanFactory.getClass().getName() + ").");
        }
        RootBeanDefinition replacer = new RootBeanDefinition(DataSourceReplacer.class);
        replacer.getConstructorArgumentValues().addGenericArgumentValue(dataSourceBean);
        replacer.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
        registry.registerBeanDefinition(DataSourceReplacer.class.getName(), replacer);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RehearsalContextCustomizer that && dataSourceBean.equals(that.dataSourceBean);
    }

    @Override
    public int hashCode() {
        return Objects.hash(RehearsalContextCustomizer.class, dataSourceBean);
    }
}
