#!/usr/bin/env bash
# Server-side render time of the officer workspace's queue page, in-process against the
# embedded MongoDB server:
#   a. a tenant (demo-unitary, on the unitary council pack) is filled with CASES
#      synthetic cases through the case services;
#   b. a manager signs in over loopback (OIDC, the embedded authorization server);
#   c. WARMUP untimed, then REQUESTS timed GETs of the queue page (50 rows), one at a
#      time, each timed inside the server (first servlet filter to the page written)
#      and by the client over loopback;
#   d. yardsticks with the bare MongoDB driver on the same server, and the summary:
#      median, p95 and p99, and the goal.
#
#   bench/queue-render.sh
#   CASES=2000 REQUESTS=200 bench/queue-render.sh
#
# Env: CASES (10000), REQUESTS (1000), WARMUP (300), BACKEND (memory | file),
# QUEUE_PATH (default /t/demo-unitary/work?queue=all-open), JAVA_OPTS (default
# -Xmx2g), REBUILD=1 (build first).
# Goal (printed, never asserted): median <= 30 ms server-side on 2 cores.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAVA_OPTS=${JAVA_OPTS:--Xmx2g}

source bench/common.sh
machine_report

# Everything of Candour comes from this checkout's target/classes (the shipped packs
# from platform/server's), never from ~/.m2
CANDOUR_CLASSES=(bench/java/target/classes platform/web/target/classes platform/engine/target/classes
  platform/config-model/target/classes platform/server/target/classes)
built=1
for dir in "${CANDOUR_CLASSES[@]}"; do
  [[ -d $dir/org/candour || -d $dir/candour ]] || built=0
done
if [[ ${REBUILD:-0} == 1 || $built == 0 ]]; then
  bench_build platform/server
fi

props=()
[[ -n ${CASES:-} ]] && props+=("-Dcases=$CASES")
[[ -n ${REQUESTS:-} ]] && props+=("-Drequests=$REQUESTS")
[[ -n ${WARMUP:-} ]] && props+=("-Dwarmup=$WARMUP")
[[ -n ${BACKEND:-} ]] && props+=("-Dbackend=$BACKEND")
[[ -n ${QUEUE_PATH:-} ]] && props+=("-Dpath=$QUEUE_PATH")

classpath=$(bench_classpath "${CANDOUR_CLASSES[@]}")

# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec env -u CANDOUR_MONGODB_URI java $JAVA_OPTS "${props[@]}" -cp "$classpath" \
  org.candour.bench.QueueRenderBenchmark
