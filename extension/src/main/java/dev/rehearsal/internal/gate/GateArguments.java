package dev.rehearsal.internal.gate;

import dev.rehearsal.MigrationTool;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The gate's command line, parsed and validated. Internal, not API.
 *
 * @param password from the environment only ({@code REHEARSAL_GATE_PASSWORD}, else {@code PGPASSWORD})
 */
public record GateArguments(
        String url, String user, String password, String migrations, MigrationTool tool, Optional<String> snapshot) {

    public static final String USAGE = "Usage: PipelineGate --url jdbc:postgresql://host:port/db [--user name]"
            + " [--migrations prisma/migrations] [--tool AUTO|" + String.join("|", tools()) + "]"
            + " [--snapshot schema/app.yml]\n"
            + "  --url and --user default to REHEARSAL_GATE_URL and REHEARSAL_GATE_USER; the password is read from"
            + " REHEARSAL_GATE_PASSWORD (else PGPASSWORD), never from the command line.\n"
            + "  Exit codes: 0 up to date, 1 pending, 2 drifted from the snapshot, 3 blocked (failed, edited, unknown"
            + " or ignored migrations), 4 could not check, 64 wrong arguments.";

    /** @throws IllegalArgumentException naming the argument, what was expected and what was found */
    public static GateArguments parse(String[] args, Function<String, String> env) {
        String url = env.apply("REHEARSAL_GATE_URL");
        String user = env.apply("REHEARSAL_GATE_USER");
        String migrations = "prisma/migrations";
        MigrationTool tool = MigrationTool.AUTO;
        String snapshot = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--password")) {
                throw new IllegalArgumentException("--password is not accepted: a password on the command line shows"
                        + " in the process list. Set REHEARSAL_GATE_PASSWORD (or PGPASSWORD) instead.");
            }
            if (!name.equals("--url")
                    && !name.equals("--user")
                    && !name.equals("--migrations")
                    && !name.equals("--tool")
                    && !name.equals("--snapshot")) {
                throw new IllegalArgumentException("Unknown argument [" + name + "]: expected --url, --user,"
                        + " --migrations, --tool or --snapshot.");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value, found none.");
            }
            String value = args[++i];
            switch (name) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--migrations" -> migrations = value;
                case "--tool" -> tool = tool(value);
                default -> snapshot = value;
            }
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("No database given: expected --url jdbc:postgresql://host:port/db or"
                    + " REHEARSAL_GATE_URL, found neither.");
        }
        String password = env.apply("REHEARSAL_GATE_PASSWORD");
        if (password == null) {
            password = env.apply("PGPASSWORD");
        }
        return new GateArguments(url, user, password, migrations, tool, Optional.ofNullable(snapshot));
    }

    private static MigrationTool tool(String value) {
        try {
            return MigrationTool.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--tool " + value + " is not a tool Rehearsal knows: expected AUTO or one" + " of "
                            + String.join(", ", tools()) + ".",
                    e);
        }
    }

    private static String[] tools() {
        return Arrays.stream(MigrationTool.values())
                .filter(t -> t != MigrationTool.AUTO)
                .map(Enum::name)
                .toArray(String[]::new);
    }
}
