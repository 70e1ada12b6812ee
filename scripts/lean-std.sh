# shellcheck shell=bash
# Sourced by the scripts that build the shipped library (scripts/release-size.sh,
# android-demo/build-native.sh, ios-demo/build-xcframework.sh, scripts/test-all.sh).
# Defines `lean_cargo CARGO-COMMAND...`, which runs the command with the cargo arguments
# that rebuild Rust's standard library for the shipped library (the array LEAN_STD_ARGS,
# appended) and RUSTC_BOOTSTRAP=1 in its environment only; e.g.
#   lean_cargo cargo build --release -p safesteps-ffi --lib --target "$host"
#   lean_cargo cargo ndk -t arm64-v8a build --release -p safesteps-ffi
# Other cargo commands of the caller run as usual (no RUSTC_BOOTSTRAP: under it some
# crates' build scripts, anyhow's for one, turn on unstable APIs).
#
# Why (docs/decisions/0015-library-size.md, wave 11): the prebuilt std carries its
# backtrace symboliser (gimli, addr2line, rustc-demangle) and std's code as compiled for
# every program. Rebuilt with the library, under its link-time optimisation, without the
# symboliser (`backtrace` off) and with std's `optimize_for_size` algorithms, the library
# is 0.29 MB (7%) smaller on x86_64 and 0.25 MB on arm64, with the same benchmark figures:
# core, alloc and std stay at opt-level 3 as prebuilt (at the library's `z` the class report
# took 7% more instructions). Panics still unwind (`panic_unwind`): UniFFI turns them into
# errors (decision 0011). Only what ships changes; the tested compiler is the same one.
#
# It needs the toolchain's own source (`rustup component add rust-src`) and
# `-Z build-std`, which stable cargo accepts with RUSTC_BOOTSTRAP=1 (as Firefox's and the
# Linux kernel's builds use it). Without the source, or with SAFESTEPS_PREBUILT_STD=1,
# LEAN_STD_ARGS is empty and `lean_cargo` runs the command as it is, with the prebuilt std
# (a note says so on stderr). `-Z build-std` needs an explicit `--target`: the callers pass
# one (cargo ndk passes its own).
LEAN_STD_ARGS=()
lean_std_sysroot=$(rustc --print sysroot 2>/dev/null || true)
if [ "${SAFESTEPS_PREBUILT_STD:-0}" = 1 ]; then
    echo "std: prebuilt (SAFESTEPS_PREBUILT_STD=1)" >&2
elif [ -n "$lean_std_sysroot" ] && [ -f "$lean_std_sysroot/lib/rustlib/src/rust/library/Cargo.lock" ]; then
    # shellcheck disable=SC2054 # the commas are inside cargo arguments
    LEAN_STD_ARGS=(
        -Z build-std=std,panic_unwind
        -Z build-std-features=panic-unwind,optimize_for_size
        --config profile.release.package.core.opt-level=3
        --config profile.release.package.alloc.opt-level=3
        --config profile.release.package.std.opt-level=3
    )
    echo "std: rebuilt with the library (rust-src of $(rustc -V))" >&2
else
    echo "std: prebuilt (no rust-src for $(rustc -V 2>/dev/null || echo rustc);" \
        "'rustup component add rust-src' makes the library about 0.29 MB smaller)" >&2
fi
unset lean_std_sysroot

lean_cargo() {
    if ((${#LEAN_STD_ARGS[@]})); then
        RUSTC_BOOTSTRAP=1 "$@" "${LEAN_STD_ARGS[@]}"
    else
        "$@"
    fi
}
