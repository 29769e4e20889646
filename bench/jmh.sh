#!/usr/bin/env bash
# Runs the JMH micro-benchmarks compiled from the test sources (JMH's annotation processor is
# configured in pom.xml). Arguments go to JMH; without any it runs EngineBenchmark
# (org.leafdrop.bench.EngineBenchmark). Examples:
#   bench/jmh.sh                          # EngineBenchmark with its own settings
#   bench/jmh.sh EngineBenchmark -f 1 -wi 2 -i 5
#   bench/jmh.sh -l                       # list the benchmarks
# Java is JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt </dev/null >&2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main "${@:-EngineBenchmark}"
