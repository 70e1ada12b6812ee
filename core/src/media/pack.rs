//! Signed media packs: one sign language's approved videos and their captions, tied to
//! a base pack (id and version), signed like content packs (`SIGNATURE.json` first,
//! ed25519 over every file's SHA-256). A phone downloads only its own sign language.
//!
//! Installing streams the pack to disk with bounded memory: the signature and the
//! publisher are checked before any file is unpacked, `MEDIA.json` (second in the pack)
//! is checked against the sign language and the base pack in use before any video is
//! unpacked, every file's size and hash are checked against the signed lists as it is
//! written into a staging folder, and the staging folder replaces the installed one in
//! one rename. On any failure nothing installed changes.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

#[cfg(feature = "authoring")]
use ed25519_dalek::SigningKey;
use ed25519_dalek::VerifyingKey;
use serde::{Deserialize, Serialize};
#[cfg(feature = "authoring")]
use sha2::{Digest, Sha256};

#[cfg(feature = "authoring")]
use super::workshop::Workshop;
use super::{VideoError, safe_locale, safe_name};
use crate::content::Catalog;
#[cfg(feature = "authoring")]
use crate::content::ReviewStatus;
#[cfg(feature = "authoring")]
use crate::content::signing::signature_file;
use crate::content::signing::{
    EntrySink, Limits, SIGNATURE_FILE, SignedList, check_signature_file, stream_entries,
};
use crate::error::{Error, Result};

/// The media pack's own manifest, second in the pack.
pub const MEDIA_FILE: &str = "MEDIA.json";
/// The manifest of media packs of format 1, recognised only to say they must be built
/// and installed again.
pub const OLD_MEDIA_FILE: &str = "MEDIA.toml";
/// Format of [`MediaManifest`] (2: `MEDIA.json`; 1 was `MEDIA.toml`).
pub const MEDIA_FORMAT: u32 = 2;
/// The `kind` of a media pack.
pub const MEDIA_KIND: &str = "sign-language-media";

/// Bounds on reading a media pack: up to 2,000 files, 160 MiB per file (the largest
/// video is 80 MiB), 4 GiB in all. Memory stays bounded whatever the sizes: only
/// `SIGNATURE.json` and `MEDIA.json` (at most 1 MiB) are held in memory.
pub fn media_limits() -> Limits {
    Limits {
        max_file_bytes: 4 * 1024 * 1024 * 1024,
        max_entry_bytes: 160 * 1024 * 1024,
        max_unpacked_bytes: 4 * 1024 * 1024 * 1024,
        max_entries: 2_000,
        max_signature_bytes: 512 * 1024,
    }
}

const MAX_MEDIA_MANIFEST: u64 = 1024 * 1024;

/// `MEDIA.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MediaManifest {
    /// Format version ([`MEDIA_FORMAT`]).
    pub format: u32,
    /// Always [`MEDIA_KIND`].
    pub kind: String,
    /// ISO 639-3 sign language of every video in the pack.
    pub sign_language: String,
    /// Id of the content pack the videos belong to.
    pub base_pack: String,
    /// Version of that pack when the media pack was built. The media pack fits base
    /// packs of the same id and major version, at this version or newer.
    pub base_version: semver::Version,
    /// The approved videos.
    #[serde(default)]
    pub video: Vec<MediaVideo>,
}

/// One approved video in a media pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MediaVideo {
    /// Video slot id.
    pub slot: String,
    /// Path inside the pack.
    pub file: String,
    /// Size in bytes.
    pub bytes: u64,
    /// SHA-256 (hex).
    pub sha256: String,
    /// Length in milliseconds.
    pub duration_ms: u64,
    /// Who signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<String>,
    /// Who approved it, and when.
    pub reviewer: String,
    /// When it was approved (RFC 3339).
    pub approved_at: String,
    /// WebVTT captions per text locale.
    #[serde(default)]
    pub captions: BTreeMap<String, MediaCaption>,
}

/// One caption file in a media pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MediaCaption {
    /// Path inside the pack.
    pub file: String,
    /// Size in bytes.
    pub bytes: u64,
    /// SHA-256 (hex).
    pub sha256: String,
    /// The text's translation was not reviewed by a native speaker.
    pub draft: bool,
}

