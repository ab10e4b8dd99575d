#!/usr/bin/env bash
# Case throughput of the engine, in-process against the embedded MongoDB server:
#   a. service path: log CASES cases through CaseIntake, then 3 transitions on each
#      through CaseActions (THREADS worker threads);
#   b. raw driver: the same documents inserted / conditionally replaced with the bare
#      MongoDB driver, same server, same indexes (the yardstick);
#   c. HTTP: HTTP_CASES cases logged and taken through 3 transitions by CLIENTS
#      concurrent clients;
#   d. summary: rates, p50/p99, ratios (service / raw) and the goals.
#
#   bench/case-throughput.sh
#   CASES=2000 HTTP_CASES=2000 CLIENTS=50 bench/case-throughput.sh
#
# Env: CASES (100000), THREADS (4), CLIENTS (200), HTTP_CASES (20000),
# WARMUP (1000 untimed cases per path), BACKEND (memory | file),
# JAVA_OPTS (default -Xmx12g: the in-memory server holds ~30 KB per transitioned
# case, and the default run keeps ~220,000 of them), REBUILD=1 (build first).
# Goals (printed, never asserted): ratio service cases/s / raw inserts/s >= 0.5;
# HTTP p99 <= 50 ms at 200 concurrent clients.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAVA_OPTS=${JAVA_OPTS:--Xmx12g}

source bench/common.sh
machine_report

# The engine comes from this checkout's target/classes, not from ~/.m2 (which
# other checkouts may overwrite while the benchmark runs)
ENGINE_CLASSES=platform/engine/target/classes
MODEL_CLASSES=platform/config-model/target/classes
if [[ ${REBUILD:-0} == 1 || ! -d bench/java/target/classes/org/candour/bench \
    || ! -d $ENGINE_CLASSES/org/candour || ! -d $MODEL_CLASSES/org/candour ]]; then
  bench_build
fi

props=()
[[ -n ${CASES:-} ]] && props+=("-Dcases=$CASES")
[[ -n ${THREADS:-} ]] && props+=("-Dthreads=$THREADS")
[[ -n ${CLIENTS:-} ]] && props+=("-Dclients=$CLIENTS")
[[ -n ${HTTP_CASES:-} ]] && props+=("-DhttpCases=$HTTP_CASES")
[[ -n ${WARMUP:-} ]] && props+=("-Dwarmup=$WARMUP")
[[ -n ${BACKEND:-} ]] && props+=("-Dbackend=$BACKEND")

classpath=$(bench_classpath bench/java/target/classes "$ENGINE_CLASSES" "$MODEL_CLASSES")

# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec env -u CANDOUR_MONGODB_URI java $JAVA_OPTS "${props[@]}" -cp "$classpath" \
  org.candour.bench.CaseThroughputBenchmark
