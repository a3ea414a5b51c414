#!/usr/bin/env bash
# Issue 4's figures on PostgreSQL at 127.0.0.1:5432: submissions/s with 8 clients, the bare Camunda start rate of
# the same BPMN, and list latency over 100,000 applications. Fresh databases every run; prints lines "BENCH ...".
# Usage: bench/onboarding.sh   (-Dbench.submissions=N per client, -Dbench.applications=N to change the sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
for db in backops_bench backops_bench_bare; do
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $db with (force)" -c "create database $db"
done
./mvnw -B -q -ntp verify -Pbench -Dbackops.test.includes='**/OnboardingBenchmark.java' "$@" 2>&1 | grep -E '^BENCH|ERROR|FAIL' || true
