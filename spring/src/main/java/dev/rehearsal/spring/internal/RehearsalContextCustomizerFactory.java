package dev.rehearsal.spring.internal;

import dev.rehearsal.spring.AutoConfigureRehearsal;
import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives a test class with {@link AutoConfigureRehearsal} (on it, a superclass or an enclosing class) the {@link
 * RehearsalContextCustomizer}. Registered through {@code META-INF/spring.factories}. Internal, not API.
 */
public final class RehearsalContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureRehearsal annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureRehearsal.class);
        return annotation == null ? null : new RehearsalContextCustomizer(annotation.dataSource());
    }
}
