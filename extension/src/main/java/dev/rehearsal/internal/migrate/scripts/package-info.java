/**
 * What the natively reproduced SQL-file migration tools (golang-migrate, dbmate, goose, sqlx) share: running a
 * migration text the way their Go and Rust drivers send it (one simple-protocol query, which PostgreSQL runs as one
 * implicit transaction), transaction control, advisory locks and reading migration files. Their history and moves
 * come from {@link dev.rehearsal.internal.migrate.AbstractToolMigrations}, like every tool's.
 *
 * <p>Internal, not API.
 */
package dev.rehearsal.internal.migrate.scripts;
