package dev.rehearsal;

/**
 * The migration tool would refuse this command on this database (e.g. Prisma P3005 "the database schema is not
 * empty", P3009 "found failed migrations", P3008, P3011, P3012, P3017). Nothing was changed.
 */
public class MigrationRefusedException extends RehearsalException {
    private static final long serialVersionUID = 1L;

    private final MigrationTool tool;
    private final String errorCode;

    public MigrationRefusedException(MigrationTool tool, String errorCode, String message) {
        super(message);
        this.tool = tool;
        this.errorCode = errorCode;
    }

    public MigrationTool tool() {
        return tool;
    }

    /** The tool's own error code, e.g. {@code "P3009"}. */
    public String errorCode() {
        return errorCode;
    }
}