impl MediaManifest {
    /// Every file the manifest names, with its size and hash.
    fn files(&self) -> Vec<(&str, u64, &str)> {
        let mut out = Vec::new();
        for v in &self.video {
            out.push((v.file.as_str(), v.bytes, v.sha256.as_str()));
            for c in v.captions.values() {
                out.push((c.file.as_str(), c.bytes, c.sha256.as_str()));
            }
        }
        out
    }

    /// Structure checks: kind, format, safe slot ids and paths under this sign
    /// language's folders.
    fn check(&self) -> std::result::Result<(), String> {
        if self.format != MEDIA_FORMAT || self.kind != MEDIA_KIND {
            return Err("it is not a sign-language media pack this app knows".into());
        }
        let sl = &self.sign_language;
        if sl.len() != 3 || !sl.chars().all(|c| c.is_ascii_lowercase()) {
            return Err("its sign language is not an ISO 639-3 code".into());
        }
        let mut slots = std::collections::HashSet::new();
        for v in &self.video {
            if !safe_name(&v.slot) || !slots.insert(v.slot.as_str()) {
                return Err(format!(
                    "slot '{}' is malformed or listed twice",
                    crate::error::excerpt(&v.slot)
                ));
            }
            if !v.file.starts_with(&format!("media/videos/{sl}/")) {
                return Err(format!(
                    "{} is not in media/videos/{sl}/",
                    crate::error::excerpt(&v.file)
                ));
            }
            for (l, c) in &v.captions {
                if !safe_locale(l) || !c.file.starts_with(&format!("media/captions/{sl}/{l}/")) {
                    return Err(format!(
                        "{} is not in media/captions/{sl}/<locale>/",
                        crate::error::excerpt(&c.file)
                    ));
                }
            }
        }
        Ok(())
    }
}

/// What `build` made.
#[derive(Debug, Clone)]
pub struct BuiltMediaPack {
    /// The manifest inside.
    pub manifest: MediaManifest,
    /// Size of the pack file.
    pub bytes: u64,
    /// Approved videos left out because a file was missing or changed: none (that is
    /// an error); recorded videos not approved (left out by design).
    pub unapproved: usize,
}

#[cfg(feature = "authoring")]
fn sha256_file(path: &Path) -> Result<(String, u64)> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let n = std::io::copy(&mut f, &mut h)?;
    Ok((hex::encode(h.finalize()), n))
}

