package dev.rehearsal.samples;

/**
 * The migrations of the signing application the samples talk about, by their Prisma ids (folder names under
 * {@code src/test/resources/prisma/migrations}). The story of each is told in {@code samples/fixtures/README.md}.
 */
final class SigningMigrations {

    /** Release 2.0: deletes drafts untouched since June 2023; fails on real data with SQLSTATE 23503. */
    static final String PURGE_ABANDONED_DRAFTS = "20240212113000_purge_abandoned_drafts";

    /** Release 3.0: adds the nullable {@code "Document"."visibility"} the new dashboard query filters on. */
    static final String ADD_DOCUMENT_VISIBILITY = "20240507094500_add_document_visibility";

    /** Release 3.0: adds {@code "Session"."ipAddress"}, which the new login code writes. */
    static final String ADD_SESSION_IP_ADDRESS = "20240826103000_add_session_ip_address";

    /** Release 3.0: sets {@code "visibility"} of the older documents to {@code 'VISIBLE'}. */
    static final String BACKFILL_DOCUMENT_VISIBILITY = "20241008090000_backfill_document_visibility";

    private SigningMigrations() {}
}
