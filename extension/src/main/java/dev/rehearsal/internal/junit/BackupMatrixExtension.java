package dev.rehearsal.internal.junit;

import dev.rehearsal.BackupMatrix;
import dev.rehearsal.RestoredFrom;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The class template behind {@link BackupMatrix}: one invocation of the test class per backup its {@link RestoredFrom}
 * lists, named after the backup, which it records in the invocation's Store for {@link RehearsalSetup} to find.
 *
 * <p>Loaded only through {@code @BackupMatrix}: it implements a JUnit 5.13 interface, so nothing else refers to it and
 * classes without the annotation run on older Jupiter versions too. Holds no state. Internal, not API.
 */
public final class BackupMatrixExtension implements ClassTemplateInvocationContextProvider {

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getRequiredTestClass(), BackupMatrix.class);
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        List<String> backups = backups(testClass);
        return IntStream.range(0, backups.size())
                .mapToObj(i -> new Invocation(new SelectedBackup(backups.get(i), i + 1, backups.size())));
    }

    /** The backups of {@code testClass}'s {@code @RestoredFrom}, validated: at least one, none blank or repeated. */
    static List<String> backups(Class<?> testClass) {
        Optional<RestoredFrom> restoredFrom = AnnotationSupport.findAnnotation(testClass, RestoredFrom.class);
        if (restoredFrom.isEmpty()) {
            throw new ExtensionConfigurationException("@BackupMatrix on [" + testClass.getName() + "] runs the class"
                    + " once per backup of its @RestoredFrom, but found no @RestoredFrom on the class, its"
                    + " superclasses or its annotations. Add e.g. @RestoredFrom({\"backups/v1.sql.gz\","
                    + " \"backups/v2.dump\"}).");
        }
        List<String> backups = Arrays.asList(restoredFrom.get().value());
        Set<String> seen = new LinkedHashSet<>();
        for (String backup : backups) {
            if (backup.isBlank()) {
                throw new ExtensionConfigurationException("@RestoredFrom on [" + testClass.getName() + "] lists a"
                        + " blank backup among " + backups + ": expected a classpath resource or project-relative"
                        + " path such as \"backups/prod.sql.gz\" in every entry.");
            }
            if (!seen.add(backup)) {
                throw new ExtensionConfigurationException("@RestoredFrom on [" + testClass.getName() + "] lists ["
                        + backup + "] twice among " + backups + ": the class would run twice on the same backup."
                        + " Remove the repetition.");
            }
        }
        return backups;
    }

    private record Invocation(SelectedBackup backup) implements ClassTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + invocationIndex + "] " + backup.location();
        }

        @Override
        public void prepareInvocation(ExtensionContext context) {
            context.getStore(StoreSupport.NAMESPACE).put(SelectedBackup.class, backup);
        }
    }
}
