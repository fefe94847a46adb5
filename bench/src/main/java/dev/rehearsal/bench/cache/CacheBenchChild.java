package dev.rehearsal.bench.cache;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** One test run in a JVM of its own: {@code CacheBenchChild <test class>}; prints BODY lines and the failures. */
public final class CacheBenchChild {
    private CacheBenchChild() {}

    public static void main(String[] args) throws Exception {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Class.forName(args[0])))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        summary.getSummary()
                .getFailures()
                .forEach(f -> System.out.println(
                        "FAILURE " + f.getTestIdentifier().getDisplayName() + ": " + f.getException()));
        Bodies.finished();
        System.out.println("RESULT failed=" + summary.getSummary().getTotalFailureCount());
        System.exit(0);
    }
}
