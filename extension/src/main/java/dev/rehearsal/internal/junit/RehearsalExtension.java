package dev.rehearsal.internal.junit;

import org.junit.jupiter.api.extension.Extension;

/** The JUnit glue behind {@code @RestoredFrom} and {@code @MigratesTo} (being written). */
public final class RehearsalExtension implements Extension {}
