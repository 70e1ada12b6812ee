//! Embed the default content pack: every file below `../content` except hidden files and
//! `*.md` notes, as one deflate-compressed tar in `OUT_DIR`, inflated once at run time by
//! `content::files` (docs/decisions/0015-library-size.md: 0.55 MB of text and SVG become
//! about 0.1 MB in the library, and flate2 and tar are already linked in).
use std::io::Write;
use std::path::{Path, PathBuf};

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("a readable directory entry"))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, out);
        } else if !name.ends_with(".md") {
            let rel = path
                .strip_prefix(root)
                .expect("below the content folder")
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path));
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=../content");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("../content");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let file =
        std::fs::File::create(out.join("default-pack.tar.deflate")).expect("OUT_DIR is writable");
    let z = flate2::write::DeflateEncoder::new(file, flate2::Compression::best());
    let mut tar = tar::Builder::new(z);
    for (rel, path) in &files {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"));
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_cksum();
        tar.append_data(&mut header, rel, data.as_slice())
            .unwrap_or_else(|e| panic!("cannot add {rel}: {e}"));
    }
    tar.into_inner()
        .and_then(|z| z.finish())
        .and_then(|mut f| f.flush())
        .expect("the embedded pack is written");
}
