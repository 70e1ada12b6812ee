//! Rebuild when the embedded default content changes (rust-embed embeds it at compile time).
fn main() {
    println!("cargo:rerun-if-changed=../content");
}
