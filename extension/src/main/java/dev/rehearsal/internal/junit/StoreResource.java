package dev.rehearsal.internal.junit;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A value Rehearsal puts into the JUnit Store and needs closed when its scope ends. JUnit 5.13 and later close
 * {@link AutoCloseable} values; JUnit 5.10 to 5.12 (every Spring Boot 3.x) close only {@link
 * ExtensionContext.Store.CloseableResource} and silently leave a plain {@code AutoCloseable} open, so every
 * resource is both. Implementations make {@link #close()} idempotent: a JUnit that honours both closes once anyway,
 * but nothing here relies on it.
 */
@SuppressWarnings("deprecation") // CloseableResource is deprecated since JUnit 5.13, and needed before it
interface StoreResource extends AutoCloseable, ExtensionContext.Store.CloseableResource {

    /** Releases the resource; a second call does nothing. Never throws a checked exception. */
    @Override
    void close();
}
