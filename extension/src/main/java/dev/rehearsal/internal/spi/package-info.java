/**
 * The seams between Rehearsal's core and its migration tools and server providers. Internal, not API: the tools and
 * providers are a fixed list chosen by {@code @MigratesTo(tool = …)} and {@code rehearsal.provider}; nothing outside
 * Rehearsal implements these interfaces, and they may change in any release.
 */
package dev.rehearsal.internal.spi;
