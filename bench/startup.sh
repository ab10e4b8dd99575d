#!/usr/bin/env bash
# Cold-start benchmark of the default (embedded MongoDB) configuration:
# time from `java -jar` to /actuator/health reporting UP, and the JVM's RSS.
#
#   bench/startup.sh                 # 3 runs
#   RUNS=5 PORT=18080 bench/startup.sh
#
# Env: RUNS (default 3), PORT (default: a free port), JAR (default
# platform/server/target/candour.jar), JAVA (default java), TIMEOUT_S (120),
# SETTLE_S (5), JAVA_OPTS (JVM flags; default: those of the README run command).
# Goal: startup-to-healthy <= 8000 ms and RSS <= 400 MB (medians).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS=${RUNS:-3}
JAR=${JAR:-platform/server/target/candour.jar}
JAVA=${JAVA:-java}
TIMEOUT_S=${TIMEOUT_S:-120}
SETTLE_S=${SETTLE_S:-5}
JAVA_OPTS=${JAVA_OPTS-"-Xmx384m -XX:+UseSerialGC"}
GOAL_MS=8000
GOAL_MB=400

for tool in "$JAVA" curl; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found" >&2; exit 1; }
done

if [[ ! -f $JAR ]]; then
  echo "$JAR missing, building it (mvn -B -q -DskipTests package)..." >&2
  mvn -B -q -DskipTests package
  [[ -f $JAR ]] || { echo "error: build did not produce $JAR" >&2; exit 1; }
fi

free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
  else
    echo 18080
  fi
}

SERVER_PID=""
TMP_DIR=""

stop_server() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    # wait up to ~15 s for a graceful exit, then force it
    for _ in $(seq 150); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

cleanup() {
  stop_server
  if [[ -n $TMP_DIR && -d $TMP_DIR ]]; then rm -rf "$TMP_DIR"; fi
  TMP_DIR=""
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rss_mb() { # VmRSS of a PID in MB (integer)
  awk '/^VmRSS:/ { printf "%d\n", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0
}

median() { # median of integer arguments (mean of the two middle values if even)
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 }
    END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -a times=() rss_healthy=() rss_idle=()

for run in $(seq 1 "$RUNS"); do
  TMP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/candour-bench.XXXXXX")
  port=${PORT:-$(free_port)}
  log="$TMP_DIR/server.log"

  start_ns=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  env -u CANDOUR_MONGODB_URI "$JAVA" $JAVA_OPTS -jar "$JAR" \
    --server.port="$port" \
    --candour.mongodb.embedded.data-dir="$TMP_DIR/data" \
    >"$log" 2>&1 &
  SERVER_PID=$!

  deadline_ns=$((start_ns + TIMEOUT_S * 1000000000))
  healthy=0
  while :; do
    if body=$(curl -fs --max-time 1 "http://127.0.0.1:$port/actuator/health" 2>/dev/null) \
        && [[ $body == *'"status":"UP"'* ]]; then
      healthy=1
      break
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "error: run $run: server exited before becoming healthy; last log lines:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    if (($(date +%s%N) > deadline_ns)); then
      break
    fi
    sleep 0.1
  done
  end_ns=$(date +%s%N)

  if ((!healthy)); then
    echo "error: run $run: not healthy after ${TIMEOUT_S}s; last log lines:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi

  elapsed_ms=$(((end_ns - start_ns) / 1000000))
  rss1=$(rss_mb "$SERVER_PID")
  sleep "$SETTLE_S"
  rss2=$(rss_mb "$SERVER_PID")

  times+=("$elapsed_ms")
  rss_healthy+=("$rss1")
  rss_idle+=("$rss2")
  printf 'run %d: startup-to-healthy %d ms, rss at healthy %d MB, rss after %ss idle %d MB (port %s)\n' \
    "$run" "$elapsed_ms" "$rss1" "$SETTLE_S" "$rss2" "$port"

  cleanup
done

t_med=$(median "${times[@]}")
rss_med=$(median "${rss_idle[@]}")
rss_h_med=$(median "${rss_healthy[@]}")
echo "startup-to-healthy median: $t_med ms (runs: ${times[*]})"
echo "rss median: $rss_med MB (after ${SETTLE_S}s idle; runs: ${rss_idle[*]}; at healthy: $rss_h_med MB)"
echo "goal: <= $GOAL_MS ms and <= $GOAL_MB MB"
if ((t_med <= GOAL_MS && rss_med <= GOAL_MB)); then
  echo "goal met: yes"
else
  echo "goal met: no"
fi
