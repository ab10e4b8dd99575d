# Shared by the bench/*.sh scripts (sourced, from the repository root).

# Prints what the figures were measured on.
machine_report() {
  echo "== machine =="
  echo "date:   $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "host:   $(uname -srm)"
  echo "nproc:  $(nproc)"
  if [[ -r /proc/cpuinfo ]]; then
    echo "cpu:    $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
  fi
  if [[ -r /proc/meminfo ]]; then
    echo "memory: $(awk '/^MemTotal:/ { printf "%.1f GB\n", $2 / 1048576 }' /proc/meminfo)"
  fi
  if [[ -r /proc/loadavg ]]; then
    echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
  fi
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "JAVA_OPTS: $JAVA_OPTS"
  java -version 2>&1 | sed 's/^/java:   /'
  echo
}

# Builds this checkout's modules needed by the bench module (package, never install) and
# writes the bench module's dependency classpath to bench/java/target/cp.txt. Works on a
# fresh clone: Maven fetches what ~/.m2 lacks (no offline-only goals). Extra arguments are
# more modules to build (e.g. platform/server for the shipped packs).
bench_build() {
  local modules=bench/java
  [[ $# -gt 0 ]] && modules+=",$(IFS=,; echo "$*")"
  echo "building (mvn -B -q -DskipTests -pl $modules -am package dependency:build-classpath)..." >&2
  mvn -B -q -DskipTests -pl "$modules" -am package dependency:build-classpath \
    -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime >&2
}

# Prints the benchmark classpath: the given target/classes folders of this checkout,
# then the bench module's dependencies except Candour's own (taken from the folders,
# never from ~/.m2, which other checkouts may overwrite while a benchmark runs).
# The scripts start the JVM directly on this classpath.
bench_classpath() {
  local cp_file=bench/java/target/cp.txt
  if [[ ! -s $cp_file || bench/java/pom.xml -nt $cp_file ]]; then
    bench_build
  fi
  local classpath jar jars
  classpath=$(IFS=:; echo "$*")
  IFS=: read -r -a jars <"$cp_file" || true # no trailing newline
  for jar in "${jars[@]}"; do
    case $jar in
      */org/candour/*|*/target/classes) ;; # from this checkout instead
      *) classpath+=:$jar ;;
    esac
  done
  echo "$classpath"
}
