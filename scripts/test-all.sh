#!/usr/bin/env bash
# Every test SafeSteps has, on a fresh Debian machine with Rust, Node and Python:
# installs what it needs (apt, npm into .tools/, pip into .venv/), then runs
#   Rust: fmt, clippy, unit + integration tests (kill -9 trials: SAFESTEPS_KILL_TRIALS)
#   bindings generated in library mode from the debug library (unstripped)
#   Kotlin: JUnit 5 on the JVM    Python: pytest    Swift: generated and checked
#   Python's tests again on the release library as an app ships it
#   fuzz targets briefly where nightly is installed (scripts/fuzz.sh --brief)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
KOTLIN_VERSION=2.4.20
log=$root/build/test-all.log
mkdir -p build && : > "$log"

step() { printf '\n==> %s\n' "$*"; }
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# A run on a fresh machine builds everything once: incremental caches would only take disk.
export CARGO_INCREMENTAL=0

step "Installing what the tests need"
# The whole run takes about 2.2 GB in target/, fuzz/target/ and .tools/ (a quarter of what
# it took before 2026-11-29): say what the disk has, so a full disk is plain in the log.
df -h . 2>/dev/null | awk 'NR == 2 { print "disk: " $4 " free of " $2 " (" $6 ")" }' || true
apt_pkgs=()
[ -f /usr/share/java/jna.jar ] || apt_pkgs+=(libjna-java)
[ -f /usr/share/java/junit-platform-console-standalone.jar ] || apt_pkgs+=(junit5)
command -v java >/dev/null || apt_pkgs+=(default-jdk-headless)
command -v nm >/dev/null || apt_pkgs+=(binutils)
python3 -c 'import ensurepip, venv' 2>/dev/null || apt_pkgs+=(python3-venv)
if ((${#apt_pkgs[@]})); then
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null
fi
if [ ! -x .tools/node_modules/kotlin-compiler/bin/kotlinc ]; then
  npm install --prefix .tools --no-audit --no-fund --loglevel=error "kotlin-compiler@$KOTLIN_VERSION"
fi
# The toolchain's own source, for the library as shipped (std rebuilt with it:
# scripts/lean-std.sh). Where rustup cannot fetch it, that step uses the prebuilt std.
if command -v rustup >/dev/null; then
  rustup component add rust-src >/dev/null 2>&1 || echo "rust-src not available: the shipped library is tested with the prebuilt std"
fi
if ! cmp -s tests/python/requirements.txt .venv/requirements.installed 2>/dev/null; then
  [ -x .venv/bin/pip ] || python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r tests/python/requirements.txt
  cp tests/python/requirements.txt .venv/requirements.installed
fi

step "Rust: format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "Rust: tests"
cargo test --workspace 2>&1 | tee -a "$log"

step "Bindings: generating from the unstripped debug library"
# The generator is built on its own (feature `cli`), then the lean library is rebuilt.
cargo build --quiet -p safesteps-ffi --features cli --bin uniffi-bindgen
cargo build --quiet -p safesteps-ffi --lib
lib=$root/target/debug/libsafesteps_ffi.so
gen=$root/build/gen
rm -rf "$gen"
bindgen=$root/target/debug/uniffi-bindgen
"$bindgen" generate "$lib" --no-format -l kotlin -c bindings/uniffi-jvm.toml -o "$gen/kotlin-jvm"
"$bindgen" generate "$lib" --no-format -l kotlin -o "$gen/kotlin-android"
"$bindgen" generate "$lib" --no-format -l python -o "$gen/python"
"$bindgen" generate "$lib" --no-format -l swift -o "$gen/swift"
cp "$lib" "$gen/python/"

step "A signed test pack for the binding tests (safesteps pack keygen + build)"
packsrc=$root/build/pack-src
rm -rf "$packsrc" "$root/build/test-publisher.key" "$root/build/test-publisher.key.pub"
cp -r content "$packsrc"
sed -i 's/^version = .*/version = "99.0.0"/' "$packsrc/pack.toml"
target/debug/safesteps check content >/dev/null
target/debug/safesteps pack keygen -o "$root/build/test-publisher.key" >/dev/null
target/debug/safesteps pack build "$packsrc" -o "$root/build/test.sspack" --key "$root/build/test-publisher.key"
export SAFESTEPS_TEST_PACK=$root/build/test.sspack
SAFESTEPS_TEST_PUBKEY=$(cat "$root/build/test-publisher.key.pub")
export SAFESTEPS_TEST_PUBKEY

step "Kotlin (JVM): JUnit 5, the binding tests and the Android demo's state holders"
tests/kotlin/run.sh "$gen/kotlin-jvm" "$root/target/debug" \
  android-demo/app/src/shared/kotlin android-demo/app/src/sharedTest/kotlin 2>&1 | tee -a "$log"

step "Python: pytest"
SAFESTEPS_PY_BINDINGS=$gen/python .venv/bin/pytest -q tests/python 2>&1 | tee -a "$log"

step "Python: pytest again, on the library as shipped (release, stripped, std rebuilt)"
# What an app packages (scripts/lean-std.sh, docs/decisions/0015 wave 11): fat LTO at
# opt-level z, UniFFI's panic catching through it, std built for size. Same bindings: the
# API's checksums do not depend on the build. Built in a target folder of its own, removed
# after the tests, and before the fuzz targets are built: the whole run peaks near 2.3 GB.
. scripts/lean-std.sh
host=$(rustc -vV | sed -n 's/^host: //p')
shipped_target=$root/build/shipped-target
CARGO_TARGET_DIR=$shipped_target lean_cargo cargo build --quiet --release -p safesteps-ffi --lib --target "$host"
rm -rf "$gen/python-shipped"
cp -r "$gen/python" "$gen/python-shipped"
cp "$shipped_target/$host/release/libsafesteps_ffi.so" "$gen/python-shipped/"
rm -rf "$shipped_target"
SAFESTEPS_PY_BINDINGS=$gen/python-shipped .venv/bin/pytest -q -p no:cacheprovider tests/python 2>&1 |
  sed 's/^\([0-9][0-9]* passed\)/shipped library: \1/' | tee -a "$log"

step "Swift: generated bindings checked"
.venv/bin/python tests/swift/check_swift.py "$gen/swift" "$lib" 2>&1 | tee -a "$log"

if [ -f ios-demo/check_swift_sources.py ]; then
  step "iOS demo: Swift sources parsed and checked against the generated bindings"
  .venv/bin/python ios-demo/check_swift_sources.py 2>&1 | tee -a "$log"
fi

step "Rust: fuzz targets, 20 s each (only where a nightly toolchain and cargo-fuzz can be had)"
# scripts/fuzz.sh runs them long; here each runs briefly from the seeds in fuzz/corpus/.
scripts/fuzz.sh --brief 2>&1 | tee -a "$log"

step "Summary"
rust=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
kotlin=$(grep -Eo '\[ *[0-9]+ tests successful' "$log" | grep -Eo '[0-9]+' | head -1)
python=$(grep -Eo '^[0-9]+ passed' "$log" | head -1 | grep -Eo '[0-9]+')
shipped=$(grep -Eo '^shipped library: [0-9]+ passed' "$log" | grep -Eo '[0-9]+' | head -1)
swift=$(grep -Eo '^[0-9]+ passed, 0 failed' "$log" | awk '{s+=$1} END {print s+0}')
echo "rust: ${rust} tests · kotlin: ${kotlin} tests · python: ${python} tests (and ${shipped} on the shipped library) · swift: ${swift} checks"
echo "$((rust + kotlin + python + shipped + swift)) passed, 0 failed"
