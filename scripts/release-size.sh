#!/usr/bin/env bash
# Build the size-tuned release library and report what an app would ship, and where the
# bytes are. The settings that make it small live in the repository (Cargo.toml,
# .cargo/config.toml, bindings/build.rs): see docs/decisions/0015-library-size.md.
#
# usage: scripts/release-size.sh [--symbols] [--android] [--arm64-linux]
#   --symbols      also build the `release-unstripped` profile and sum symbol sizes by crate
#                  (`nm --size-sort`; the shipped library is stripped, so it has no names)
#   --android      also build the four Android ABIs with cargo-ndk (needs cargo-ndk and the NDK)
#   --arm64-linux  also build for aarch64-unknown-linux-gnu, the nearest to Android's arm64
#                  a machine without the NDK can build (needs `rustup target add
#                  aarch64-unknown-linux-gnu` and Debian's gcc-aarch64-linux-gnu). The same
#                  Rust code generator and the same crates as arm64-v8a; it differs in libc
#                  (glibc, not bionic) and SQLite's compiler (GCC -Os, not clang -Oz); it
#                  links with LLD and identical code folding, as the NDK does, when
#                  Debian's `lld` is installed (GNU ld otherwise).
# With the toolchain's rust-src (`rustup component add rust-src`), each library is also built
# as shipped, with std rebuilt for it (scripts/lean-std.sh; decisions/0015, wave 11).
# Set CARGO="nice -n 10 cargo" on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo=${CARGO:-cargo}
target_dir=${CARGO_TARGET_DIR:-target}
symbols=0
android=0
arm64_linux=0
for a in "$@"; do
    case "$a" in
    --symbols) symbols=1 ;;
    --android) android=1 ;;
    --arm64-linux) arm64_linux=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
    esac
done

report() { # path label
    local so=$1 size
    size=$(stat -c %s "$so")
    awk -v s="$size" -v l="$2" 'BEGIN { printf "%s: %d bytes (%.2f MB, %.2f MiB)\n", l, s, s / 1e6, s / 1048576 }'
    gzip -9c "$so" | wc -c | awk '{printf "  gzip -9 (as in an APK): %d bytes (%d KiB)\n", $1, $1/1024}'
}

sections() { # path: the eight largest sections
    echo "  largest sections (bytes):"
    size -A "$1" | awk 'NR > 2 && $2 > 0 && $1 != "Total" { printf "    %-20s %9d\n", $1, $2 }' | sort -k2 -n -r | head -8
}

# What ships: std rebuilt with the library when the toolchain has rust-src (LEAN_STD_ARGS,
# scripts/lean-std.sh); every figure is also given with the prebuilt std, as before wave 11.
. scripts/lean-std.sh
host=$(rustc -vV | sed -n 's/^host: //p')

