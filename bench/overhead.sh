#!/usr/bin/env bash
# The per-test overhead part of bench/cache.sh alone (from the repository root): bench/overhead.sh [repetitions,
# default 3]. Needs no benchmark dump (the samples' small backup and Prisma migrations); builds the extension's
# classes (no install), then measures 20 tests with empty bodies and 20 with 200 ms bodies on the small migrated
# database, each in a JVM of its own. EXT_CLASSES=dir measures another build of the extension's classes (e.g. the
# code before a change, compiled elsewhere) with the same benchmark. Never run by the tests.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE/.."
mvn -q -B -pl extension compile -Dspotless.check.skip=true
mvn -q -B -Pbench -pl bench compile dependency:build-classpath -Dmdep.outputFile="$HERE/target/classpath.txt"
java -cp "$HERE/target/classes:${EXT_CLASSES:-$HERE/../extension/target/classes}:$(cat "$HERE/target/classpath.txt")" \
    dev.rehearsal.bench.cache.OverheadBenchmark "$HERE/../samples/src/test/resources" "${1:-3}"
