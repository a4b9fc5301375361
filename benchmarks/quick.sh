#!/usr/bin/env bash
# A short benchmark run (under 3 minutes on 2 cores). Builds what it needs, then measures:
#   - every query benchmark at 10^6 synthetic spells in the wide shape, and members on a date in the deep shape
#     too: naive stream filter against the query API (JMH, one short fork each);
#   - the first load of the bundled data in fresh JVMs (median of RUNS);
#   - the heap the loaded bundled data keeps (used heap after full GCs, Serial GC; and JOL's size of the graph);
#   - `multilateral members NATO` as a whole process beside a hello-world Java process (median of RUNS each).
# Ends with one line per figure: RATIO <benchmark>.<shape> <naive/indexed>, LOAD_MS <ms>, HEAP_MB <mb>.
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

median() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%.1f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
now_ns() { date +%s%N; }

phase "query benchmarks at 10^6 spells (JMH log: $OUT/jmh.log)"
java -cp "$CP" org.multilateral.benchmarks.Bench quick "$OUT/jmh.log" | tee "$OUT/bench.txt"

phase "first load of the bundled data, $RUNS fresh JVMs"
for _ in $(seq "$RUNS"); do
  java -cp "$CP" org.multilateral.benchmarks.LoadProbe load | awk '/^LOAD_NS/ { print $2 / 1e6 }'
done > "$OUT/load.txt"
load_ms=$(median < "$OUT/load.txt")
java -cp "$CP" org.multilateral.benchmarks.LoadProbe phases | tee "$OUT/phases.txt"

phase "heap kept by the bundled data"
java -XX:+UseSerialGC -Djdk.attach.allowAttachSelf=true -cp "$CP" org.multilateral.benchmarks.HeapProbe \
  2> /dev/null | tee "$OUT/heap.txt"
heap_mb=$(awk '/^HEAP_MB/ { print $2 }' "$OUT/heap.txt")

phase "whole process: multilateral members NATO beside hello world, $RUNS runs each, interleaved"
direct=(java -p examples/target/lib:examples/target/multilateral-examples-0.1.0-SNAPSHOT.jar
  -m org.multilateral.examples/org.multilateral.examples.cli.Main members NATO)
if [[ -x ./multilateral ]]; then
  cli=(./multilateral members NATO)
else
  echo "(no ./multilateral launcher: timing the CLI with java -p only)" >&2
  cli=("${direct[@]}")
fi
hello=(java -cp "$JAR" org.multilateral.benchmarks.Hello)
time_ms() { local t0; t0=$(now_ns); "$@" > /dev/null; echo $(( ($(now_ns) - t0) / 1000 )) | awk '{ print $1 / 1000 }'; }
"${cli[@]}" > "$OUT/cli-output.txt"
: > "$OUT/cli.txt"; : > "$OUT/java.txt"; : > "$OUT/hello.txt"
for _ in $(seq "$RUNS"); do
  time_ms "${hello[@]}" >> "$OUT/hello.txt"
  time_ms "${cli[@]}" >> "$OUT/cli.txt"
  time_ms "${direct[@]}" >> "$OUT/java.txt"
done
cli_ms=$(median < "$OUT/cli.txt")
hello_ms=$(median < "$OUT/hello.txt")
echo "CLI_MS $cli_ms ($(printf '%s ' "${cli[@]}"))"
echo "CLI_JAVA_MS $(median < "$OUT/java.txt") (plain java -p ... members NATO, no launcher flags)"
echo "HELLO_MS $hello_ms"
awk -v c="$cli_ms" -v h="$hello_ms" 'BEGIN { printf "CLI_OVER_HELLO %.1f (target: at most 3)\n", c / h }'
phase "done"

echo
grep '^RATIO ' "$OUT/bench.txt"
echo "LOAD_MS $load_ms"
echo "HEAP_MB $heap_mb"
