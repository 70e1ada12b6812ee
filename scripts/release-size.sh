#!/usr/bin/env bash
# Build the size-tuned release library and report what an app would ship.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p safesteps-ffi --lib
so=target/release/libsafesteps_ffi.so
printf 'stripped release cdylib: %s bytes (%s KiB)\n' "$(stat -c %s "$so")" "$(( $(stat -c %s "$so") / 1024 ))"
gzip -9c "$so" | wc -c | awk '{printf "gzip -9: %d bytes (%d KiB)\n", $1, $1/1024}'