$cargo build --release -p safesteps-ffi --lib
so=$target_dir/release/libsafesteps_ffi.so
report "$so" "stripped release cdylib ($(uname -m), prebuilt std)"
relocs=$(readelf -d "$so" | awk '/RELASZ|RELSZ|RELRSZ/ { s += $3 } END { print s + 0 }')
echo "  dynamic relocation tables: $relocs bytes"
if ((${#LEAN_STD_ARGS[@]})); then
    # In a target folder of its own: its build scripts and std differ from the plain build's.
    CARGO_TARGET_DIR=$target_dir/lean-std lean_cargo $cargo build --release -p safesteps-ffi --lib --target "$host"
    so=$target_dir/lean-std/$host/release/libsafesteps_ffi.so
    report "$so" "stripped release cdylib ($(uname -m), std rebuilt: as shipped)"
fi
sections "$so"

if [ "$symbols" = 1 ]; then
    $cargo build --profile release-unstripped -p safesteps-ffi --lib
    un=$target_dir/release-unstripped/libsafesteps_ffi.so
    echo "  named code and data by crate (release-unstripped, nm --size-sort; C: SQLite's functions, named or static):"
    nm -C --size-sort -S -t d "$un" | awk '
        {
            size = $2 + 0; name = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", name)
            gsub(/^(<|&|\*const |\*mut |dyn )+/, "", name)
            if (name !~ /::/) crate = "C"
            else if (match(name, /^[A-Za-z_][A-Za-z0-9_]*::/)) crate = substr(name, 1, RLENGTH - 2)
            else crate = "other-rust"
            sum[crate] += size; total += size
        }
        END {
            for (c in sum) printf "    %-24s %9d\n", c, sum[c]
            printf "    %-24s %9d\n", "all-named", total
        }' | sort -k2 -n -r | head -20
    # The library reads built packs only (docs/decisions/0030-built-packs-no-toml-in-the-library.md):
    # no TOML code may reach it, whatever the rest of the workspace turns on.
    toml_symbols=$(nm -C "$un" | grep -ci toml || true)
    echo "  symbols mentioning toml: $toml_symbols (0 expected: the library reads no TOML)"
    serde_bytes=$(nm -C --size-sort -S -t d "$un" | awk '/serde/ { s += $2 } END { print s + 0 }')
    echo "  named code and data mentioning serde: $serde_bytes bytes"
    # serde_json's deserializer is generic over its input: one read from bytes or a reader
    # next to the `from_str` reads compiles every deserialiser it reaches a second time
    # (173 KB once; decision 0015, wave 7). The library reads JSON from text only.
    other_readers=$(grep -rn --include=*.rs -E 'serde_json::(from_slice|from_reader|Deserializer::from_(slice|reader))' core/src bindings/src || true)
    if [ -n "$other_readers" ]; then
        echo "  warning: JSON read other than from text (a second copy of deserialisers if it reaches the library):"
        echo "$other_readers" | sed 's/^/    /'
    else
        echo "  JSON readers: text only (serde_json::from_str)"
    fi
fi

if [ "$android" = 1 ]; then
    if $cargo ndk --version >/dev/null 2>&1; then
        for abi in arm64-v8a armeabi-v7a x86_64 x86; do
            lean_cargo $cargo ndk -t "$abi" build --release -p safesteps-ffi --lib
        done
        for t in aarch64-linux-android armv7-linux-androideabi x86_64-linux-android i686-linux-android; do
            report "$target_dir/$t/release/libsafesteps_ffi.so" "  $t"
        done
    else
        echo "cargo-ndk is not installed (cargo install cargo-ndk, and an Android NDK): Android ABIs not built" >&2
    fi
fi

if [ "$arm64_linux" = 1 ]; then
    if command -v aarch64-linux-gnu-gcc >/dev/null 2>&1; then
        # With LLD (Debian's `lld`) when there is one, as the NDK links: identical code
        # folding and packed relative relocations, as bindings/build.rs asks on Android.
        lld_flags=""
        if command -v ld.lld >/dev/null 2>&1; then
            # GCC 12 has no --ld-path: -B points it at a folder whose `ld` is LLD.
            lld_bin=$(cd "$target_dir" && pwd)/lld-bin
            mkdir -p "$lld_bin"
            ln -sf "$(command -v ld.lld)" "$lld_bin/ld"
            lld_flags="-C link-arg=-B$lld_bin -C link-arg=-Wl,--icf=all -C link-arg=-Wl,--pack-dyn-relocs=relr"
        fi
        arm64() { # label, target folder, then the command that runs cargo (`lean_cargo` or none)
            local label=$1 dir=$2
            shift 2
            CARGO_TARGET_DIR=$dir \
                CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUSTFLAGS="$lld_flags" \
                CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc \
                CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc \
                AR_aarch64_unknown_linux_gnu=aarch64-linux-gnu-ar \
                "$@" $cargo build --release -p safesteps-ffi --lib --target aarch64-unknown-linux-gnu
            so=$dir/aarch64-unknown-linux-gnu/release/libsafesteps_ffi.so
            report "$so" "stripped release cdylib (aarch64-unknown-linux-gnu${lld_flags:+, LLD with --icf=all}, $label)"
        }
        # The prebuilt std of this target needs `rustup target add aarch64-unknown-linux-gnu`;
        # the rebuilt one only rust-src. Each has its own target folder (the same path
        # otherwise, and each run would rebuild both).
        so=""
        if rustup target list --installed 2>/dev/null | grep -qx aarch64-unknown-linux-gnu; then
            arm64 "prebuilt std" "$target_dir"
        fi
        if ((${#LEAN_STD_ARGS[@]})); then
            arm64 "std rebuilt: as shipped" "$target_dir/lean-std" lean_cargo
        fi
        if [ -n "$so" ]; then
            sections "$so"
        else
            echo "arm64 Linux not built: rustup target add aarch64-unknown-linux-gnu, or rustup component add rust-src" >&2
        fi
    else
        echo "aarch64-linux-gnu-gcc is not installed (apt install gcc-aarch64-linux-gnu): arm64 Linux not built" >&2
    fi
fi