/// Build the signed media pack of one sign language from a workshop (pack folder and
/// media folder): only approved videos, each checked against the manifest, with their
/// caption files (an editor's changes included). Written through a temporary file that
/// is read back as an app would read it before it is renamed to `out`.
#[cfg(feature = "authoring")]
pub fn build(ws: &Workshop, sl: &str, key: &SigningKey, out: &Path) -> Result<BuiltMediaPack> {
    let cat = ws.catalog();
    if !cat.manifest.sign_languages.iter().any(|s| s == sl) {
        return Err(Error::InvalidInput(format!(
            "the pack does not list sign language '{}'",
            crate::error::excerpt(sl)
        )));
    }
    let drafts: std::collections::HashSet<&str> = cat
        .manifest
        .locales
        .iter()
        .filter(|l| l.status == ReviewStatus::Draft)
        .map(|l| l.tag.as_str())
        .collect();
    let media = ws.media_dir();
    let mut videos = Vec::new();
    let mut sources: Vec<(String, PathBuf)> = Vec::new();
    let mut unapproved = 0;
    for e in ws.manifest().video.iter().filter(|v| v.sign_language == sl) {
        if !e.approved() {
            unapproved += usize::from(e.status == crate::content::VideoStatus::Recorded);
            continue;
        }
        let (Some(file), Some(sha), Some(bytes)) = (&e.file, &e.sha256, e.bytes) else {
            return Err(Error::InvalidInput(format!(
                "slot '{}' is approved but names no file",
                e.step
            )));
        };
        let path = media.join(file);
        let (got, n) = sha256_file(&path).map_err(|_| {
            Error::InvalidInput(format!(
                "{} is missing from the media folder",
                crate::error::excerpt(file)
            ))
        })?;
        if got != *sha || n != bytes {
            return Err(Error::InvalidInput(format!(
                "{} changed since it was imported and approved; import and review it again",
                crate::error::excerpt(file)
            )));
        }
        sources.push((file.clone(), path));
        let mut captions = BTreeMap::new();
        for (locale, cfile) in &e.captions {
            let cpath = media.join(cfile);
            let text = std::fs::read(&cpath).map_err(|_| {
                Error::InvalidInput(format!(
                    "{} is missing from the media folder",
                    crate::error::excerpt(cfile)
                ))
            })?;
            if !String::from_utf8_lossy(&text)
                .trim_start_matches('\u{feff}')
                .starts_with("WEBVTT")
            {
                return Err(Error::InvalidInput(format!(
                    "{} is not a WebVTT file",
                    crate::error::excerpt(cfile)
                )));
            }
            captions.insert(
                locale.clone(),
                MediaCaption {
                    file: cfile.clone(),
                    bytes: text.len() as u64,
                    sha256: crate::content::signing::sha256_hex(&text),
                    draft: drafts.contains(locale.as_str()),
                },
            );
            sources.push((cfile.clone(), cpath));
        }
        let review = e.review.as_ref().expect("approved");
        videos.push(MediaVideo {
            slot: e.step.clone(),
            file: file.clone(),
            bytes,
            sha256: sha.clone(),
            duration_ms: e.duration_ms.unwrap_or(0),
            signer: e.signer.clone(),
            reviewer: review.reviewer.clone(),
            approved_at: review.at.clone(),
            captions,
        });
    }
    if videos.is_empty() {
        return Err(Error::InvalidInput(format!(
            "no approved videos in '{}' to pack ({unapproved} recorded, awaiting or failing review)",
            crate::error::excerpt(sl)
        )));
    }
    let manifest = MediaManifest {
        format: MEDIA_FORMAT,
        kind: MEDIA_KIND.into(),
        sign_language: sl.to_string(),
        base_pack: cat.manifest.id.clone(),
        base_version: cat.manifest.version.clone(),
        video: videos,
    };
    let manifest_text = serde_json::to_string_pretty(&manifest)
        .map_err(|e| Error::Internal(format!("MEDIA.json could not be written: {e}")))?;
    let mut digests = BTreeMap::new();
    digests.insert(
        MEDIA_FILE.to_string(),
        crate::content::signing::sha256_hex(manifest_text.as_bytes()),
    );
    for (v_path, bytes, sha) in manifest.files() {
        let _ = bytes;
        digests.insert(v_path.to_string(), sha.to_string());
    }
    let signature = signature_file(&digests, key)?;

    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{}.tmp", uuid::Uuid::new_v4()));
    let result = (|| -> Result<u64> {
        let file = std::fs::File::create(&tmp)?;
        // Videos are already compressed: the fastest level keeps building quick.
        let gz = flate2::write::GzEncoder::new(
            std::io::BufWriter::new(file),
            flate2::Compression::fast(),
        );
        let mut tar = tar::Builder::new(gz);
        let mut add = |path: &str, size: u64, data: &mut dyn Read| -> Result<()> {
            let mut header = tar::Header::new_ustar();
            header.set_size(size);
            header.set_mode(0o644);
            header.set_mtime(0);
            header.set_entry_type(tar::EntryType::Regular);
            tar.append_data(&mut header, path, data)?;
            Ok(())
        };
        add(
            SIGNATURE_FILE,
            signature.len() as u64,
            &mut signature.as_bytes(),
        )?;
        add(
            MEDIA_FILE,
            manifest_text.len() as u64,
            &mut manifest_text.as_bytes(),
        )?;
        for (path, src) in &sources {
            let f = std::fs::File::open(src)?;
            let size = f.metadata()?.len();
            add(path, size, &mut std::io::BufReader::new(f))?;
        }
        let mut w = tar.into_inner()?.finish()?;
        w.flush()?;
        let f = w.into_inner().map_err(|e| Error::Io(e.into_error()))?;
        f.sync_all()?;
        // Read back as an app reads it (every hash, the container whole).
        let mut check = Checker::new(None, None);
        let streamed = stream_entries(
            std::fs::File::open(&tmp)?,
            Some(&[key.verifying_key()]),
            &media_limits(),
            &mut check,
        )?;
        std::fs::rename(&tmp, out)?;
        Ok(streamed.bytes)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    Ok(BuiltMediaPack {
        manifest,
        bytes: result?,
        unapproved,
    })
}

/// What a media pack must fit when it is installed.
struct Expect<'a> {
    catalog: &'a Catalog,
    sign_language: Option<&'a str>,
}

/// The sink that checks `MEDIA.json` when it arrives and writes everything else into a
/// staging folder (or nowhere, when only checking).
struct Checker<'a> {
    expect: Option<Expect<'a>>,
    staging: Option<PathBuf>,
    signed: Option<SignedList>,
    manifest: Option<MediaManifest>,
    manifest_bytes: Vec<u8>,
    taken: usize,
}

