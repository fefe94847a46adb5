#!/usr/bin/env bash
# The persistent template cache's benchmark (from the repository root): bench/cache.sh [repetitions, default 3]
# Prepares the ≈300 MB input once (bench/prepare.sh), builds Rehearsal, then measures in JVMs of their own: cold run
# vs warm rerun (JVM start to the test bodies, floor subtracted) for the benchmark fixture plus the samples' Prisma
# migrations, clone vs restore, and the per-test overhead on a small migrated database. Never run by the tests.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA=${BENCH_DATA:-$HERE/target/data}
BENCH_DATA=$DATA "$HERE/prepare.sh"
cd "$HERE/.."
mvn -q -B -pl extension -am install -DskipTests -Dspotless.check.skip=true
mvn -q -B -Pbench -pl bench compile dependency:build-classpath -Dmdep.outputFile="$HERE/target/classpath.txt"
java -cp "$HERE/target/classes:$HERE/../extension/target/classes:$(cat "$HERE/target/classpath.txt")" dev.rehearsal.bench.cache.CacheBenchmark \
    "$DATA/bench.sql.gz" "$HERE/../samples/src/test/resources" "${1:-3}"
