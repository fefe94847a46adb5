package dev.rehearsal.internal.spi;

import java.nio.file.Path;

/**
 * A tablespace test copies may be created in ({@code CREATE DATABASE … TABLESPACE name}) and the directory it lives
 * in, whose free space bounds what goes there.
 *
 * @param name the tablespace's name
 * @param location its directory, as the JVM sees it
 */
public record CopiesTablespace(String name, Path location) {}
