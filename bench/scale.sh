#!/usr/bin/env bash
# Issue 16's figures on PostgreSQL at 127.0.0.1:5432: p50/p95/p99 of every list query and portal page at 100,000,
# 1,000,000 and 10,000,000 applications, each p95's ratio to its 100,000 figure, and EXPLAIN (ANALYZE, BUFFERS) of
# each list query at the largest size (target/scale-explain.txt). Prints lines "BENCH ...".
# Usage: bench/scale.sh [--keep] [-Dbench.sizes=100000,1000000,10000000] [-Dbench.repetitions=100]
#   --keep   reuse the database of the last run (its generated rows; only the missing sizes are generated)
#   BENCH_DB=name  another database than backops_bench_scale
set -euo pipefail
cd "$(dirname "$0")/.."
db="${BENCH_DB:-backops_bench_scale}"
if [[ "${1:-}" == "--keep" ]]; then
  shift
  psql -h 127.0.0.1 -U postgres -d postgres -tAq -c "select 1 from pg_database where datname = '$db'" \
    | grep -q 1 || psql -h 127.0.0.1 -U postgres -d postgres -q -c "create database $db"
else
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $db with (force)" \
    -c "create database $db"
fi
./mvnw -B -q -ntp verify -Pbench -Dbackops.test.includes='**/ScaleBenchmark.java' \
  -Dbackops.test.db.url=jdbc:postgresql://127.0.0.1:5432/$db "$@" 2>&1 \
  | grep --line-buffered -E '^BENCH|ERROR|FAIL|Exception' || true
