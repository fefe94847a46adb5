package dev.rehearsal.internal.report;

import dev.rehearsal.MigrationProfile;
import dev.rehearsal.MigrationState;
import dev.rehearsal.MigrationStatus;
import dev.rehearsal.internal.spi.ToolMigrations;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A tool's history whose {@code status()} entries carry the profiles measured when the template was migrated. A
 * proxy rather than a hand-written decorator: every other method, including ones the history interfaces gain later,
 * goes to the tool's history unchanged.
 *
 * <p>Internal, not API.
 */
public final class ProfiledHistory {
    private ProfiledHistory() {}

    /** {@code history} with {@code profiles} (by migration id) on its status entries; itself when there are none. */
    public static ToolMigrations of(ToolMigrations history, Map<String, MigrationRecord.Profile> profiles) {
        if (profiles.isEmpty()) {
            return history;
        }
        Map<String, MigrationProfile> converted = new java.util.HashMap<>();
        profiles.forEach((id, profile) -> converted.put(id, toPublic(profile)));
        return (ToolMigrations) Proxy.newProxyInstance(
                ToolMigrations.class.getClassLoader(), new Class<?>[] {ToolMigrations.class}, (proxy, method, args) -> {
                    Object result = invoke(history, method, args);
                    if (method.getName().equals("status") && result instanceof List<?> list) {
                        return list.stream()
                                .map(s -> withProfile((MigrationStatus) s, converted))
                                .toList();
                    }
                    if (method.getName().equals("status") && result instanceof MigrationStatus status) {
                        return withProfile(status, converted);
                    }
                    return result;
                });
    }

    private static Object invoke(ToolMigrations history, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(history, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static MigrationStatus withProfile(MigrationStatus status, Map<String, MigrationProfile> profiles) {
        MigrationProfile profile = profiles.get(status.id());
        return profile == null || status.state() == MigrationState.PENDING ? status : status.withProfile(profile);
    }

    static MigrationProfile toPublic(MigrationRecord.Profile profile) {
        return new MigrationProfile(
                Duration.ofMillis(profile.millis()),
                profile.rewritten(),
                profile.locks().stream()
                        .map(l -> new MigrationProfile.LockHold(l.table(), Duration.ofMillis(l.millis())))
                        .toList(),
                java.util.Optional.ofNullable(profile.rows())
                        .map(rows -> rows.stream()
                                .map(r -> new MigrationProfile.RowChanges(
                                        r.table(), r.inserted(), r.updated(), r.deleted()))
                                .toList()));
    }
}