impl<'a> Checker<'a> {
    fn new(expect: Option<Expect<'a>>, staging: Option<PathBuf>) -> Self {
        Checker {
            expect,
            staging,
            signed: None,
            manifest: None,
            manifest_bytes: Vec::new(),
            taken: 0,
        }
    }
}

fn refused(msg: impl Into<String>) -> Error {
    VideoError::MediaPackRejected(msg.into()).into()
}

/// Whether a media pack fits the content pack in use: the same pack id, the same major
/// version, built for this version or an older one, and a sign language the pack lists.
pub fn fits(m: &MediaManifest, catalog: &Catalog) -> Result<()> {
    let in_use = &catalog.manifest;
    if m.base_pack != in_use.id
        || m.base_version.major != in_use.version.major
        || m.base_version > in_use.version
    {
        return Err(VideoError::BasePackMismatch {
            found: format!("{} {}", crate::error::excerpt(&m.base_pack), m.base_version),
            in_use: format!("{} {}", in_use.id, in_use.version),
        }
        .into());
    }
    if !in_use.sign_languages.contains(&m.sign_language) {
        return Err(refused(format!(
            "the content in use does not list sign language '{}'",
            m.sign_language
        )));
    }
    Ok(())
}

impl EntrySink for Checker<'_> {
    fn signed(&mut self, list: &SignedList) -> Result<()> {
        self.signed = Some(list.clone());
        Ok(())
    }

    fn entry(&mut self, path: &str, size: u64, data: &mut dyn Read) -> Result<()> {
        self.taken += 1;
        if path == SIGNATURE_FILE {
            return self.write(path, size, data);
        }
        if self.manifest.is_none() {
            if path != MEDIA_FILE {
                return Err(refused(
                    "the file is not a sign-language media pack (MEDIA.json must follow SIGNATURE.json; a content pack is installed with install_pack)",
                ));
            }
            if size > MAX_MEDIA_MANIFEST {
                return Err(refused("MEDIA.json is larger than 1 MiB"));
            }
            self.manifest_bytes.clear();
            data.take(size)
                .read_to_end(&mut self.manifest_bytes)
                .map_err(|_| refused("the pack file is damaged or incomplete"))?;
            return Ok(());
        }
        let m = self.manifest.as_ref().expect("checked");
        let listed = m.files().into_iter().find(|(p, _, _)| *p == path);
        match listed {
            Some((_, bytes, _)) if bytes == size => self.write(path, size, data),
            Some(_) => Err(refused(format!(
                "{} does not have the size MEDIA.json gives",
                crate::error::excerpt(path)
            ))),
            None => Err(refused(format!(
                "{} is not listed in MEDIA.json",
                crate::error::excerpt(path)
            ))),
        }
    }

    fn verified(&mut self, path: &str) -> Result<()> {
        if path != MEDIA_FILE || self.manifest.is_some() {
            return Ok(());
        }
        // MEDIA.json matched its signed hash: now parse and check it, before any video.
        let text = std::str::from_utf8(&self.manifest_bytes)
            .map_err(|_| refused("MEDIA.json is malformed"))?;
        let m: MediaManifest = crate::content::built::json_file(text)
            .map_err(|_| refused("MEDIA.json is malformed"))?;
        m.check().map_err(refused)?;
        if let Some(expect) = &self.expect {
            if let Some(want) = expect.sign_language
                && want != m.sign_language
            {
                return Err(VideoError::WrongSignLanguage {
                    found: m.sign_language.clone(),
                    expected: want.to_string(),
                }
                .into());
            }
            fits(&m, expect.catalog)?;
        }
        let signed = self.signed.as_ref().map(|s| &s.files);
        for (p, _, sha) in m.files() {
            if let Some(files) = signed
                && files.get(p).map(String::as_str) != Some(sha)
            {
                return Err(refused(format!(
                    "{} has another hash in MEDIA.json than in the signature",
                    crate::error::excerpt(p)
                )));
            }
        }
        if let Some(files) = signed
            && files.len() != m.files().len() + 1
        {
            return Err(refused("the signature lists files MEDIA.json does not"));
        }
        if let Some(dir) = &self.staging {
            let path = dir.join(MEDIA_FILE);
            std::fs::write(&path, &self.manifest_bytes)?;
        }
        self.manifest = Some(m);
        Ok(())
    }
}

