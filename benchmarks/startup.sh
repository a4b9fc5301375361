#!/usr/bin/env bash
# Where the first load of the bundled data and the CLI spend their time, in fresh JVMs (about two minutes): a
# hello-world JVM, Jackson's start-up alone, the first MultilateralData.bundled() with the JVM's default flags,
# with C1 only, with an application class-data-sharing (AppCDS) archive, and with both plus the Serial GC (the
# launcher's flags); `members NATO` with plain java, with the launcher's flags, and `members NATO`, `report BEL`
# and `--help` through the launcher on JDK 17 and with its ahead-of-time cache on a JDK 25+; then the classes the
# first load and the CLI make the JVM load, by origin (picocli's count as "other"), the phases of the load, and the
# heap that Jackson's start-up and the data each keep. Prints Markdown tables for BENCHMARKS.md.
# Usage: bash benchmarks/startup.sh           (RUNS=20 bash benchmarks/startup.sh for more runs)
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
OUT=benchmarks/target/startup
source benchmarks/build.sh
mkdir -p "$OUT"
JAR=benchmarks/target/multilateral-benchmarks-0.1.0-SNAPSHOT.jar # a jar, not classes/: AppCDS takes only jars
CP="$JAR:benchmarks/target/lib/*"
PROBE=org.multilateral.benchmarks.LoadProbe
median() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%.1f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
now_ns() { date +%s%N; }

# measure NAME FIELD COMMAND...: RUNS fresh processes; the process's wall time, its CPU time (user + system, all
# threads: much less disturbed than wall time by other work on the machine), and the probe's own figure (FIELD).
measure() {
  local name="$1" field="$2"
  shift 2
  : > "$OUT/wall.txt"
  : > "$OUT/cpu.txt"
  : > "$OUT/inner.txt"
  for _ in $(seq "$RUNS"); do
    local t0 line
    t0=$(now_ns)
    if [[ -x /usr/bin/time ]]; then
      line=$(/usr/bin/time -f "%U %S" -o "$OUT/time.txt" "$@" | grep "^$field " || true)
      awk '{ print ($1 + $2) * 1000 }' "$OUT/time.txt" >> "$OUT/cpu.txt"
    else
      line=$("$@" | grep "^$field " || true)
    fi
    echo $(( ($(now_ns) - t0) / 1000 )) | awk '{ print $1 / 1000 }' >> "$OUT/wall.txt"
    if [[ -n "$line" ]]; then echo "$line" | awk '{ print $2 / 1e6 }' >> "$OUT/inner.txt"; fi
  done
  local inner="-" cpu="-"
  if [[ -s "$OUT/inner.txt" ]]; then inner=$(median < "$OUT/inner.txt"); fi
  if [[ -s "$OUT/cpu.txt" ]]; then cpu=$(median < "$OUT/cpu.txt"); fi
  echo "| $name | $(median < "$OUT/wall.txt") | $cpu | $inner |"
}

rm -f "$OUT/load.jsa"
java -XX:ArchiveClassesAtExit="$OUT/load.jsa" -cp "$CP" "$PROBE" load > /dev/null 2>&1
CDS=(-XX:SharedArchiveFile="$OUT/load.jsa" -Xshare:auto)

echo "machine load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $RUNS runs each, medians"
echo
echo "| fresh JVM running | process wall time (ms) | process CPU time (ms) | time inside the JVM (ms) |"
echo "|---|---:|---:|---:|"
measure "hello world" "-" java -cp "$JAR" org.multilateral.benchmarks.Hello
measure "Jackson alone: a JsonMapper binding one small record" JACKSON_NS java -cp "$CP" "$PROBE" jackson
measure "first \`bundled()\`, default flags" LOAD_NS java -cp "$CP" "$PROBE" load
measure "first \`bundled()\`, -XX:TieredStopAtLevel=1" LOAD_NS java -XX:TieredStopAtLevel=1 -cp "$CP" "$PROBE" load
measure "first \`bundled()\`, AppCDS archive" LOAD_NS java "${CDS[@]}" -cp "$CP" "$PROBE" load
measure "first \`bundled()\`, AppCDS + C1 only + Serial GC (the launcher's flags)" LOAD_NS java "${CDS[@]}" \
  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP" "$PROBE" load
MODULES=(-p examples/target/lib:examples/target/multilateral-examples-0.1.0-SNAPSHOT.jar
  -m org.multilateral.examples/org.multilateral.examples.cli.Main)
measure "CLI \`members NATO\`: java -p, default flags" "-" java "${MODULES[@]}" members NATO
if [[ -x ./multilateral ]]; then
  LAUNCHER_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=off)
  if [[ -f examples/target/multilateral.jsa ]]; then
    LAUNCHER_FLAGS=(-XX:SharedArchiveFile=examples/target/multilateral.jsa -Xshare:auto "${LAUNCHER_FLAGS[@]}")
  fi
  measure "CLI \`members NATO\`: java -p with the launcher's flags" "-" java "${LAUNCHER_FLAGS[@]}" \
    "${MODULES[@]}" members NATO
  MULTILATERAL_AOT=off ./multilateral report BEL > /dev/null # makes the JDK 17 archive if there is none
  MULTILATERAL_AOT=on ./multilateral report BEL > /dev/null # makes the AOT cache, where a JDK 25+ is installed
  for command in "members NATO" "report BEL" "--help"; do
    # shellcheck disable=SC2086
    measure "CLI \`./multilateral $command\` (the launcher, JDK 17 and its CDS archive)" "-" \
      env MULTILATERAL_AOT=off ./multilateral $command
    # shellcheck disable=SC2086
    measure "CLI \`./multilateral $command\` (MULTILATERAL_AOT=on: an AOT cache on a JDK 25+ if installed)" "-" \
      env MULTILATERAL_AOT=on ./multilateral $command
  done
fi

echo
java -Xlog:class+load=info:file="$OUT/classes.log" -cp "$CP" "$PROBE" load > /dev/null
java -Xlog:class+load=info:file="$OUT/hello-classes.log" -cp "$JAR" \
  org.multilateral.benchmarks.Hello > /dev/null
java -Xlog:class+load=info:file="$OUT/cli-classes.log" "${MODULES[@]}" members NATO > /dev/null
java -Xlog:class+load=info:file="$OUT/report-classes.log" "${MODULES[@]}" report BEL > /dev/null
echo "| classes loaded by a JVM that runs | total | JDK | Jackson | Guava | multilateral | other |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for log in hello-classes classes cli-classes report-classes; do
  awk -v name="$log" '
    / source: / {
      n++
      if ($0 ~ /source: (jrt:|shared objects file)/) jdk++
      else if ($0 ~ /jackson/) jackson++
      else if ($0 ~ /guava|failureaccess/) guava++
      else if ($0 ~ /multilateral/) ours++
      else other++
    }
    END {
      what = (name == "classes") ? "the first `bundled()`" : (name == "cli-classes") ? "`members NATO` (java -p)" \
        : (name == "report-classes") ? "`report BEL` (java -p)" : "hello world"
      printf "| %s | %d | %d | %d | %d | %d | %d |\n", what, n, jdk, jackson, guava, ours, other
    }' "$OUT/$log.log"
done
echo
java -cp "$CP" "$PROBE" phases
java -XX:+UseSerialGC -cp "$CP" org.multilateral.benchmarks.HeapProbe split
