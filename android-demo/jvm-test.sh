#!/usr/bin/env bash
# Run the state holders' tests on a plain JVM against the real core (no Android SDK needed).
#
# Compiles the JVM-flavour generated bindings + app/src/shared + app/src/sharedTest with
# kotlinc, then runs JUnit 5 (console launcher, class-path scan) with the native library.
# Same classpath approach as tests/kotlin/run.sh, but builds into android-demo/build/jvm.
#
# Usage: android-demo/jvm-test.sh [GENERATED_KOTLIN_JVM_DIR] [NATIVE_LIB_DIR]
#   defaults: build/gen/kotlin-jvm and target/debug (made by scripts/test-all.sh)
# AppsDocTest writes build/apps.md and compares it with docs/apps.md (refresh-apps-doc.sh updates it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
gen=${1:-$root/build/gen/kotlin-jvm}
libdir=${2:-$root/target/debug}
kotlin_home=${KOTLIN_HOME:-$root/.tools/node_modules/kotlin-compiler}
java_lib=/usr/share/java
out=$here/build/jvm

[ -f "$gen/org/safesteps/core/safesteps.kt" ] || { echo "no JVM bindings in $gen (run scripts/test-all.sh)" >&2; exit 2; }
[ -f "$libdir/libsafesteps_ffi.so" ] || { echo "no libsafesteps_ffi.so in $libdir (cargo build -p safesteps-ffi --lib)" >&2; exit 2; }

rm -rf "$out" && mkdir -p "$out"
cp_compile="$kotlin_home/lib/kotlinx-coroutines-core-jvm.jar:$java_lib/jna.jar:$java_lib/junit-jupiter-api.jar:$java_lib/apiguardian-api.jar:$java_lib/opentest4j.jar:$kotlin_home/lib/kotlin-test.jar:$kotlin_home/lib/kotlin-test-junit5.jar"
echo "kotlinc: compiling bindings, state holders and their tests"
"$kotlin_home/bin/kotlinc" -nowarn -jvm-target 17 -cp "$cp_compile" -d "$out/tests.jar" \
  "$gen" "$here/app/src/shared/kotlin" "$here/app/src/sharedTest/kotlin"

cp_run="$out/tests.jar:$cp_compile:$kotlin_home/lib/kotlin-stdlib.jar"
java -Djna.library.path="$libdir" -jar "$java_lib/junit-platform-console-standalone.jar" \
  --class-path "$cp_run" --scan-class-path --fail-if-no-tests --disable-banner \
  --details=tree --disable-ansi-colors --reports-dir "$out/reports"
