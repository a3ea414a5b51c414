#!/usr/bin/env bash
# Start-up time of the packaged app: seconds from `java -jar` to /actuator/health/readiness answering UP
# (readiness comes after the start-up work: first admin, flow deployment, demo data).
# Usage: ./mvnw -q package -DskipTests && bench/startup.sh [runs]   (runs on port 8080, H2 in a temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/backops-*.jar | head -n 1)
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  BACKOPS_DATA_DIR="$data" BACKOPS_DEMO_PASSWORD=Bench-Pass-1 java -jar "$jar" > "$data/run-$run.log" 2>&1 &
  pid=$!
  until curl -sf localhost:8080/actuator/health/readiness 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "Backops exited; see $data/run-$run.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  kind=$([ "$run" = 1 ] && echo "first start (empty database, demo data created)" || echo "restart (data kept)")
  printf 'run %d, %s: ready after %.1f s\n' "$run" "$kind" "$(echo "($end - $start) / 1000000000" | bc -l)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
