//! The workspace's UniFFI binding generator (library mode).
//!
//! `cargo run -p safesteps-ffi --features cli --bin uniffi-bindgen -- generate --library <lib> --language kotlin --out-dir <dir>`
fn main() {
    uniffi::uniffi_bindgen_main()
}
