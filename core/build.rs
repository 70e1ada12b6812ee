//! Embed the default content pack in two forms, both in `OUT_DIR`:
//!
//! - `default-pack.tar.deflate`: every file below `../content` except hidden files,
//!   `*.md` notes, the Fluent sources and (without the `authoring` feature) the TOML
//!   sources of the catalog, as one deflate-compressed tar, inflated only
//!   when a file of the pack is read (pictures, the checker) by `content::files`
//!   (docs/decisions/0015-library-size.md);
//! - `locale-<tag>.tar.deflate`, one per folder of `locales/`: that locale's Fluent
//!   sources, inflated when the locale is first used (`embedded_locales.rs` lists them);
//! - `default-catalog.bin.deflate`: the pack's TOML files parsed here, at compile time,
//!   into the model (`src/content/model.rs`) and written as the built catalog (postcard,
//!   deflated), which `content::embedded` reads at start-up instead of parsing TOML
//!   (docs/decisions/0018-embedded-catalog.md). A TOML file of the default pack that does
//!   not parse into the model fails the build. The same writer
//!   (`src/content/catalog_doc.rs`) makes the `catalog.bin` of every built pack
//!   (docs/decisions/0030-built-packs-no-toml-in-the-library.md);
//! - `lexicon-<tag>.json`: the built-in safety lexicons (`lexicon/*.toml`) as JSON, so
//!   the library parses no TOML at run time.
use std::io::Write;
use std::path::{Path, PathBuf};

// The one writer of the built catalog, shared with `safesteps pack build`, and the model
// it writes, shared with the library that reads it.
#[path = "src/content/catalog_doc.rs"]
#[allow(dead_code)]
mod catalog_doc;
#[path = "src/content/model.rs"]
#[allow(dead_code, missing_docs)]
mod model;

/// What `model.rs` names of the rest of the crate: the week a channel is given when its
/// catalog is read (`#[serde(skip)]`, so never written).
mod help {
    pub mod week {
        #[derive(Debug, Clone)]
        pub struct Week;
    }
}

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

/// The ids of the messages a Fluent file defines: the lines that start an entry (an
/// identifier in the first column, then `=`). The built-in sources are valid Fluent (the
/// pack is checked before it is built in), where only an entry starts in the first column
/// with a letter; `content::embedded`'s tests compare these ids with the parser's.
fn message_ids(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        if !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(line.len());
        line[end..]
            .trim_start_matches([' ', '\t'])
            .starts_with('=')
            .then(|| &line[..end])
    })
}

/// Write `data` deflated, after its inflated length (8 bytes, little-endian): the library
/// inflates it in one call into a buffer of exactly that size (`content::files::inflate_sized`).
fn write_sized(path: &Path, data: &[u8]) {
    let mut z = flate2::write::DeflateEncoder::new(
        (data.len() as u64).to_le_bytes().to_vec(),
        flate2::Compression::best(),
    );
    let bytes = z.write_all(data).and_then(|()| z.finish());
    std::fs::write(path, bytes.expect("deflated in memory")).expect("OUT_DIR is writable");
}

/// Write `files` as one tar (fixed mode and time: the same content gives the same bytes),
/// deflated with its length (`write_sized`).
fn write_tar<'a>(path: &Path, files: impl Iterator<Item = &'a (String, Vec<u8>)>) {
    let mut tar = tar::Builder::new(Vec::new());
    for (rel, data) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_cksum();
        tar.append_data(&mut header, rel, data.as_slice())
            .unwrap_or_else(|e| panic!("cannot add {rel}: {e}"));
    }
    let bytes = tar.into_inner().expect("the embedded pack is written");
    write_sized(path, &bytes);
}

fn main() {
    println!("cargo:rerun-if-changed=../content");
    println!("cargo:rerun-if-changed=lexicon");
    println!("cargo:rerun-if-changed=src/content/catalog_doc.rs");
    println!("cargo:rerun-if-changed=src/content/model.rs");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("../content");
    let mut paths = Vec::new();
    collect(&root, &root, &mut paths);
    let mut files: Vec<(String, Vec<u8>)> = paths
        .into_iter()
        .map(|(rel, path)| {
            let data = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"));
            (rel, data)
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));

    let is_ftl = |p: &str| p.starts_with("locales/") && p.ends_with(".ftl");
    // The TOML sources of the catalog stay in the tar only for builds with `authoring`
    // (the checker and the tests read the embedded pack as a source folder); the app
    // library reads the pre-parsed catalog and never those files
    // (docs/decisions/0030-built-packs-no-toml-in-the-library.md).
    let authoring = std::env::var_os("CARGO_FEATURE_AUTHORING").is_some();
    write_tar(
        &out.join("default-pack.tar.deflate"),
        files
            .iter()
            .filter(|(p, _)| !is_ftl(p) && (authoring || !catalog_doc::is_catalog_source(p))),
    );
    let mut tags: Vec<&str> = files
        .iter()
        .filter(|(p, _)| is_ftl(p))
        .filter_map(|(p, _)| p.split('/').nth(1))
        .collect();
    tags.dedup();
    let mut list = String::from(
        "/// Each built-in locale's Fluent sources, made by build.rs: `(tag, message ids, files)`.\n\
         /// A file is `(path, its text)`, the text deflated after its length (`write_sized`),\n\
         /// so one file is read without the others; the message ids are one blob of the\n\
         /// same form, a line `<file number> <id>` for each message the files define.\n\
         static LOCALES: &[(&str, &[u8], &[BuiltInFile])] = &[\n",
    );
    for tag in tags {
        assert!(
            tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "content/locales/{tag} is not named by a language tag"
        );
        let prefix = format!("locales/{tag}/");
        let mut ids = String::new();
        let mut entries = String::new();
        for (n, (path, text)) in files
            .iter()
            .filter(|(p, _)| is_ftl(p) && p.starts_with(&prefix))
            .enumerate()
        {
            let text = std::str::from_utf8(text).unwrap_or_else(|_| panic!("{path} is not UTF-8"));
            for id in message_ids(text) {
                ids.push_str(&format!("{n} {id}\n"));
            }
            let name = format!("locale-{tag}-{n}.deflate");
            write_sized(&out.join(&name), text.as_bytes());
            entries.push_str(&format!(
                "        (\"{path}\", include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))),\n"
            ));
        }
        write_sized(
            &out.join(format!("locale-{tag}-ids.deflate")),
            ids.as_bytes(),
        );
        list.push_str(&format!(
            "    (\"{tag}\", include_bytes!(concat!(env!(\"OUT_DIR\"), \"/locale-{tag}-ids.deflate\")), &[\n{entries}    ]),\n"
        ));
    }
    list.push_str("];\n");
    std::fs::write(out.join("embedded_locales.rs"), list).expect("OUT_DIR is writable");

    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    let catalog = catalog_doc::catalog_bytes(&refs).unwrap_or_else(|e| panic!("content/: {e}"));
    write_sized(&out.join("default-catalog.bin.deflate"), &catalog);

    for tag in ["en", "ur", "zu"] {
        let rel = format!("lexicon/{tag}.toml");
        let text = std::fs::read(manifest.join(&rel))
            .unwrap_or_else(|e| panic!("cannot read core/{rel}: {e}"));
        let value = catalog_doc::toml_as_json(&rel, &text).unwrap_or_else(|e| panic!("core/{e}"));
        write_sized(
            &out.join(format!("lexicon-{tag}.json.deflate")),
            &serde_json::to_vec(&value).expect("JSON is written"),
        );
    }
}
