package dev.rehearsal.internal.template;

import dev.rehearsal.FixtureInfo;

/** A template database holding one restored fixture. */
public record RestoredTemplate(String database, String key, FixtureInfo fixture) {}
