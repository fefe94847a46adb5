package dev.rehearsal.internal.migrate.play;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What Play's {@code DatabaseEvolutions.scripts} decides to run, computed the way Play computes it: with both lists
 * highest revision first, the database's evolutions above the code's highest revision are reverted, the code's above
 * the database's highest are applied, and the rest is paired position by position; from the lowest pair whose
 * hashes differ upwards, every pair is reverted (the database's Downs) and applied again (the code's Ups). Downs run
 * first, highest revision first, then Ups, lowest first.
 *
 * <p>When the code has no evolutions at all, Play does nothing (not even create {@code play_evolutions}).
 *
 * @param downs the database's evolutions to revert, in the order Play reverts them
 * @param ups the code's evolutions to apply, in the order Play applies them
 */
record EvolutionsPlan(List<Down> downs, List<Evolution> ups) {

    /**
     * One evolution Play reverts by running the {@code revert_script} stored in the database.
     *
     * @param recorded the evolution as {@code play_evolutions} has it
     * @param replacement the code's evolution paired with it, empty when the code has no evolution that high
     */
    record Down(Evolution recorded, Optional<Evolution> replacement) {

        /** Why Play reverts it, in words. */
        String reason() {
            if (replacement.isEmpty()) {
                return "the code has no evolution " + recorded.revision() + " any more";
            }
            Evolution code = replacement.get();
            if (code.revision() != recorded.revision()) {
                return "play_evolutions has a gap, so Play pairs it with the code's evolution " + code.revision();
            }
            if (!code.hash().equals(recorded.hash())) {
                return "its scripts changed in " + code.source() + " (hash " + shortHash(recorded.hash()) + " in"
                        + " play_evolutions, " + shortHash(code.hash()) + " in the code)";
            }
            return "unchanged, but an evolution below it changed, so Play reverts and re-applies it too";
        }
    }

    EvolutionsPlan {
        downs = List.copyOf(downs);
        ups = List.copyOf(ups);
    }

    static EvolutionsPlan of(List<Evolution> code, List<Evolution> database) {
        if (code.isEmpty()) {
            return new EvolutionsPlan(List.of(), List.of());
        }
        List<Evolution> application = descending(code);
        List<Evolution> recorded = descending(database);
        int maxCode = application.get(0).revision();
        int maxRecorded =
                recorded.isEmpty() ? Integer.MIN_VALUE : recorded.get(0).revision();
        int d = 0;
        while (d < recorded.size() && recorded.get(d).revision() > maxCode) {
            d++;
        }
        int u = 0;
        while (u < application.size()
                && (recorded.isEmpty() || application.get(u).revision() > maxRecorded)) {
            u++;
        }
        List<Down> downs = new ArrayList<>();
        for (Evolution gone : recorded.subList(0, d)) {
            downs.add(new Down(gone, Optional.empty()));
        }
        List<Evolution> ups = new ArrayList<>(application.subList(0, u));
        List<Evolution> dRest = recorded.subList(d, recorded.size());
        List<Evolution> uRest = application.subList(u, application.size());
        int pairs = Math.min(dRest.size(), uRest.size());
        int kept = pairs;
        while (kept > 0 && dRest.get(kept - 1).hash().equals(uRest.get(kept - 1).hash())) {
            kept--;
        }
        for (int i = 0; i < kept; i++) {
            downs.add(new Down(dRest.get(i), Optional.of(uRest.get(i))));
            ups.add(uRest.get(i));
        }
        Collections.reverse(ups);
        return new EvolutionsPlan(downs, ups);
    }

    boolean isEmpty() {
        return downs.isEmpty() && ups.isEmpty();
    }

    int scriptCount() {
        return downs.size() + ups.size();
    }

    static String shortHash(String hash) {
        return hash.length() > 7 ? hash.substring(0, 7) : hash;
    }

    private static List<Evolution> descending(List<Evolution> evolutions) {
        List<Evolution> sorted = new ArrayList<>(evolutions);
        sorted.sort((a, b) -> Integer.compare(b.revision(), a.revision()));
        return sorted;
    }
}
