//! A recording team's pack folder: import recorded videos, review them, report status.
//!
//! The pack folder holds `media/videos.toml` (the manifest, signed into the base pack).
//! The videos and caption files live in a separate media folder laid out like a media
//! pack (`media/videos/<sl>/...`, `media/captions/<sl>/<locale>/...`), so gigabytes of
//! video never enter the base pack. Every change of the manifest is all-or-nothing: new
//! files get new names (the first 12 hex digits of the video's SHA-256 are in every
//! name), the manifest is written to a temporary file and renamed over the old one, and
//! only then are superseded files removed.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::probe::{VideoFacts, VideoLimits, probe};
use super::{VideoError, captions, file_label, safe_locale, safe_name};
use crate::content::slots::{VideoSlot, video_slots};
use crate::content::{
    Catalog, PackFiles, ReviewDecision, ReviewStatus, VIDEOS, VideoEntry, VideoManifest,
    VideoReview, VideoStatus,
};
use crate::error::{Error, Result};
use crate::l10n::{Localizer, parse_locale};

/// The header written above the manifest.
const HEADER: &str = "# Sign-language videos of every video slot. [needs_recording] lists, per sign language,\n\
# the slots still to record. `safesteps videos import` adds a [[video]] entry per recorded\n\
# video (file, bytes, sha256, length, captions); `safesteps videos review` records the second\n\
# signer's decision. Only approved videos reach children (docs/content-format.md, Videos).\n\n";

/// A one-word status of a slot's video in one sign language.
pub fn status_word(entry: Option<&VideoEntry>) -> &'static str {
    match entry {
        None => "needs recording",
        Some(v) if v.status != VideoStatus::Recorded => "needs recording",
        Some(v) => match v.review.as_ref().map(|r| r.decision) {
            Some(ReviewDecision::Approved) => "approved",
            Some(ReviewDecision::Rejected) => "rejected",
            None => "awaiting review",
        },
    }
}

/// A pack folder and the media folder beside it, ready for the video workflow.
pub struct Workshop {
    pack_dir: PathBuf,
    media_dir: PathBuf,
    catalog: Catalog,
    manifest: VideoManifest,
}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    /// The videos imported: slot, facts.
    pub videos: Vec<(String, VideoFacts)>,
    /// Caption files written.
    pub captions_written: usize,
    /// Caption files an editor had changed, kept as they are: `(slot, locale)`.
    pub captions_kept: Vec<(String, String)>,
    /// Locales without a translation of a slot's text (no caption made): `(slot, locale)`.
    pub untranslated: Vec<(String, String)>,
}

/// Where one sign language stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageStatus {
    /// ISO 639-3 sign language.
    pub sign_language: String,
    /// Video slots of the pack.
    pub slots: usize,
    /// Slots with a recorded video (approved, rejected or awaiting review).
    pub recorded: usize,
    /// Approved (shown to children).
    pub approved: usize,
    /// Rejected (to record again).
    pub rejected: usize,
    /// Recorded, not yet reviewed.
    pub awaiting_review: usize,
    /// Not recorded (or rejected: those need recording again too).
    pub needs_recording: usize,
    /// Recorded videos with captions, per text locale.
    pub captions: BTreeMap<String, usize>,
}

fn sha256_file(path: &Path) -> Result<String> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    std::io::copy(&mut f, &mut h)?;
    Ok(hex::encode(h.finalize()))
}

