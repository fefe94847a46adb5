package dev.rehearsal.internal.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the current process that decide how external programs are started. */
public final class Processes {
    private Processes() {}

    /** Whether the JVM runs as root (uid 0) on a Unix-like system. */
    public static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer value && value == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Whether the current OS is Windows. */
    public static boolean isWindows() {
        return System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .contains("win");
    }
}
