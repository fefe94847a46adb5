package dev.rehearsal.internal.migrate.play;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One evolution, from the code (a file) or from the database (a {@code play_evolutions} row), as Play's {@code
 * Evolution(revision, sql_up, sql_down)}.
 *
 * @param revision the revision number ({@code 3} for {@code 3.sql})
 * @param script the {@code !Ups} and {@code !Downs} scripts
 * @param source where the scripts come from, for messages: the file relative to the migrations location's display
 *     ({@code conf/evolutions/default/3.sql}), or {@code play_evolutions} for a row
 */
record Evolution(int revision, EvolutionScript script, String source) {

    Evolution {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(source, "source");
    }

    String id() {
        return Integer.toString(revision);
    }

    String ups() {
        return script.ups();
    }

    String downs() {
        return script.downs();
    }

    /**
     * Play's hash: SHA-1 (lowercase hex) of the UTF-8 bytes of {@code downs.trim() + ups.trim()}. For a row Play
     * recomputes it from {@code apply_script} and {@code revert_script} and never reads the {@code hash} column when
     * it compares.
     */
    String hash() {
        return hash(downs(), ups());
    }

    static String hash(String downs, String ups) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest((downs.trim() + ups.trim()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}
