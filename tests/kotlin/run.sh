#!/usr/bin/env bash
# Compile the generated Kotlin bindings with the tests and run them on the JVM with JUnit 5.
# Usage: tests/kotlin/run.sh GENERATED_KOTLIN_DIR NATIVE_LIB_DIR [EXTRA_TEST_SOURCES...]
set -euo pipefail
gen=$1 libdir=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
kotlin_home=${KOTLIN_HOME:-$root/.tools/node_modules/kotlin-compiler}
java_lib=/usr/share/java
out=$root/build/kotlin
rm -rf "$out" && mkdir -p "$out"

cp_compile="$kotlin_home/lib/kotlinx-coroutines-core-jvm.jar:$java_lib/jna.jar:$java_lib/junit-jupiter-api.jar:$java_lib/apiguardian-api.jar:$java_lib/opentest4j.jar:$kotlin_home/lib/kotlin-test.jar:$kotlin_home/lib/kotlin-test-junit5.jar"
echo "kotlinc: compiling bindings and tests"
"$kotlin_home/bin/kotlinc" -nowarn -jvm-target 17 -cp "$cp_compile" \
  -d "$out/tests.jar" "$gen" "$here/src" "$@"

cp_run="$out/tests.jar:$cp_compile:$kotlin_home/lib/kotlin-stdlib.jar"
java -Djna.library.path="$libdir" -jar "$java_lib/junit-platform-console-standalone.jar" \
  --class-path "$cp_run" --scan-class-path --fail-if-no-tests --disable-banner \
  --details=tree --disable-ansi-colors --reports-dir "$out/reports"