/// Write `bytes` to `path` through a temporary file in the same folder, flushed, then
/// renamed over it.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| Error::InvalidInput("a file path has no folder".into()))?;
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        uuid::Uuid::new_v4()
    ));
    let result = (|| -> Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Copy `from` to `to` (a new file), checking its SHA-256 on the way.
fn copy_checked(from: &Path, to: &Path, sha256: &str) -> Result<()> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = to.with_extension(format!("{}.tmp", uuid::Uuid::new_v4()));
    let result = (|| -> Result<()> {
        let mut src = std::fs::File::open(from)?;
        let mut dst = std::fs::File::create(&tmp)?;
        let mut h = Sha256::new();
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = std::io::Read::read(&mut src, &mut buf)?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
            dst.write_all(&buf[..n])?;
        }
        dst.sync_all()?;
        if hex::encode(h.finalize()) != sha256 {
            return Err(VideoError::Truncated {
                file: file_label(from),
                reason: "the file changed while it was being imported".into(),
            }
            .into());
        }
        std::fs::rename(&tmp, to)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

impl Workshop {
    /// Open a pack folder (it must pass `check`) with its media folder.
    pub fn open(pack_dir: &Path, media_dir: &Path) -> Result<Self> {
        let files = PackFiles::from_dir(pack_dir)?;
        let catalog = Catalog::load(files.clone())?;
        let manifest = if files.contains(VIDEOS) {
            toml::from_str::<VideoManifest>(files.text(VIDEOS)?)?
        } else {
            VideoManifest::default()
        };
        Ok(Workshop {
            pack_dir: pack_dir.to_path_buf(),
            media_dir: media_dir.to_path_buf(),
            catalog,
            manifest,
        })
    }

    /// The default media folder of a pack folder: `<pack>-media` beside it.
    pub fn default_media_dir(pack_dir: &Path) -> PathBuf {
        let name = pack_dir
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_os_string()))
            .unwrap_or_else(|| "pack".into());
        let mut name = name;
        name.push("-media");
        pack_dir
            .canonicalize()
            .ok()
            .and_then(|p| p.parent().map(|d| d.join(&name)))
            .unwrap_or_else(|| PathBuf::from(name))
    }

    /// The pack (validated).
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The manifest as on disk (not expanded).
    pub fn manifest(&self) -> &VideoManifest {
        &self.manifest
    }

    /// The media folder.
    pub fn media_dir(&self) -> &Path {
        &self.media_dir
    }

    fn check_sign_language(&self, sl: &str) -> Result<()> {
        if self.catalog.manifest.sign_languages.iter().any(|s| s == sl) {
            Ok(())
        } else {
            Err(Error::InvalidInput(format!(
                "the pack does not list sign language '{}' (pack.toml sign_languages: {})",
                crate::error::excerpt(sl),
                self.catalog.manifest.sign_languages.join(", ")
            )))
        }
    }

    fn entry(&self, slot: &str, sl: &str) -> Option<&VideoEntry> {
        self.manifest
            .video
            .iter()
            .find(|v| v.step == slot && v.sign_language == sl)
    }

    /// Import every `<slot-id>.mp4` in `source` for sign language `sl`. All files are
    /// checked first; if any is refused, nothing is written.
    pub fn import(
        &mut self,
        source: &Path,
        sl: &str,
        signer: Option<&str>,
        limits: &VideoLimits,
        now_ms: i64,
    ) -> Result<ImportReport> {
        self.check_sign_language(sl)?;
        let signer = signer.map(|s| clean_name(s, "signer")).transpose()?;
        let slots: HashMap<String, VideoSlot> = video_slots(&self.catalog)
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        // 1. Every file named for a slot and a valid MP4 within the limits.
        let mut found: Vec<(String, PathBuf)> = Vec::new();
        let mut entries: Vec<_> = std::fs::read_dir(source)
            .map_err(|e| {
                Error::InvalidInput(format!(
                    "cannot read the folder {}: {e}",
                    crate::error::excerpt(&source.to_string_lossy())
                ))
            })?
            .collect::<std::io::Result<Vec<_>>>()?;
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || !e.file_type()?.is_file() {
                continue;
            }
            let path = e.path();
            let (stem, ext) = match name.rsplit_once('.') {
                Some((s, x)) => (s.to_string(), x.to_ascii_lowercase()),
                None => (name.clone(), String::new()),
            };
            if ext != "mp4" {
                return Err(VideoError::WrongContainer {
                    file: file_label(&path),
                    reason: if ext.is_empty() {
                        "the name has no .mp4 ending".into()
                    } else {
                        format!("a .{} file", crate::error::excerpt(&ext))
                    },
                }
                .into());
            }
            if !safe_name(&stem) || !slots.contains_key(&stem) {
                return Err(VideoError::UnknownSlot {
                    file: file_label(&path),
                    slot: crate::error::excerpt(&stem),
                }
                .into());
            }
            if found.iter().any(|(s, _)| *s == stem) {
                return Err(Error::InvalidInput(format!(
                    "{}: a second file for slot '{stem}'",
                    file_label(&path)
                )));
            }
            found.push((stem, path));
        }
        if found.is_empty() {
            return Err(Error::InvalidInput(format!(
                "no <slot-id>.mp4 files in {}",
                crate::error::excerpt(&source.to_string_lossy())
            )));
        }
        let mut probed = Vec::new();
        for (slot, path) in &found {
            probed.push((slot.clone(), path.clone(), probe(path, limits)?));
        }

        // 2. New files under new names; nothing the manifest names is touched.
        let locales: Vec<(String, bool)> = self
            .catalog
            .manifest
            .locales
            .iter()
            .filter(|l| safe_locale(&l.tag))
            .map(|l| (l.tag.clone(), l.status == ReviewStatus::Draft))
            .collect();
        let mut localizers = Vec::new();
        for (tag, draft) in &locales {
            let id = parse_locale(tag)?;
            localizers.push((
                tag.clone(),
                *draft,
                Localizer::new(&self.catalog.resources, std::slice::from_ref(&id))?,
                id,
            ));
        }
        let mut written: Vec<PathBuf> = Vec::new();
        let mut superseded: Vec<PathBuf> = Vec::new();
        let mut report = ImportReport::default();
        let mut manifest = self.manifest.clone();
        let at = super::rfc3339(now_ms);
        let result = (|| -> Result<()> {
            for (slot_id, path, facts) in &probed {
                let slot = &slots[slot_id];
                let tag = &facts.sha256[..12];
                let rel = format!("media/videos/{sl}/{slot_id}.{tag}.mp4");
                let dest = self.media_dir.join(&rel);
                if !dest.is_file() || sha256_file(&dest)? != facts.sha256 {
                    copy_checked(path, &dest, &facts.sha256)?;
                    written.push(dest.clone());
                }
                let old = manifest
                    .video
                    .iter()
                    .find(|v| v.step == *slot_id && v.sign_language == sl)
                    .cloned();
                let mut caps = BTreeMap::new();
                let mut cap_hashes = BTreeMap::new();
                for (locale, draft, l10n, id) in &localizers {
                    // Keep an editor's file: it differs from what was generated.
                    if let Some(o) = &old
                        && let (Some(p), Some(h)) =
                            (o.captions.get(locale), o.caption_sha256.get(locale))
                    {
                        let existing = self.media_dir.join(p);
                        if existing.is_file() && sha256_file(&existing)? != *h {
                            caps.insert(locale.clone(), p.clone());
                            cap_hashes.insert(locale.clone(), h.clone());
                            report.captions_kept.push((slot_id.clone(), locale.clone()));
                            continue;
                        }
                    }
                    let Some(text) = l10n.text(&slot.message).filter(|t| t.locale == *id) else {
                        report.untranslated.push((slot_id.clone(), locale.clone()));
                        continue;
                    };
                    let vtt = captions::webvtt(
                        &text.value,
                        facts.duration_ms,
                        locale,
                        *draft,
                        slot_id,
                        sl,
                    );
                    // Named by the caption's own hash: a changed text or a new take gives a
                    // new file, so nothing the manifest names is ever rewritten.
                    let vtag = &crate::content::signing::sha256_hex(vtt.as_bytes())[..12];
                    let crel = format!("media/captions/{sl}/{locale}/{slot_id}.{vtag}.vtt");
                    let cdest = self.media_dir.join(&crel);
                    if !cdest.is_file() {
                        write_atomic(&cdest, vtt.as_bytes())?;
                        written.push(cdest);
                    } else if std::fs::read(&cdest)? != vtt.as_bytes() {
                        // Same video, an edited caption not recorded as such: keep it.
                        caps.insert(locale.clone(), crel.clone());
                        cap_hashes.insert(
                            locale.clone(),
                            crate::content::signing::sha256_hex(vtt.as_bytes()),
                        );
                        report.captions_kept.push((slot_id.clone(), locale.clone()));
                        continue;
                    }
                    report.captions_written += 1;
                    caps.insert(locale.clone(), crel);
                    cap_hashes.insert(
                        locale.clone(),
                        crate::content::signing::sha256_hex(vtt.as_bytes()),
                    );
                }
                let same_video =
                    old.as_ref().and_then(|o| o.sha256.as_deref()) == Some(facts.sha256.as_str());
                if let Some(o) = &old {
                    if let Some(f) = &o.file
                        && *f != rel
                    {
                        superseded.push(self.media_dir.join(f));
                    }
                    for (l, p) in &o.captions {
                        if caps.get(l) != Some(p) {
                            superseded.push(self.media_dir.join(p));
                        }
                    }
                }
                let entry = VideoEntry {
                    step: slot_id.clone(),
                    sign_language: sl.to_string(),
                    status: VideoStatus::Recorded,
                    file: Some(rel),
                    bytes: Some(facts.bytes),
                    sha256: Some(facts.sha256.clone()),
                    captions: caps,
                    duration_ms: Some(facts.duration_ms),
                    width: Some(facts.width),
                    height: Some(facts.height),
                    signer: signer.clone().or_else(|| {
                        old.as_ref()
                            .and_then(|o| o.signer.clone())
                            .filter(|_| same_video)
                    }),
                    recorded_at: Some(if same_video {
                        old.as_ref()
                            .and_then(|o| o.recorded_at.clone())
                            .unwrap_or(at.clone())
                    } else {
                        at.clone()
                    }),
                    caption_sha256: cap_hashes,
                    // A new recording needs a new review; the same file keeps its review.
                    review: old
                        .as_ref()
                        .and_then(|o| o.review.clone())
                        .filter(|_| same_video),
                };
                manifest
                    .video
                    .retain(|v| !(v.step == *slot_id && v.sign_language == sl));
                manifest.video.push(entry);
                if let Some(list) = manifest.needs_recording.get_mut(sl) {
                    list.retain(|s| s != slot_id);
                    if list.is_empty() {
                        manifest.needs_recording.remove(sl);
                    }
                }
                report.videos.push((slot_id.clone(), facts.clone()));
            }
            // 3. The manifest, whole, in one rename: the commit point.
            self.write_manifest(&manifest)
        })();
        if let Err(e) = result {
            for p in &written {
                let _ = std::fs::remove_file(p);
            }
            return Err(e);
        }
        self.manifest = manifest;
        for p in superseded {
            let _ = std::fs::remove_file(p);
        }
        Ok(report)
    }

    fn write_manifest(&self, manifest: &VideoManifest) -> Result<()> {
        let mut m = manifest.clone();
        // Stable order: by slot order in the pack, then sign language.
        let order: HashMap<String, usize> = video_slots(&self.catalog)
            .into_iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        m.video.sort_by(|a, b| {
            (order.get(&a.step), &a.sign_language).cmp(&(order.get(&b.step), &b.sign_language))
        });
        let body = toml::to_string(&m).map_err(|e| {
            Error::Internal(format!("the video manifest could not be written: {e}"))
        })?;
        write_atomic(
            &self.pack_dir.join(VIDEOS),
            format!("{HEADER}{body}").as_bytes(),
        )
    }

    /// Record a second signer's review of a recorded video. The reviewer must differ
    /// from the signer named at import; a rejection needs a reason. The video file must
    /// still be the one imported.
    pub fn review(
        &mut self,
        sl: &str,
        slot: &str,
        reviewer: &str,
        decision: ReviewDecision,
        reason: Option<&str>,
        now_ms: i64,
    ) -> Result<VideoEntry> {
        self.check_sign_language(sl)?;
        let reviewer = clean_name(reviewer, "reviewer")?;
        let reason = reason
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(|r| clean_text(r, "reason"))
            .transpose()?;
        let entry = self
            .entry(slot, sl)
            .filter(|v| v.status == VideoStatus::Recorded)
            .ok_or_else(|| {
                VideoError::Review(format!(
                    "slot '{}' has no recorded video in '{}' to review; import it first",
                    crate::error::excerpt(slot),
                    crate::error::excerpt(sl)
                ))
            })?
            .clone();
        if let Some(signer) = &entry.signer
            && signer.to_lowercase() == reviewer.to_lowercase()
        {
            return Err(VideoError::Review(format!(
                "'{}' signed this video; a second signer must review it",
                crate::error::excerpt(&reviewer)
            ))
            .into());
        }
        if decision == ReviewDecision::Rejected && reason.is_none() {
            return Err(VideoError::Review(
                "a rejection needs a reason (--reason), so the signer knows what to change".into(),
            )
            .into());
        }
        let (Some(file), Some(sha)) = (&entry.file, &entry.sha256) else {
            return Err(VideoError::Review("the manifest entry names no file".into()).into());
        };
        let path = self.media_dir.join(file);
        if !path.is_file() || sha256_file(&path)? != *sha {
            return Err(VideoError::Review(format!(
                "{} is missing from the media folder or changed since it was imported; import it again",
                file_label(&path)
            ))
            .into());
        }
        let mut manifest = self.manifest.clone();
        let e = manifest
            .video
            .iter_mut()
            .find(|v| v.step == slot && v.sign_language == sl)
            .expect("found above");
        e.review = Some(VideoReview {
            reviewer,
            decision,
            at: super::rfc3339(now_ms),
            reason,
        });
        let out = e.clone();
        self.write_manifest(&manifest)?;
        self.manifest = manifest;
        Ok(out)
    }

    /// Where each sign language stands (all the pack lists, or one).
    pub fn status(&self, only: Option<&str>) -> Result<Vec<LanguageStatus>> {
        if let Some(sl) = only {
            self.check_sign_language(sl)?;
        }
        let slots = video_slots(&self.catalog);
        let mut out = Vec::new();
        for sl in &self.catalog.manifest.sign_languages {
            if only.is_some_and(|o| o != sl) {
                continue;
            }
            let mut s = LanguageStatus {
                sign_language: sl.clone(),
                slots: slots.len(),
                recorded: 0,
                approved: 0,
                rejected: 0,
                awaiting_review: 0,
                needs_recording: 0,
                captions: self
                    .catalog
                    .manifest
                    .locales
                    .iter()
                    .map(|l| (l.tag.clone(), 0))
                    .collect(),
            };
            for slot in &slots {
                let e = self.entry(&slot.id, sl);
                match status_word(e) {
                    "approved" => s.approved += 1,
                    "rejected" => s.rejected += 1,
                    "awaiting review" => s.awaiting_review += 1,
                    _ => {}
                }
                if let Some(e) = e.filter(|e| e.status == VideoStatus::Recorded) {
                    s.recorded += 1;
                    for l in e.captions.keys() {
                        *s.captions.entry(l.clone()).or_default() += 1;
                    }
                }
            }
            s.needs_recording = s.slots - s.approved - s.awaiting_review;
            out.push(s);
        }
        Ok(out)
    }
}

/// A person's name for the manifest: trimmed, 1-80 characters, no control characters.
fn clean_name(s: &str, what: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() || t.chars().count() > 80 || t.chars().any(char::is_control) {
        return Err(Error::InvalidInput(format!(
            "the {what} must be a name of 1 to 80 characters without control characters (got '{}')",
            crate::error::excerpt(t)
        )));
    }
    Ok(t.to_string())
}

fn clean_text(s: &str, what: &str) -> Result<String> {
    if s.chars().count() > 500 || s.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Error::InvalidInput(format!(
            "the {what} must be at most 500 characters without control characters"
        )));
    }
    Ok(s.to_string())
}
