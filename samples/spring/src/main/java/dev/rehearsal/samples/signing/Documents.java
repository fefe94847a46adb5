package dev.rehearsal.samples.signing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Release 3.0's dashboard listing: a user's documents that are neither deleted nor hidden (the {@code "visibility"}
 * column of migration {@code 20240507094500_add_document_visibility}, backfilled by {@code
 * 20241008090000_backfill_document_visibility}).
 */
@Repository
public class Documents {
    private final JdbcClient jdbc;

    public Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the dashboard. */
    public record Listed(int id, String title, String status) {}

    public List<Listed> dashboardOf(int userId) {
        return jdbc.sql("""
                        SELECT id, title, status::text AS status FROM "Document"
                        WHERE "userId" = :userId AND "deletedAt" IS NULL AND "visibility" = 'VISIBLE'
                        ORDER BY id
                        """).param("userId", userId).query(Listed.class).list();
    }
}
