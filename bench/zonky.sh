#!/usr/bin/env bash
# Rehearsal vs zonky's PreparedDbExtension + FlywayPreparer (from the repository root): bench/zonky.sh [repetitions,
# default 3]. 40 tests, each on a freshly migrated database from 100 Flyway migrations, each side in JVMs of its own,
# side by side in one run (see ZonkyBenchmark). Prepares an empty database's dump once (bench/prepare.sh). As root,
# the test JVMs run as nobody (PostgreSQL refuses root), so their classpath is copied to bench/target/lib.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA=${BENCH_DATA:-$HERE/target/data}
BENCH_DATA=$DATA "$HERE/prepare.sh"
cd "$HERE/.."
mvn -q -B -pl extension -am install -DskipTests -Dspotless.check.skip=true
rm -rf "$HERE/target/lib"
mvn -q -B -Pbench -pl bench compile dependency:copy-dependencies -DoutputDirectory="$HERE/target/lib"
chmod -R a+rX "$HERE/target/lib" "$HERE/target/classes" "$DATA"
cp extension/target/rehearsal-junit5-*.jar "$HERE/target/lib/"  # this worktree's build, not whatever ~/.m2 holds
CP="$HERE/target/classes:$(ls "$HERE"/target/lib/*.jar | tr '\n' ':')"
java -cp "$CP" dev.rehearsal.bench.zonky.ZonkyBenchmark "$DATA/empty.sql" "$CP" "${1:-3}"
