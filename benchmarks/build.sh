#!/usr/bin/env bash
# Builds what the benchmark scripts need, from the repository root, with one reactor build that installs nothing
# into the shared local repository: the project's jars, examples/target/lib for the CLI, and
# benchmarks/target/{classes,lib}; then readies the ./multilateral launcher. Maven's output goes to standard
# error. Sourced by quick.sh and startup.sh.
mvn -q -B -ntp -DskipTests package >&2
if [[ -x ./multilateral ]]; then
  # The launcher removes a start-up cache made from older jars itself. The first runs build what it needs if sources
  # changed and make its caches, the JDK 17 archive and (where a JDK 25 or later is installed) the AOT cache, which it
  # uses with MULTILATERAL_AOT=on: not timed.
  MULTILATERAL_AOT=off ./multilateral members NATO > /dev/null
  MULTILATERAL_AOT=on ./multilateral members NATO > /dev/null
fi
