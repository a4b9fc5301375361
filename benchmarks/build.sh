#!/usr/bin/env bash
# Builds what the benchmark scripts need, from the repository root, with one reactor build that installs nothing
# into the shared local repository: the project's jars, examples/target/lib for the CLI, and
# benchmarks/target/{classes,lib}; then readies the ./multilateral launcher. Maven's output goes to standard
# error. Sourced by quick.sh and startup.sh.
mvn -q -B -ntp -DskipTests package >&2
if [[ -x ./multilateral ]]; then
  # A Maven build re-creates jars, and the JVM then silently ignores the launcher's class-data-sharing archive,
  # which was made from the old ones; the launcher makes a new archive only after a build of its own. Remove a
  # stale archive, so that the next run makes a new one, as it would after the launcher's own build.
  jsa=examples/target/multilateral.jsa
  if [[ -f "$jsa" && -n "$(find examples/target -name '*.jar' -newer "$jsa" -print -quit)" ]]; then
    rm -f "$jsa"
  fi
  # The first run builds what the launcher needs if sources changed, and makes its archive: not timed.
  ./multilateral members NATO > /dev/null
fi
