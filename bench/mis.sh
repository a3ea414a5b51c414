#!/usr/bin/env bash
# Issue 8's figures on PostgreSQL at 127.0.0.1:5432: the MIS export of 1,000,000 applications as CSV and XLSX with
# the whole application in -Xmx256m (rows/s, peak heap), next to PostgreSQL's own COPY of the same query.
# Usage: bench/mis.sh   (-Dbench.mis.rows=N to change the size). A fresh database every run; prints lines "BENCH ...".
set -euo pipefail
cd "$(dirname "$0")/.."
psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists backops_bench_mis with (force)" \
  -c "create database backops_bench_mis"
./mvnw -B -q -ntp verify -Pbench -DargLine=-Xmx256m \
  -Dbackops.test.includes='**/MisExportBenchmark.java' \
  -Dbackops.test.db.url=jdbc:postgresql://127.0.0.1:5432/backops_bench_mis "$@" 2>&1 | grep -E '^BENCH|ERROR|FAIL' || true
