#!/usr/bin/env bash
# Build the Rust core for iOS and put it where the SafeStepsCore Swift package wants it:
#   SafeStepsCore/SafeStepsCoreFFI.xcframework              static library + headers + module.modulemap
#   SafeStepsCore/Sources/SafeStepsCore/SafeStepsCore.swift  the generated Swift bindings
#   PackPictures/                                            the pack's SVG pictures as PNG (@1x @2x @3x)
#
# Run on a Mac with:
#   Xcode (xcodebuild, lipo, the iOS SDKs; `xcode-select -p` must point at Xcode.app)
#   Rust from rustup, with the iOS targets:
#     rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
#   and, for a smaller library, the toolchain's source: rustup component add rust-src
#   (std rebuilt with the library: scripts/lean-std.sh; without it, the prebuilt std)
#
# Usage: ios-demo/build-xcframework.sh        (from anywhere; takes a while the first time)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
profile=release-unstripped   # optimised, with the symbols UniFFI reads its metadata from
device=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)
lib=libsafesteps_ffi.a
package=$here/SafeStepsCore
work=$here/build
# The oldest iOS the app supports (Package.swift and project.yml say the same).
export IPHONEOS_DEPLOYMENT_TARGET=${IPHONEOS_DEPLOYMENT_TARGET:-16.0}

fail() { echo "build-xcframework.sh: $*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || fail "this needs macOS with Xcode"
for tool in cargo rustup xcodebuild lipo; do
  command -v "$tool" >/dev/null || fail "$tool not found (see the comment at the top of this script)"
done
installed=$(rustup target list --installed)
for target in "$device" "${simulators[@]}"; do
  grep -qx "$target" <<<"$installed" \
    || fail "missing Rust target $target: rustup target add $device ${simulators[*]}"
done

cd "$root"
. "$root/scripts/lean-std.sh"
for target in "$device" "${simulators[@]}"; do
  echo "==> cargo rustc $target ($profile, staticlib)"
  # The static library only (bindings/Cargo.toml builds the cdylib and rlib by default).
  lean_cargo cargo rustc -p safesteps-ffi --lib --crate-type staticlib --profile "$profile" \
    --target "$target"
  [ -f "target/$target/$profile/$lib" ] || fail "cargo rustc did not write target/$target/$profile/$lib"
done

rm -rf "$work"
mkdir -p "$work/simulator" "$work/bindings" "$work/Headers"

echo "==> lipo: one simulator library for arm64 and x86_64"
lipo -create \
  "target/${simulators[0]}/$profile/$lib" \
  "target/${simulators[1]}/$profile/$lib" \
  -output "$work/simulator/$lib"

echo "==> Swift bindings (the workspace's uniffi-bindgen, bindings/uniffi.toml)"
cargo run -p safesteps-ffi --features cli --bin uniffi-bindgen -- \
  generate --library "target/$device/$profile/$lib" --language swift --no-format --out-dir "$work/bindings"
for file in SafeStepsCore.swift SafeStepsCoreFFI.h SafeStepsCoreFFI.modulemap; do
  [ -f "$work/bindings/$file" ] || fail "uniffi-bindgen did not write $file"
done

# An XCFramework's headers must carry the module map as module.modulemap.
cp "$work/bindings/SafeStepsCoreFFI.h" "$work/Headers/"
cp "$work/bindings/SafeStepsCoreFFI.modulemap" "$work/Headers/module.modulemap"

echo "==> xcodebuild -create-xcframework"
rm -rf "$package/SafeStepsCoreFFI.xcframework"
xcodebuild -create-xcframework \
  -library "target/$device/$profile/$lib" -headers "$work/Headers" \
  -library "$work/simulator/$lib" -headers "$work/Headers" \
  -output "$package/SafeStepsCoreFFI.xcframework"

cp "$work/bindings/SafeStepsCore.swift" "$package/Sources/SafeStepsCore/SafeStepsCore.swift"

# SwiftUI draws no SVG: the default pack's pictures as PNG at @1x @2x @3x, in the folder the
# app bundles as PackPictures/ (project.yml). Made on this machine, never on the phone.
echo "==> safesteps pack rasterize content (PNG pictures for the app)"
rm -rf "$here/PackPictures"
cargo run -p safesteps-cli --release --bin safesteps -- pack rasterize content --out "$here/PackPictures"

echo "==> done"
echo "    $package/SafeStepsCoreFFI.xcframework"
echo "    $package/Sources/SafeStepsCore/SafeStepsCore.swift"
echo "    $here/PackPictures"
