#!/usr/bin/env bash
# Issue 9's fault drills, loopback only: two Backops nodes from the packaged jar on one PostgreSQL database behind
# nginx (installed from Debian's packages when missing), with the standalone KRA simulator; kill -9 of a node in the
# middle of KRA pushes, a KRA outage under load, a PostgreSQL restart under load, bpmnlint (GraalJS) run from the jar,
# then the access matrix through nginx. Prints "DRILL ... PASS|FAIL" lines with the counts.
# Usage: bench/cluster.sh [-Dcluster.applications=300 -Dcluster.outage.seconds=180]   (defaults: 60 and 20, CI's short run)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v nginx >/dev/null 2>&1; then
  (apt-get update -q && apt-get install -y -q nginx-light || apt-get install -y -q nginx) >/dev/null
  service nginx stop >/dev/null 2>&1 || true
fi
# The drill's ports (nginx 18080, nodes 18081-18082, simulator 18090) must be free: say which is taken and stop,
# instead of failing later with an answer from whatever listens there.
for port in $(seq 18080 18090); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "bench/cluster.sh: port $port on 127.0.0.1 is taken (the drill needs 18080-18090):" >&2
    (command -v ss >/dev/null && ss -ltnp "sport = :$port" | tail -n +2) >&2 || true
    echo "Stop that process (an nginx left by an earlier run is the usual one) and run again." >&2
    exit 1
  fi
done
psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists backops_cluster with (force)" \
  -c "create database backops_cluster"
[ -f target/backops-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -ntp -DskipTests package
./mvnw -B -q -ntp test-compile
pg_version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
./mvnw -B -ntp surefire:test -Dbackops.test.includes='**/ClusterDrill.java' -Dspring.profiles.active=none \
  -Dcluster.pg.version="$pg_version" "$@" 2>&1 | tee target/cluster-drill.log | grep -E '^DRILL|Tests run:|FAIL|ERROR' || true
grep -qE "Tests run: 6, Failures: 0, Errors: 0" target/cluster-drill.log