impl Checker<'_> {
    fn write(&mut self, path: &str, size: u64, data: &mut dyn Read) -> Result<()> {
        let Some(dir) = &self.staging else {
            return copy_entry(data, size, &mut std::io::sink());
        };
        let dest = dir.join(path);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut f = std::fs::File::create(&dest)?;
        copy_entry(data, size, &mut f)?;
        f.sync_all()?;
        Ok(())
    }
}

/// Copy one entry: a read that fails is damage in the pack (refused), a write that
/// fails is this device's storage (an I/O error, e.g. full).
fn copy_entry(data: &mut dyn Read, size: u64, to: &mut dyn Write) -> Result<()> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut left = size;
    while left > 0 {
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = data
            .read(&mut buf[..want])
            .map_err(|_| refused("the pack file is damaged or incomplete"))?;
        if n == 0 {
            return Err(refused("the pack file is damaged or incomplete"));
        }
        to.write_all(&buf[..n])?;
        left -= n as u64;
    }
    Ok(())
}

/// One installed sign language's media: its folder and manifest, by slot.
#[derive(Debug, Clone)]
pub struct MediaSet {
    /// The folder that holds `MEDIA.json` and the files.
    pub dir: PathBuf,
    /// The manifest.
    pub manifest: MediaManifest,
    by_slot: HashMap<String, usize>,
}

impl MediaSet {
    fn new(dir: PathBuf, manifest: MediaManifest) -> Self {
        let by_slot = manifest
            .video
            .iter()
            .enumerate()
            .map(|(i, v)| (v.slot.clone(), i))
            .collect();
        MediaSet {
            dir,
            manifest,
            by_slot,
        }
    }

    /// The video of a slot, if the pack has one.
    pub fn video(&self, slot: &str) -> Option<&MediaVideo> {
        self.by_slot.get(slot).map(|&i| &self.manifest.video[i])
    }

    /// The absolute path of a file of this set.
    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }
}

/// The media packs installed on a device, by sign language.
#[derive(Debug, Clone, Default)]
pub struct InstalledMedia {
    /// By sign language.
    pub sets: BTreeMap<String, MediaSet>,
    /// Installed media packs not in use, and why.
    pub problems: Vec<String>,
}

/// The folder for media packs inside a pack folder.
pub fn media_root(pack_dir: &Path) -> PathBuf {
    pack_dir.join("media")
}

