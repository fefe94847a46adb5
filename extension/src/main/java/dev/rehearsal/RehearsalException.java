package dev.rehearsal;

/** The base of Rehearsal's own exceptions; unchecked so tests need not declare them. */
public class RehearsalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RehearsalException(String message) {
        super(message);
    }

    public RehearsalException(String message, Throwable cause) {
        super(message, cause);
    }
}
