#!/usr/bin/env bash
# Candour against Flowable, the general-purpose workflow engine a Java team might pick
# instead, on the same case lifecycle, in the same run on the same machine:
#   - Candour: log a case, then 3 transitions (acknowledge, respond, close), through the
#     service path (CaseIntake, CaseActions), embedded memory backend, in process;
#   - Flowable 7.2 embedded: H2 in memory, history level audit, no async executor; start a
#     process instance with the case's data, then find and complete its 3 user tasks.
# Each engine runs in its own JVM, at 1 and at 8 threads, twice, alternating (Candour,
# Flowable, Candour, Flowable), so background load falls on both; the summary gives each
# rate (mean of the two rounds) and the ratio Candour / Flowable per thread count.
#
#   bench/flowable-compare.sh
#   CASES=5000 WARMUP=1000 bench/flowable-compare.sh
#
# Env: CASES (3000 timed lifecycles per thread count), WARMUP (1000 untimed first),
# THREAD_COUNTS (1,8), ROUNDS (2), JAVA_OPTS (-Xmx2g), REBUILD=1 (build first).
# Goal (printed, never asserted): Candour >= 3x Flowable's lifecycle rate.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
CASES=${CASES:-3000}
WARMUP=${WARMUP:-1000}
THREAD_COUNTS=${THREAD_COUNTS:-1,8}
ROUNDS=${ROUNDS:-2}
GOAL=3

source bench/common.sh
machine_report

CLASSES=(bench/java/target/classes platform/engine/target/classes platform/config-model/target/classes)
if [[ ${REBUILD:-0} == 1 || ! -f bench/java/target/classes/org/candour/bench/LifecycleBenchmark.class \
    || ! -d platform/engine/target/classes/org/candour ]]; then
  bench_build
fi
candour_cp=$(bench_classpath "${CLASSES[@]}")

# Flowable is a bench-only dependency, in its own Maven project outside the product's build
FLOWABLE=bench/flowable
if [[ ${REBUILD:-0} == 1 || ! -s $FLOWABLE/target/cp.txt \
    || ! -f $FLOWABLE/target/classes/org/candour/bench/flowable/FlowableLifecycleBenchmark.class ]]; then
  echo "building (mvn -B -q -f $FLOWABLE/pom.xml package dependency:build-classpath)..." >&2
  mvn -B -q -f $FLOWABLE/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
fi
flowable_cp=$FLOWABLE/target/classes:$(cat $FLOWABLE/target/cp.txt)

results=$(mktemp)
trap 'rm -f "$results"' EXIT

for ((round = 1; round <= ROUNDS; round++)); do
  echo "== round $round: Candour =="
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  env -u CANDOUR_MONGODB_URI java $JAVA_OPTS -Dcases="$CASES" -Dwarmup="$WARMUP" -DthreadCounts="$THREAD_COUNTS" \
    -cp "$candour_cp" org.candour.bench.LifecycleBenchmark | grep '^candour ' | tee -a "$results"
  echo "== round $round: Flowable =="
  IFS=, read -r -a counts <<<"$THREAD_COUNTS"
  for threads in "${counts[@]}"; do
    # shellcheck disable=SC2086
    java $JAVA_OPTS -Dcases="$CASES" -Dwarmup="$WARMUP" -Dthreads="$threads" \
      -cp "$flowable_cp" org.candour.bench.flowable.FlowableLifecycleBenchmark | tee -a "$results"
  done
done

echo
echo "== summary (lifecycles per second, mean of $ROUNDS rounds) =="
awk -v goal=$GOAL '
  { split($2, t, "="); split($5, r, "="); sub("/s", "", r[2]);
    sum[$1 "," t[2]] += r[2]; n[$1 "," t[2]]++; threads[t[2]] = 1 }
  END {
    printf "%-8s %12s %12s %8s  %s\n", "threads", "candour", "flowable", "ratio", "goal"
    for (k in threads) {
      c = sum["candour," k] / n["candour," k]; f = sum["flowable," k] / n["flowable," k]
      printf "%-8s %12.1f %12.1f %7.2fx  %s\n", k, c, f, c / f, (c / f >= goal ? "met (>= " goal "x)" : "not met (>= " goal "x)")
    }
  }' "$results" | sort -n
