#!/usr/bin/env bash
# The report set (issue 14): every shipped report definition run for every tenant for
# one financial year, in-process against the embedded MongoDB server:
#   generation: TENANTS tenants get the four shipped packs in turn (PackDeployment); the
#      first tenant of each pack gets SAMPLE synthetic cases through the case engine
#      (SyntheticCases: intake, workflow actions, clocks, as the demo data); the rest of
#      the CASES cases (split evenly over the tenants) are copies of their pack's sample
#      cases as stored, bulk-inserted (insertMany, 1,000 a batch) through the
#      tenant-scoped `cases` collection inside each tenant's TenantContext (so the
#      scoping stamps tenantId), each with a new id, a new reference and a receipt on a
#      random day of the financial year FROM (1 April) to 31 March; their state,
#      outcome, clocks (met / breached) and history are the sample case's. Not HTTP.
#   a.  every report of every tenant's active configuration through the production path:
#       ReportRuns.start (a Spring Batch job a run: partitions, job repository, stored
#       result), run synchronously (candour.reports.background-runs=false);
#   a3. the aggregation core as the job's partitions run it (ReportRunner.accumulate once
#       a feedback type when a report counts several, merged): a - a3 is Spring Batch,
#       run history and stored result;
#   a2. the aggregation core alone (ReportRunner.run): a3 - a2 is the partitioning;
#   b.  the yardstick: the same figures with the bare MongoDB driver on the same server,
#       one $match + $group per measure condition (filters built by the benchmark's own
#       BareFilters, not the engine's compiler), tenant by tenant;
#   e.  bare, one aggregation a report ($match, then a $facet a condition), by tenant;
#   c.  bare as b, once a pack for all its tenants, grouped by tenant;
#   d.  bare as e, once a pack for all its tenants, grouped by tenant;
#   (a, a3, a2, b, e take turns report by report, then c and d, so that other load on
#   the machine weighs on each alike) then whether every shape's totals agree, the scan
#   floor (an aggregation matching no case: what each pays to scan the collection on the
#   embedded server, which has no non-unique indexes), where the time goes (per pack and
#   report), and the summary: total time, cases/s, ratio a / b, and the goals.
#
#   bench/report-set.sh
#   TENANTS=4 CASES=20000 bench/report-set.sh
#
# Env: TENANTS (100), CASES (1000000), SAMPLE (300 engine-made cases a pack),
# FROM (2025-04-01), BACKEND (memory | file), JAVA_OPTS (default -Xmx20g: the in-memory
# server holds every case as a Java object tree, ~31 KB of heap a stored synthetic case,
# so 20 GB holds ~600,000 cases; the full 1,000,000 needs ~32 GB), REBUILD=1 (build
# first).
# Goals (printed, never asserted): a <= 60 s on 2 cores (memory backend); a / b <= 1.3.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

JAVA_OPTS=${JAVA_OPTS:--Xmx20g}

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
[[ -f bench/java/target/classes/org/candour/bench/ReportSetBenchmark.class ]] || built=0
if [[ ${REBUILD:-0} == 1 || $built == 0 ]]; then
  bench_build platform/server
fi

props=()
[[ -n ${TENANTS:-} ]] && props+=("-Dtenants=$TENANTS")
[[ -n ${CASES:-} ]] && props+=("-Dcases=$CASES")
[[ -n ${SAMPLE:-} ]] && props+=("-Dsample=$SAMPLE")
[[ -n ${FROM:-} ]] && props+=("-Dfrom=$FROM")
[[ -n ${BACKEND:-} ]] && props+=("-Dbackend=$BACKEND")

classpath=$(bench_classpath "${CANDOUR_CLASSES[@]}")

# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec env -u CANDOUR_MONGODB_URI java $JAVA_OPTS "${props[@]}" -cp "$classpath" \
  org.candour.bench.ReportSetBenchmark