impl InstalledMedia {
    /// The media packs installed below `pack_dir/media/<sl>/`, each checked again: its
    /// `SIGNATURE.json` against the trusted keys, `MEDIA.json` against the signature and
    /// the content in use, and every file's presence and size (hashes were checked when
    /// it was installed). A set that fails is left out, with the reason.
    pub fn load(pack_dir: &Path, trusted: &[VerifyingKey], catalog: &Catalog) -> Self {
        let mut out = InstalledMedia::default();
        let root = media_root(pack_dir);
        let Ok(entries) = std::fs::read_dir(&root) else {
            return out;
        };
        let mut names: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in &names {
            if name.starts_with('.') {
                // Leftovers of an install that was interrupted.
                let _ = std::fs::remove_dir_all(root.join(name));
                continue;
            }
            let dir = root.join(name);
            match load_set(&dir, trusted, catalog) {
                Ok(set) if set.manifest.sign_language == *name => {
                    out.sets.insert(name.clone(), set);
                }
                Ok(_) => out
                    .problems
                    .push(format!("{name}: the folder holds another sign language")),
                Err(e) => out.problems.push(format!("{name}: {e}")),
            }
        }
        out
    }
}

fn load_set(dir: &Path, trusted: &[VerifyingKey], catalog: &Catalog) -> Result<MediaSet> {
    let limits = media_limits();
    if !dir.join(MEDIA_FILE).exists() && dir.join(OLD_MEDIA_FILE).exists() {
        return Err(crate::content::built::old_format(format!(
            "the media pack in {} was built by an older SafeSteps (MEDIA.toml); build it again with `safesteps pack build-media` and install it again",
            dir.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        )));
    }
    let sig = std::fs::read(dir.join(SIGNATURE_FILE))?;
    let list = check_signature_file(&sig, trusted, &limits)?;
    let text = std::fs::read(dir.join(MEDIA_FILE))?;
    if list.files.get(MEDIA_FILE).map(String::as_str)
        != Some(crate::content::signing::sha256_hex(&text).as_str())
    {
        return Err(refused("MEDIA.json does not match its signature"));
    }
    if text.len() as u64 > MAX_MEDIA_MANIFEST {
        return Err(refused("MEDIA.json is larger than 1 MiB"));
    }
    let m: MediaManifest = crate::content::built::json_file(
        std::str::from_utf8(&text).map_err(|_| refused("MEDIA.json is malformed"))?,
    )
    .map_err(|_| refused("MEDIA.json is malformed"))?;
    m.check().map_err(refused)?;
    fits(&m, catalog)?;
    for (p, bytes, _) in m.files() {
        let len = std::fs::metadata(dir.join(p)).map(|md| md.len()).ok();
        if len != Some(bytes) {
            return Err(refused(format!(
                "{} is missing or changed",
                crate::error::excerpt(p)
            )));
        }
    }
    Ok(MediaSet::new(dir.to_path_buf(), m))
}

/// Install a media pack file into `pack_dir/media/<sl>/` (see the module docs).
/// `sign_language`, when given, is the only sign language accepted.
pub fn install(
    pack_dir: &Path,
    file: &Path,
    trusted: &[VerifyingKey],
    catalog: &Catalog,
    sign_language: Option<&str>,
) -> Result<MediaSet> {
    let limits = media_limits();
    let f = crate::content::signing::open_pack_file(file, &limits)?;
    let root = media_root(pack_dir);
    std::fs::create_dir_all(&root)?;
    let staging = root.join(format!(".incoming-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir(&staging)?;
    let result = (|| -> Result<MediaSet> {
        let mut sink = Checker::new(
            Some(Expect {
                catalog,
                sign_language,
            }),
            Some(staging.clone()),
        );
        stream_entries(f, Some(trusted), &limits, &mut sink)?;
        let m = sink
            .manifest
            .take()
            .ok_or_else(|| refused("the pack has no MEDIA.json"))?;
        let final_dir = root.join(&m.sign_language);
        // Swap: the old folder aside, the new one in, the old one removed.
        let old = root.join(format!(".old-{}", uuid::Uuid::new_v4()));
        let had_old = final_dir.exists();
        if had_old {
            std::fs::rename(&final_dir, &old)?;
        }
        if let Err(e) = std::fs::rename(&staging, &final_dir) {
            if had_old {
                let _ = std::fs::rename(&old, &final_dir);
            }
            return Err(e.into());
        }
        if let Ok(d) = std::fs::File::open(&root) {
            let _ = d.sync_all();
        }
        if had_old {
            let _ = std::fs::remove_dir_all(&old);
        }
        Ok(MediaSet::new(final_dir, m))
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}
