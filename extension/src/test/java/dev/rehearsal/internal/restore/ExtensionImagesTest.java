package dev.rehearsal.internal.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The image a missing-extension error suggests for rehearsal.testcontainers.image. */
class ExtensionImagesTest {

    @Test
    void postgis_pgvector_and_timescaledb_name_their_public_images_of_the_servers_major() {
        assertThat(Extensions.imageFor(Set.of("postgis"), 15)).isEqualTo("postgis/postgis:15-3.5");
        assertThat(Extensions.imageFor(Set.of("postgis_topology", "fuzzystrmatch"), 16))
                .isEqualTo("postgis/postgis:16-3.5");
        assertThat(Extensions.imageFor(Set.of("vector"), 17)).isEqualTo("pgvector/pgvector:pg17");
        assertThat(Extensions.imageFor(Set.of("timescaledb"), 16)).isEqualTo("timescale/timescaledb:latest-pg16");
    }

    @Test
    void another_extension_is_named_in_the_image_to_find() {
        assertThat(Extensions.imageFor(Set.of("old_snapshot"), 17))
                .isEqualTo("<an image of PostgreSQL 17 with old_snapshot>");
    }
}
