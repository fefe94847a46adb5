package dev.rehearsal.internal.server;

import dev.rehearsal.ConfigurationKeys;
import dev.rehearsal.RehearsalException;
import dev.rehearsal.internal.config.Processes;
import dev.rehearsal.internal.config.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the embedded server's programs run as. PostgreSQL refuses to run as root, so when the JVM is root they run
 * as an unprivileged {@code uid:gid} (default {@code 65534:65534}, "nobody"; {@value Settings#EMBEDDED_RUN_AS}
 * overrides it) through util-linux {@code setpriv}. Otherwise they run as the JVM's user.
 */
record RunAs(boolean switchUser, int uid, int gid, String setpriv) {

    static final String DEFAULT = "65534:65534";

    static RunAs detect(Settings settings) {
        if (!Processes.isRoot()) {
            return new RunAs(false, -1, -1, null);
        }
        String value = settings.get(ConfigurationKeys.EMBEDDED_RUN_AS).orElse(DEFAULT);
        String[] parts = value.split(":", -1);
        int uid;
        int gid;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            uid = Integer.parseInt(parts[0].strip());
            gid = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid value [" + value + "] for configuration key ["
                    + ConfigurationKeys.EMBEDDED_RUN_AS + "]; expected numeric uid:gid such as " + DEFAULT);
        }
        if (uid == 0) {
            throw new IllegalArgumentException("Invalid value [" + value + "] for configuration key ["
                    + ConfigurationKeys.EMBEDDED_RUN_AS + "]: PostgreSQL refuses to run as root (uid 0); choose an "
                    + "unprivileged uid:gid such as " + DEFAULT);
        }
        String setpriv = findOnPath("setpriv");
        if (setpriv == null) {
            throw new RehearsalException("The JVM runs as root and PostgreSQL refuses to run as root, so the embedded "
                    + "server must run as uid:gid " + value + " through util-linux `setpriv`, which was not found on "
                    + "PATH. Install util-linux, or run the tests as an unprivileged user.");
        }
        return new RunAs(true, uid, gid, setpriv);
    }

    /** The command line that runs {@code command} as this user. */
    List<String> command(List<String> command) {
        if (!switchUser) {
            return command;
        }
        List<String> full = new ArrayList<>();
        full.add(setpriv);
        full.add("--reuid=" + uid);
        full.add("--regid=" + gid);
        full.add("--clear-groups");
        full.add("--");
        full.addAll(command);
        return full;
    }

    /** Makes a file or directory owned by this user (no-op when not switching users). */
    void own(Path path) throws IOException {
        if (switchUser) {
            Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * Fails when the unprivileged user could not reach {@code directory}: every ancestor must be traversable by
     * others (a JVM running as root often has its temporary or home directories closed to other users).
     */
    void checkReachable(Path directory) {
        if (!switchUser) {
            return;
        }
        for (Path path = directory.toAbsolutePath(); path != null; path = path.getParent()) {
            try {
                if (Files.exists(path)
                        && !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new RehearsalException("The embedded PostgreSQL server runs as " + describe()
                            + " and cannot reach " + directory + ": " + path + " is not traversable by other users ("
                            + PosixFilePermissions.toString(Files.getPosixFilePermissions(path)) + "). Set "
                            + ConfigurationKeys.CACHE_DIR
                            + " to a directory under a world-traversable path (e.g. /tmp/rehearsal),"
                            + " or run the tests as an unprivileged user.");
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    String describe() {
        return switchUser ? "uid:gid " + uid + ":" + gid + " (the JVM runs as root)" : "the JVM's user";
    }

    private static String findOnPath(String program) {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        if (path != null) {
            dirs.addAll(0, List.of(path.split(File.pathSeparator)));
        }
        for (String dir : dirs) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
