#!/usr/bin/env bash
# The restore benchmark, in one command (from the repository root): bench/run.sh [repetitions, default 5]
# Prepares the input once (bench/prepare.sh), builds Rehearsal, then restores the same files into the same embedded
# server with Rehearsal and with the installed psql / pg_restore, side by side, and prints times and ratios.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DATA=${BENCH_DATA:-$HERE/target/data}
BENCH_DATA=$DATA "$HERE/prepare.sh"
cd "$HERE/.."
mvn -q -B -pl extension -am install -DskipTests -Dspotless.check.skip=true
mvn -q -B -Pbench -pl bench compile exec:java \
    -Dexec.args="$DATA/bench.sql.gz $DATA/bench.custom ${1:-5} ${PG_BIN:-/usr/lib/postgresql/15/bin} $DATA/bench-inserts.sql.gz"
