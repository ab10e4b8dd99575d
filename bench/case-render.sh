#!/usr/bin/env bash
# Server-side render time of the officer's case screen (issue 7): the unitary council's
# pack deployed as demo-unitary, CASES contacts logged through the case services, one of
# them taken through triage, allocation, acknowledgement and sending to the service, then
# REQUESTS sequential GETs of its case screen by a signed-in officer over loopback (after
# WARMUP untimed ones). Prints median and p95 of the server's time per request (the
# http.server.requests observation: security, controller, Thymeleaf) and of the client's.
#
#   bench/case-render.sh
#   CASES=2000 REQUESTS=300 bench/case-render.sh
#
# Env: CASES (10000), REQUESTS (1000), WARMUP (300), JAVA_OPTS (-Xmx2g), REBUILD=1.
# Goal (printed, never asserted): median <= 30 ms on 2 cores.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAVA_OPTS=${JAVA_OPTS:--Xmx2g}

source bench/common.sh
machine_report

# Everything of Candour comes from this checkout's target/classes (built with package,
# never installed)
CLASSES=(platform/config-model/target/classes platform/engine/target/classes platform/web/target/classes)
if [[ ${REBUILD:-0} == 1 || ! -f bench/java/target/classes/org/candour/bench/CaseRenderBenchmark.class \
    || ! -d platform/web/target/classes/org/candour/web/officer/casework ]]; then
  bench_build
fi
classpath=$(bench_classpath bench/java/target/classes "${CLASSES[@]}")

props=()
[[ -n ${CASES:-} ]] && props+=("-Dcases=$CASES")
[[ -n ${REQUESTS:-} ]] && props+=("-Drequests=$REQUESTS")
[[ -n ${WARMUP:-} ]] && props+=("-Dwarmup=$WARMUP")

# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec env -u CANDOUR_MONGODB_URI java $JAVA_OPTS "${props[@]}" -cp "$classpath" \
  org.candour.bench.CaseRenderBenchmark
