#!/usr/bin/env bash
# Run the cargo-fuzz targets in fuzz/ and print the executions of each.
#
#   scripts/fuzz.sh [--brief] [TARGET...]
#
# Without --brief each target runs FUZZ_SECONDS (default 3600) seconds; --brief (what
# scripts/test-all.sh runs in CI) runs each FUZZ_SECONDS (default 20) seconds, and where
# no nightly toolchain is installed, or cargo-fuzz cannot be installed, says so and exits 0
# instead of failing. Targets: pack_file pack_text built_catalog bundle_import
# piece_reassembly api_calls.
#
# New inputs go to fuzz/target/corpus/<target>/ (not tracked); the seeds in
# fuzz/corpus/<target>/ are read, never written. A crash is saved under
# fuzz/artifacts/<target>/ and fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

brief=0
targets=()
for arg in "$@"; do
  case $arg in
    --brief) brief=1 ;;
    *) targets+=("$arg") ;;
  esac
done
((${#targets[@]})) || targets=(pack_file pack_text built_catalog bundle_import piece_reassembly api_calls)
if ((brief)); then seconds=${FUZZ_SECONDS:-20}; else seconds=${FUZZ_SECONDS:-3600}; fi

unavailable() {
  if ((brief)); then
    echo "fuzz: $1; the fuzz targets were not run"
    exit 0
  fi
  echo "fuzz: $1" >&2
  exit 1
}

rustup toolchain list 2>/dev/null | grep -q '^nightly' || unavailable "no nightly toolchain (rustup toolchain list)"
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz"
  cargo +nightly install cargo-fuzz --locked --quiet || unavailable "cargo-fuzz could not be installed"
fi

# No sanitizer: the core forbids unsafe code, and without ASan the build and every run are
# several times faster; debug assertions on, so an arithmetic overflow is a crash.
flags=(--release --debug-assertions --sanitizer none)
cargo +nightly fuzz build "${flags[@]}"

summary=()
for t in "${targets[@]}"; do
  work=fuzz/target/corpus/$t
  mkdir -p "$work"
  log=fuzz/target/$t.log
  echo "fuzz: $t for ${seconds}s"
  status=0
  cargo +nightly fuzz run "${flags[@]}" "$t" "$work" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' | tail -1 || true)
  if ((status != 0)); then
    tail -40 "$log"
    echo "fuzz: $t FAILED (exit $status); the input is under fuzz/artifacts/$t/"
    exit 1
  fi
  summary+=("$t: ${runs:-?} executions in ${seconds}s")
done
printf 'fuzz: %s\n' "${summary[@]}"
