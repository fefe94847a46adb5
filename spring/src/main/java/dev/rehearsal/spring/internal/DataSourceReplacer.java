package dev.rehearsal.spring.internal;

import java.util.Arrays;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Replaces the application's {@code DataSource} bean definition (auto-configured or the application's own) with a
 * {@link RehearsalDataSource} under the same name, keeping its {@code @Primary}; registers one named {@code
 * dataSource} when there is none. Runs after the configuration classes were read (lowest precedence), so that
 * auto-configuration's {@code @Bean} methods are there to replace; the original bean is never created. Internal, not
 * API.
 */
final class DataSourceReplacer implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, Ordered {
    private final String wanted;
    private ConfigurableEnvironment environment;

    DataSourceReplacer(String wanted) {
        this.wanted = wanted;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        if (!(registry instanceof ConfigurableListableBeanFactory beanFactory)) {
            throw new IllegalStateException("@AutoConfigureRehearsal needs a listable bean factory, found "
                    + registry.getClass().getName() + ".");
        }
        String[] names = beanFactory.getBeanNamesForType(javax.sql.DataSource.class, true, false);
        String name = choose(names);
        RootBeanDefinition replacement = new RootBeanDefinition(
                RehearsalDataSource.class, () -> new RehearsalDataSource(SpringMigrationSettings.from(environment)));
        if (registry.containsBeanDefinition(name)) {
            BeanDefinition original = registry.getBeanDefinition(name);
            replacement.setPrimary(original.isPrimary());
            registry.removeBeanDefinition(name);
        }
        registry.registerBeanDefinition(name, replacement);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}

    private String choose(String[] names) {
        String[] sorted = names.clone();
        Arrays.sort(sorted);
        if (!wanted.isEmpty()) {
            if (Arrays.asList(names).contains(wanted) || names.length == 0) {
                return wanted;
            }
            throw new IllegalStateException("@AutoConfigureRehearsal(dataSource = \"" + wanted + "\"): expected a"
                    + " DataSource bean of that name, found " + Arrays.toString(sorted) + ".");
        }
        if (names.length == 0) {
            return "dataSource";
        }
        if (names.length > 1) {
            throw new IllegalStateException("@AutoConfigureRehearsal found " + names.length + " DataSource beans "
                    + Arrays.toString(sorted) + " and replaces one: name it, e.g. @AutoConfigureRehearsal(dataSource"
                    + " = \"" + sorted[0] + "\").");
        }
        return names[0];
    }
}
