#!/usr/bin/env bash
# Years of traffic in compressed time on PostgreSQL at 127.0.0.1:5432 (fresh database, fresh document store):
# per simulated month, the database and document store sizes with retention erasing what never made an investor
# after 90 days, investors five years after their relationship ended, the engine history after 180 days.
# Prints lines "BENCH ...".
# Usage: bench/retention.sh   (-Dbench.retention.perMonth=N -Dbench.retention.months=N
#        -Dbench.retention.closingPercent=N -Dbench.retention.daysPerStep=N to change the sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists backops_bench_retention with (force)" \
  -c "create database backops_bench_retention"
rm -rf target/documents
./mvnw -B -q -ntp verify -Pbench -Dbackops.test.includes='**/RetentionBenchmark.java' \
  -Dbackops.test.db.url=jdbc:postgresql://127.0.0.1:5432/backops_bench_retention "$@" 2>&1 | grep -E '^BENCH|^\[ERROR\]|FAIL' || true
