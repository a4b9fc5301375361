#!/usr/bin/env bash
# A short benchmark run (under 3 minutes on 2 cores). Builds what it needs, then measures:
#   - every query benchmark at 10^6 synthetic spells in the wide shape, and members on a date in the deep shape
#     too: naive stream filter against the query API (JMH, one short fork each);
#   - the first load of the bundled data in fresh JVMs (median of RUNS);
#   - the heap the loaded bundled data keeps (used heap after full GCs, Serial GC; and JOL's size of the graph);
#   - `multilateral members NATO` and `multilateral report BEL` as whole processes beside a hello-world Java process
#     started by the same JDK (median of RUNS each, interleaved): on JDK 17 with the launcher's class-data-sharing
#     archive, and, where a JDK 25 or later is installed, with the launcher's ahead-of-time cache on it.
# Ends with one line per figure: RATIO <benchmark>.<shape> <naive/indexed>, LOAD_MS <ms> (JDK 17, no archive),
# LOAD_ALL_MS and FIRST_QUERY_MS (the same, with every kind of fact read, and with a first query: the bundled
# dataset reads each kind of fact on first use),
# LOAD_MS_CDS (JDK 17, an AppCDS archive and the launcher's flags), LOAD_MS_AOT (JDK 25+, an AOT cache),
# CLI_OVER_HELLO and CLI_OVER_HELLO_AOT (the larger of the two commands' ratios), HEAP_MB <mb>.
# Usage: bash benchmarks/quick.sh            (RUNS=20 bash benchmarks/quick.sh for more runs)
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
OUT=benchmarks/target/quick
started=$(date +%s)

phase() { echo "== [$(( $(date +%s) - started )) s] $*" >&2; }

phase "build"
source benchmarks/build.sh
mkdir -p "$OUT"
JAR=benchmarks/target/multilateral-benchmarks-0.1.0-SNAPSHOT.jar # a jar, not classes/: AppCDS takes only jars
CP="$JAR:benchmarks/target/lib/*"
# The first load runs on the class path an application that depends on multilateral-dataset has: the application,
# then the library's jars, then the rest, as Maven orders dependencies. (With lib/* alone the JVM searched and opened
# the benchmark tools' jars, JMH's and others, before reaching the library's: about 10 ms more, none of it the
# library's.)
LOAD_CP="$JAR:$(printf '%s:' benchmarks/target/lib/multilateral-{dataset,core,query}-*.jar)benchmarks/target/lib/*"

median() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%.1f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
now_ns() { date +%s%N; }

phase "query benchmarks at 10^6 spells (JMH log: $OUT/jmh.log)"
java -cp "$CP" org.multilateral.benchmarks.Bench quick "$OUT/jmh.log" | tee "$OUT/bench.txt"

# The newest JDK 25 or later installed, as the launcher finds it, for the ahead-of-time figures.
aot_java=""
for j in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java; do
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$(dirname "$j")")/release" 2>/dev/null | head -n 1)
  if [[ -x "$j" && "${v:-0}" -ge 25 ]]; then aot_java="$j"; fi
done

