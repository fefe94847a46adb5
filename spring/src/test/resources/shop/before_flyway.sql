-- A shop's database before it adopted Flyway: a hand-written plain SQL script (not pg_dump output), restored by
-- Rehearsal's script runner. The Spring tests baseline it at version 1 (spring.flyway.baseline-on-migrate) and apply
-- db/migration's V2 and V3 on top.
CREATE TABLE customer (
    id integer PRIMARY KEY,
    name text NOT NULL
);

INSERT INTO customer (id, name) VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Edsger');
