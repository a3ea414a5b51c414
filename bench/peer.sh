#!/usr/bin/env bash
# Issue 16: Backops beside a plain Camunda 7.24 application (bench/peer: Camunda's REST API, its HTTP Basic filter,
# authorizations on, history full) on the same PostgreSQL at 127.0.0.1:5432, driven by the same client code in the
# same run: submissions/s and decisions/s of both, p50/p95/p99, and the two ratios. Fresh databases every run;
# prints lines "BENCH ...". The peer's own log is target/bench-peer.log.
# Usage: bench/peer.sh   (-Dbench.submissions=N, -Dbench.decisions=N per client and turn, -Dbench.rounds=N turns)
set -euo pipefail
cd "$(dirname "$0")/.."
for db in backops_bench backops_bench_peer; do
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $db with (force)" -c "create database $db"
done
./mvnw -B -q -ntp -f bench/peer/pom.xml package -DskipTests
./mvnw -B -q -ntp verify -Pbench -Dbackops.test.includes='**/PeerBenchmark.java' \
  -Dbench.peer.jar="$PWD/bench/peer/target/peer.jar" "$@" 2>&1 | grep -E '^BENCH|ERROR|FAIL' || true
