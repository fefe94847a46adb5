package dev.rehearsal.internal.template;

import dev.rehearsal.FixtureInfo;

/**
 * A template database holding one restored fixture.
 *
 * @param database the template database
 * @param key its content key (fixture bytes, server version, restore options)
 * @param slot what identifies the request whatever the content (fixture location and options), for cache logs
 * @param fixture what was restored
 */
public record RestoredTemplate(String database, String key, String slot, FixtureInfo fixture) {}
