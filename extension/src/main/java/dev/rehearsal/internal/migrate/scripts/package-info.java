/**
 * What the natively reproduced SQL-file migration tools (golang-migrate, dbmate, goose, sqlx) share: running a
 * migration text the way their Go and Rust drivers send it (one simple-protocol query, which PostgreSQL runs as one
 * implicit transaction), transaction control, failure reports, advisory locks and the bookkeeping common to their
 * {@link dev.rehearsal.spi.ToolMigrations}.
 *
 * <p>Internal, not API.
 */
package dev.rehearsal.internal.migrate.scripts;
