#!/usr/bin/env bash
# Makes the benchmark's input once (≈300 MB database): pgbench scale 20 plus Pagila, in a throw-away PostgreSQL 15,
# dumped by pg_dump 15 as a gzip-compressed plain script (bench.sql.gz) and a custom archive (bench.custom), and the
# same without the pgbench data as an INSERT-style plain script (pg_dump --inserts: bench-inserts.sql.gz), and an
# empty database's plain script (empty.sql, the zonky comparison's starting point).
# Output: $BENCH_DATA (default bench/target/data). Needs the PostgreSQL 15 binaries (PG_BIN).
set -euo pipefail
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${BENCH_DATA:-$HERE/target/data}
PAGILA=$HERE/../samples/fixtures/pagila
PORT=${PG_PORT:-54931}
SCALE=${BENCH_SCALE:-20}
[ -x "$PG_BIN/pg_dump" ] || { echo "PostgreSQL 15 binaries not found in $PG_BIN (set PG_BIN)" >&2; exit 1; }
if [ -s "$OUT/bench.sql.gz" ] && [ -s "$OUT/bench.custom" ] && [ -s "$OUT/bench-inserts.sql.gz" ] \
    && [ -s "$OUT/empty.sql" ] && [ "$(cat "$OUT/scale" 2>/dev/null)" = "$SCALE" ]; then
    echo "Benchmark input already in $OUT"; exit 0
fi
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/rehearsal-bench.XXXXXX)
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
    chown -R 65534:65534 "$WORK"
    RUN_AS=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
stop() {
    "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -w -s -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap stop EXIT
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -w -s -l "$WORK/log" \
    -o "-p $PORT -k $WORK -c listen_addresses= -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start
export PGHOST=$WORK PGPORT=$PORT PGUSER=postgres
"$PG_BIN/createdb" empty
"$PG_BIN/pg_dump" -Fp -d empty > "$OUT/empty.sql.tmp" && mv "$OUT/empty.sql.tmp" "$OUT/empty.sql"
if [ -s "$OUT/bench.sql.gz" ] && [ -s "$OUT/bench.custom" ] && [ -s "$OUT/bench-inserts.sql.gz" ] \
    && [ "$(cat "$OUT/scale" 2>/dev/null)" = "$SCALE" ]; then
    echo "Benchmark input already in $OUT (empty.sql added)"; exit 0
fi
"$PG_BIN/createdb" bench
echo "pgbench -i -s $SCALE …"
"$PG_BIN/pgbench" -i -q -s "$SCALE" bench
echo "Pagila …"
"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d bench -f "$PAGILA/pagila-schema.sql" >/dev/null
gunzip -c "$PAGILA/pagila-data.sql.gz" | "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d bench >/dev/null
"$PG_BIN/psql" -X -q -d bench -At -c "SELECT 'database size: ' || pg_size_pretty(pg_database_size('bench'))"
"$PG_BIN/pg_dump" -Fp -d bench | gzip -6 > "$OUT/bench.sql.gz.tmp" && mv "$OUT/bench.sql.gz.tmp" "$OUT/bench.sql.gz"
"$PG_BIN/pg_dump" -Fc -d bench -f "$WORK/bench.custom" && cp "$WORK/bench.custom" "$OUT/bench.custom"
"$PG_BIN/pg_dump" -Fp --inserts --exclude-table-data='public.pgbench_*' -d bench | gzip -6 > "$OUT/bench-inserts.sql.gz.tmp" \
    && mv "$OUT/bench-inserts.sql.gz.tmp" "$OUT/bench-inserts.sql.gz"
echo "$SCALE" > "$OUT/scale"
ls -l "$OUT"