load_ms() { # load_ms JAVA FLAGS...: the median first load over RUNS fresh JVMs (MODE=all or query: more than the load)
  local j="$1"; shift
  for _ in $(seq "$RUNS"); do
    "$j" "$@" -cp "$LOAD_CP" org.multilateral.benchmarks.LoadProbe "${MODE:-load}" | awk '/_NS / { print $2 / 1e6 }'
  done | median
}
phase "first load of the bundled data, $RUNS fresh JVMs each: JDK 17 plain, with AppCDS, and JDK 25+ with an AOT cache"
load_ms=$(load_ms java)
# The bundled dataset reads each kind of fact on first use: what the load no longer does, measured too.
load_all_ms=$(MODE=all load_ms java)
first_query_ms=$(MODE=query load_ms java)
rm -f "$OUT/load.jsa"
java -XX:ArchiveClassesAtExit="$OUT/load.jsa" -cp "$LOAD_CP" org.multilateral.benchmarks.LoadProbe load > /dev/null 2>&1
load_cds_ms=$(load_ms java -XX:SharedArchiveFile="$OUT/load.jsa" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
load_aot_ms="- (no JDK 25 or later installed)"
if [[ -n "$aot_java" ]]; then
  rm -f "$OUT/load.aot"
  "$aot_java" -XX:AOTCacheOutput="$OUT/load.aot" -Xlog:disable -Xlog:all=off -cp "$LOAD_CP" \
    org.multilateral.benchmarks.LoadProbe load > /dev/null 2>&1
  load_aot_ms="$(load_ms "$aot_java" -XX:AOTCache="$OUT/load.aot" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC) ($aot_java)"
fi
java -cp "$LOAD_CP" org.multilateral.benchmarks.LoadProbe phases | tee "$OUT/phases.txt"
for log in hello classes; do
  if [[ $log = hello ]]; then main=org.multilateral.benchmarks.Hello; else main="org.multilateral.benchmarks.LoadProbe load"; fi
  # shellcheck disable=SC2086
  echo "CLASSES_$log $(java -Xlog:class+load=info -cp "$LOAD_CP" $main | grep -c 'source:') (JDK 17, classes loaded)"
done

phase "heap kept by the bundled data"
java -XX:+UseSerialGC -Djdk.attach.allowAttachSelf=true -cp "$CP" org.multilateral.benchmarks.HeapProbe \
  2> /dev/null | tee "$OUT/heap.txt"
heap_mb=$(awk '/^HEAP_MB/ { print $2 }' "$OUT/heap.txt")

time_ms() { local t0; t0=$(now_ns); "$@" > /dev/null; echo $(( ($(now_ns) - t0) / 1000 )) | awk '{ print $1 / 1000 }'; }
# whole JDK CLI...: times `hello` and each of the two commands through the launcher, interleaved; prints the ratios
# and sets `worst` to the larger one.
whole() {
  local jdk="$1"; shift
  local hello=("$jdk" -cp "$JAR" org.multilateral.benchmarks.Hello)
  local members=("$@" members NATO) report=("$@" report BEL)
  "${members[@]}" > "$OUT/cli-output.txt"; "${report[@]}" > /dev/null # the first run makes the launcher's cache
  : > "$OUT/hello.txt"; : > "$OUT/members.txt"; : > "$OUT/report.txt"
  for _ in $(seq "$RUNS"); do
    time_ms "${hello[@]}" >> "$OUT/hello.txt"
    time_ms "${members[@]}" >> "$OUT/members.txt"
    time_ms "${report[@]}" >> "$OUT/report.txt"
  done
  local h m r
  h=$(median < "$OUT/hello.txt"); m=$(median < "$OUT/members.txt"); r=$(median < "$OUT/report.txt")
  echo "HELLO_MS $h ($jdk)"
  echo "CLI_MS members NATO $m, report BEL $r ($*)"
  worst=$(awk -v m="$m" -v r="$r" -v h="$h" 'BEGIN { a = m / h; b = r / h; printf "%.1f (members NATO %.1f, report BEL %.1f)", (a > b ? a : b), a, b }')
}
if [[ -x ./multilateral ]]; then
  phase "whole process on JDK 17: members NATO and report BEL through the launcher (its CDS archive) beside hello world"
  whole java env MULTILATERAL_AOT=off ./multilateral
  cli_over_hello="$worst"
  cli_over_hello_aot="- (no JDK 25 or later installed)"
  if [[ -n "$aot_java" ]]; then
    phase "whole process on $aot_java: the launcher with MULTILATERAL_AOT=on (its AOT cache) beside hello world"
    whole "$aot_java" env MULTILATERAL_AOT=on ./multilateral
    cli_over_hello_aot="$worst"
  fi
else
  echo "(no ./multilateral launcher)" >&2
  cli_over_hello="-"; cli_over_hello_aot="-"
fi
phase "done"

echo
grep '^RATIO ' "$OUT/bench.txt"
echo "LOAD_MS $load_ms (JDK 17, no archive; target: under 50)"
echo "LOAD_ALL_MS $load_all_ms (JDK 17, no archive: the load and every kind of fact read)"
echo "FIRST_QUERY_MS $first_query_ms (JDK 17, no archive: the load, the query indexes and NATO's members)"
echo "LOAD_MS_CDS $load_cds_ms (JDK 17, AppCDS archive and the launcher's flags; target: under 20)"
echo "LOAD_MS_AOT $load_aot_ms"
echo "CLI_OVER_HELLO $cli_over_hello (JDK 17; target: at most 3)"
echo "CLI_OVER_HELLO_AOT $cli_over_hello_aot"
echo "HEAP_MB $heap_mb"
