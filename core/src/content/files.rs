//! The files of a pack, wherever they come from (embedded, a folder, a pack file).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result};

/// The default content pack, compiled into the library by `build.rs`: the files of
/// `content/` (no `*.md` notes; the Fluent sources are kept per locale, see
/// `content::embedded`) as one deflate-compressed tar. Inflated only when a file of it is
/// read (a picture, the checker): starting the app reads the pre-parsed catalog instead.
static DEFAULT_PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default-pack.tar.deflate"));

/// The default pack's files, inflated on first use and shared (each `PackFiles` is a
/// cheap copy of the map: the file bytes are reference-counted).
fn default_pack() -> &'static BTreeMap<String, Arc<[u8]>> {
    static FILES: OnceLock<BTreeMap<String, Arc<[u8]>>> = OnceLock::new();
    FILES.get_or_init(|| {
        inflate_default_pack().unwrap_or_else(|e| {
            // Only a damaged library gets here; the catalog then reports the missing
            // files as a typed error.
            log::error!("the embedded content pack cannot be read: {e}");
            BTreeMap::new()
        })
    })
}

fn inflate_default_pack() -> std::io::Result<BTreeMap<String, Arc<[u8]>>> {
    let mut files: BTreeMap<String, Arc<[u8]>> = inflate_tar(DEFAULT_PACK)?.into_iter().collect();
    // The Fluent sources are stored per locale (see `content::embedded`).
    files.extend(super::embedded::all_locale_files());
    Ok(files)
}

/// The most a blob compiled into the library inflates to (the default pack is about 0.5 MB).
const MAX_SIZED: u64 = 64 << 20;

/// Inflate a blob made by `build.rs` (`write_sized`: its inflated length, 8 bytes
/// little-endian, then the deflated bytes) in one call, into a buffer of exactly that size.
/// Reading it through `std::io::Read` instead grew the buffer step by step and went
/// through two more layers of buffers: about 18 instructions per byte in all, against 15
/// now (most of it is inflating itself; decision 0019).
pub(super) fn inflate_sized(blob: &[u8]) -> std::io::Result<Vec<u8>> {
    let damaged =
        |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_string());
    let (len, deflated) = blob
        .split_first_chunk::<8>()
        .ok_or_else(|| damaged("no length"))?;
    let len = u64::from_le_bytes(*len);
    if len > MAX_SIZED {
        return Err(damaged("too large"));
    }
    let mut out = Vec::with_capacity(len as usize);
    let status = flate2::Decompress::new(false)
        .decompress_vec(deflated, &mut out, flate2::FlushDecompress::Finish)
        .map_err(|e| damaged(&e.to_string()))?;
    if status != flate2::Status::StreamEnd || out.len() as u64 != len {
        return Err(damaged("not the length it was written with"));
    }
    Ok(out)
}

/// The files of a tar made by `build.rs` (see [`inflate_sized`]), in their order there.
pub(super) fn inflate_tar(blob: &[u8]) -> std::io::Result<Vec<(String, Arc<[u8]>)>> {
    let bytes = inflate_sized(blob)?;
    let mut files = Vec::new();
    let mut archive = tar::Archive::new(bytes.as_slice());
    for entry in archive.entries()? {
        let mut entry = entry?;
        let path = entry.path()?.to_string_lossy().into_owned();
        let mut data = Vec::with_capacity(usize::try_from(entry.size()).unwrap_or(0));
        entry.read_to_end(&mut data)?;
        files.push((path, Arc::from(data)));
    }
    Ok(files)
}

/// All files of a pack in memory, keyed by their `/`-separated path inside the pack.
#[derive(Debug, Clone, Default)]
pub struct PackFiles {
    files: Files,
}

/// A pack's own map, or the embedded pack's shared one (inflated on first read, copied
/// only when changed).
#[derive(Debug, Clone)]
enum Files {
    Own(BTreeMap<String, Arc<[u8]>>),
    Embedded,
}

impl Default for Files {
    fn default() -> Self {
        Files::Own(BTreeMap::new())
    }
}

impl PackFiles {
    /// The embedded default pack. Nothing is inflated until a file is read.
    pub fn embedded() -> Self {
        PackFiles {
            files: Files::Embedded,
        }
    }

    /// Whether these are the embedded default pack's files, unchanged.
    pub fn is_embedded(&self) -> bool {
        matches!(self.files, Files::Embedded)
    }

    fn map(&self) -> &BTreeMap<String, Arc<[u8]>> {
        match &self.files {
            Files::Own(map) => map,
            Files::Embedded => default_pack(),
        }
    }

    fn map_mut(&mut self) -> &mut BTreeMap<String, Arc<[u8]>> {
        if let Files::Embedded = self.files {
            self.files = Files::Own(default_pack().clone());
        }
        match &mut self.files {
            Files::Own(map) => map,
            Files::Embedded => unreachable!("replaced by its own copy above"),
        }
    }

    /// Every file below `dir` (hidden files and `*.md` notes are skipped).
    pub fn from_dir(dir: &Path) -> Result<Self> {
        if !dir.is_dir() {
            return Err(Error::InvalidInput(format!(
                "{} is not a folder",
                dir.display()
            )));
        }
        let mut files = BTreeMap::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d)? {
                let entry = entry?;
                let path = entry.path();
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') {
                    continue;
                }
                if entry.file_type()?.is_dir() {
                    stack.push(path);
                } else if !name.ends_with(".md") {
                    let rel = path
                        .strip_prefix(dir)
                        .expect("walked below dir")
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/");
                    files.insert(rel, Arc::from(std::fs::read(&path)?));
                }
            }
        }
        Ok(PackFiles {
            files: Files::Own(files),
        })
    }

    /// Build from an explicit map (tests, pack files).
    pub fn from_map(files: BTreeMap<String, Vec<u8>>) -> Self {
        PackFiles {
            files: Files::Own(files.into_iter().map(|(k, v)| (k, Arc::from(v))).collect()),
        }
    }

    /// A file's bytes.
    pub fn get(&self, path: &str) -> Option<&Arc<[u8]>> {
        self.map().get(path)
    }

    /// A file as UTF-8 text.
    pub fn text(&self, path: &str) -> Result<&str> {
        let bytes = self
            .get(path)
            .ok_or_else(|| Error::ContentInvalid(format!("{path} is missing")))?;
        std::str::from_utf8(bytes)
            .map_err(|_| Error::ContentInvalid(format!("{path} is not UTF-8 text")))
    }

    /// Whether the pack has this file.
    pub fn contains(&self, path: &str) -> bool {
        self.map().contains_key(path)
    }

    /// Paths that start with `prefix` and end with `suffix`, sorted.
    pub fn paths<'a>(&'a self, prefix: &'a str, suffix: &'a str) -> impl Iterator<Item = &'a str> {
        self.map()
            .keys()
            .filter(move |k| k.starts_with(prefix) && k.ends_with(suffix))
            .map(String::as_str)
    }

    /// Replace or add a file (tests build broken packs this way).
    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.map_mut().insert(path.into(), Arc::from(bytes.into()));
    }

    /// Remove a file.
    pub fn remove(&mut self, path: &str) -> Option<Arc<[u8]>> {
        self.map_mut().remove(path)
    }

    /// Every `(path, bytes)` in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.map().iter().map(|(k, v)| (k.as_str(), v.as_ref()))
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.map().len()
    }

    /// Whether there are no files.
    pub fn is_empty(&self) -> bool {
        self.map().is_empty()
    }
}
