#!/usr/bin/env bash
# The tamper-evident trail's figures on PostgreSQL at 127.0.0.1:5432, on a fresh database: timeline appends/s with
# 8 writers spread over applications and all on one, and verify's speed over the chains. Prints lines "BENCH ...".
# Usage: bench/trail.sh   (-Dbench.trail.applications=N -Dbench.trail.entries=N to change the sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists backops_bench_trail with (force)" \
  -c "create database backops_bench_trail"
./mvnw -B -q -ntp verify -Pbench -Dbackops.test.includes='**/TrailBenchmark.java' \
  -Dbackops.test.db.url=jdbc:postgresql://127.0.0.1:5432/backops_bench_trail "$@" 2>&1 | grep -E '^BENCH|ERROR|FAIL' || true
