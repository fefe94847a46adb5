package dev.rehearsal.internal.junit;

import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The one place that bridges Store method names across JUnit 5.14 and JUnit 6. */
final class StoreSupport {
    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create("dev.rehearsal");

    private StoreSupport() {}

    /**
     * {@code getOrComputeIfAbsent}: the only name JUnit 5.14 has; JUnit 6 deprecates it in favour of {@code
     * computeIfAbsent}, which 5.14 lacks.
     */
    @SuppressWarnings({"deprecation", "removal"})
    static <K, V> V computeIfAbsent(ExtensionContext.Store store, K key, Function<K, V> factory, Class<V> type) {
        return store.getOrComputeIfAbsent(key, factory, type);
    }
}
