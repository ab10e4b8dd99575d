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

# Prints the benchmark classpath: the given target/classes folders of this checkout,
# then the bench module's dependencies except Candour's own (taken from the folders,
# never from ~/.m2, which other checkouts may overwrite while a benchmark runs).
# exec-maven-plugin cannot be resolved offline here (its parent POM is not in ~/.m2),
# so the scripts start the JVM directly on this classpath.
bench_classpath() {
  local cp_file=bench/java/target/cp.txt
  if [[ ! -s $cp_file || bench/java/pom.xml -nt $cp_file ]]; then
    mvn -B -q -o -pl bench/java dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
  fi
  local classpath jar jars
  classpath=$(IFS=:; echo "$*")
  IFS=: read -r -a jars <"$cp_file" || true # no trailing newline
  for jar in "${jars[@]}"; do
    case $jar in
      */org/candour/*) ;; # from this checkout instead
      *) classpath+=:$jar ;;
    esac
  done
  echo "$classpath"
}
