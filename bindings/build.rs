//! Link-time settings of the shipped library (see docs/decisions/0015-library-size.md).
//!
//! A cdylib full of `&'static` tables (strings, vtables, the embedded pack's index) needs
//! tens of thousands of relative relocations; stored as plain `Elf64_Rela` entries (24
//! bytes each) they took 0.97 MB of the 8.3 MB library. Packed, they take a few KB:
//! - Android (minSdk 24): Android's own packed format (APS2, read since API 23);
//! - Linux with glibc 2.36 or later: the standard `DT_RELR` format.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    match (os.as_str(), env.as_str()) {
        ("android", _) => println!("cargo:rustc-cdylib-link-arg=-Wl,--pack-dyn-relocs=android"),
        ("linux", "gnu") => println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs"),
        _ => {}
    }
    // Identical code folding: LLD (the NDK's linker, and Rust's default on x86_64 Linux)
    // keeps one copy of functions whose machine code is identical, which monomorphised
    // generics produce many of. Rust gives no guarantee that two functions have distinct
    // addresses, so folding them all is sound.
    // Only where the linker is LLD: GNU ld has no `--icf` (an aarch64 Linux build links
    // with the system `cc`, which is GNU ld).
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if os == "android" || (os == "linux" && env == "gnu" && arch == "x86_64") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,--icf=all");
    }
}
