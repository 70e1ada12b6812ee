#!/usr/bin/env bash
# Build the Rust core for Android and generate its Kotlin bindings into the `core` module.
#
#   core/src/main/jniLibs/<abi>/libsafesteps_ffi.so   for arm64-v8a, armeabi-v7a, x86_64, x86
#   core/src/generated/kotlin/org/safesteps/core/safesteps.kt   (bindings/uniffi.toml: android = true)
#
# Needs (see README.md):
#   - the Android NDK (r26 or newer; r28+ aligns libraries to 16 KB pages by itself), found
#     through ANDROID_NDK_HOME, or ANDROID_HOME/ndk/<version>
#   - cargo-ndk:       cargo install cargo-ndk
#   - rustup targets:  rustup target add aarch64-linux-android armv7-linux-androideabi \
#                                        x86_64-linux-android i686-linux-android
#   - for a library about 0.25 MB smaller per ABI: rustup component add rust-src
#     (std rebuilt with the library: scripts/lean-std.sh; without it, the prebuilt std)
#
# Usage: android-demo/build-native.sh [--bindings-only]
#   --bindings-only   skip the four Android builds; only (re)generate the Kotlin bindings
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
jnilibs=$here/core/src/main/jniLibs
generated=$here/core/src/generated/kotlin
bindings_only=false
[ "${1:-}" = "--bindings-only" ] && bindings_only=true

cd "$root"

if ! $bindings_only; then
  command -v cargo-ndk >/dev/null || { echo "cargo-ndk is missing: cargo install cargo-ndk" >&2; exit 1; }
  if [ -z "${ANDROID_NDK_HOME:-}" ] && [ -n "${ANDROID_HOME:-}" ] && [ -d "$ANDROID_HOME/ndk" ]; then
    ANDROID_NDK_HOME=$(ls -d "$ANDROID_HOME"/ndk/* | sort -V | tail -1)
    export ANDROID_NDK_HOME
  fi
  [ -n "${ANDROID_NDK_HOME:-}" ] || { echo "Set ANDROID_NDK_HOME to the Android NDK (or ANDROID_HOME with ndk/ inside)" >&2; exit 1; }
  missing=$(comm -13 <(rustup target list --installed | sort) \
    <(printf '%s\n' aarch64-linux-android armv7-linux-androideabi x86_64-linux-android i686-linux-android | sort))
  [ -z "$missing" ] || { echo "Missing rustup targets: rustup target add" $missing >&2; exit 1; }

  echo "==> Rust core for arm64-v8a, armeabi-v7a, x86_64, x86 (release: optimised, stripped)"
  # std rebuilt with the library when the toolchain has rust-src (scripts/lean-std.sh).
  . "$root/scripts/lean-std.sh"
  lean_cargo cargo ndk -t arm64-v8a -t armeabi-v7a -t x86_64 -t x86 -o "$jnilibs" \
    build --release -p safesteps-ffi
  # Only the .so files are packaged (the rlib cargo also builds is not for Android).
  ls -l "$jnilibs"/*/libsafesteps_ffi.so
fi

echo "==> Kotlin bindings for Android (library mode, from an unstripped build)"
# The release profile strips the UniFFI metadata, so the bindings are generated from a host
# build with the release-unstripped profile: same code, same metadata, symbols kept.
cargo build --profile release-unstripped -p safesteps-ffi --lib
cargo build -p safesteps-ffi --features cli --bin uniffi-bindgen
rm -rf "$generated" && mkdir -p "$generated"
# No -c: in library mode the crate's own bindings/uniffi.toml applies (package
# org.safesteps.core, android = true, android_cleaner = true).
target/debug/uniffi-bindgen generate target/release-unstripped/libsafesteps_ffi.so \
  --no-format -l kotlin -o "$generated"
grep -q "android.os.Build" "$generated/org/safesteps/core/safesteps.kt" ||
  { echo "expected Android bindings (android = true in bindings/uniffi.toml)" >&2; exit 1; }
echo "==> done: $generated/org/safesteps/core/safesteps.kt"
