//! Pictures, badges, sign-language videos and captions.

use rustc_hash::FxHashSet as HashSet;

use super::*;

pub(super) fn check_videos(c: &mut Checker, parsed: &Parsed, slots: &HashSet<String>) {
    let sign_languages: HashSet<&str> = parsed
        .manifest
        .sign_languages
        .iter()
        .map(String::as_str)
        .collect();
    let default = parsed.manifest.default_locale.as_str();
    let mut pairs = HashSet::default();
    for (i, v) in parsed.videos.video.iter().enumerate() {
        let at = |k: &str| p(&[&"video", &i, &k]);
        if !slots.contains(&v.step) {
            c.push(
                Severity::Error,
                "E016",
                super::super::VIDEOS,
                Locator::Toml(at("step")),
                format!(
                    "video for unknown slot '{}'",
                    super::structure::escape(&v.step)
                ),
                None,
            );
        }
        if !sign_languages.contains(v.sign_language.as_str()) {
            c.push(
                Severity::Error,
                "E017",
                super::super::VIDEOS,
                Locator::Toml(at("sign_language")),
                format!(
                    "sign language '{}' is not listed in pack.toml sign_languages",
                    v.sign_language
                ),
                None,
            );
        }
        if !pairs.insert((v.step.as_str(), v.sign_language.as_str())) {
            c.push(
                Severity::Error,
                "E001",
                super::super::VIDEOS,
                Locator::Toml(at("step")),
                format!("two videos for step '{}' in '{}'", v.step, v.sign_language),
                None,
            );
        }
        for (locale, path) in &v.captions {
            match c.files.text(path) {
                Ok(t) if t.trim_start_matches('\u{feff}').starts_with("WEBVTT") => {}
                Ok(_) => c.push(
                    Severity::Error,
                    "E019",
                    super::super::VIDEOS,
                    Locator::Toml(at("captions")),
                    format!("captions '{path}' ({locale}) are not a WebVTT file"),
                    None,
                ),
                // Captions made by `safesteps videos import` (their hash is recorded)
                // travel in the sign language's media pack, not in the base pack.
                Err(_) if v.caption_sha256.contains_key(locale) => {}
                Err(_) => c.push(
                    Severity::Error,
                    "E005",
                    super::super::VIDEOS,
                    Locator::Toml(at("captions")),
                    format!("captions '{path}' ({locale}) are not in the pack"),
                    None,
                ),
            }
        }
        if v.status != VideoStatus::Recorded {
            continue;
        }
        if !v.captions.contains_key(default) {
            c.push(
                Severity::Error,
                "E018",
                super::super::VIDEOS,
                Locator::Toml(at("step")),
                format!(
                    "video of '{}' in '{}' has no captions in the default locale ({default})",
                    v.step, v.sign_language
                ),
                Some("every video needs WebVTT captions".into()),
            );
        }
        let (Some(file), Some(bytes), Some(sha)) = (&v.file, v.bytes, &v.sha256) else {
            c.push(
                Severity::Error,
                "E020",
                super::super::VIDEOS,
                Locator::Toml(at("status")),
                "a recorded video needs file, bytes and sha256".into(),
                None,
            );
            continue;
        };
        if sha.len() != 64 || !sha.chars().all(|ch| ch.is_ascii_hexdigit()) {
            c.push(
                Severity::Error,
                "E020",
                super::super::VIDEOS,
                Locator::Toml(at("sha256")),
                "sha256 must be 64 hex digits".into(),
                None,
            );
        } else if let Some(data) = c.files.get(file)
            && (data.len() as u64 != bytes
                || super::super::signing::sha256_hex(data) != sha.to_ascii_lowercase())
        {
            c.push(
                Severity::Error,
                "E021",
                super::super::VIDEOS,
                Locator::Toml(at("sha256")),
                format!("video '{file}' does not match its size or hash"),
                None,
            );
        }
    }
}

/// The compact `needs_recording` lists: known steps and sign languages, no duplicates.
pub(super) fn check_video_lists(c: &mut Checker, parsed: &Parsed, slots: &HashSet<String>) {
    let explicit: HashSet<(&str, &str)> = parsed
        .videos
        .video
        .iter()
        .map(|v| (v.step.as_str(), v.sign_language.as_str()))
        .collect();
    for (sl, steps) in &parsed.videos.needs_recording {
        if !parsed.manifest.sign_languages.contains(sl) {
            c.push(
                Severity::Error,
                "E017",
                super::super::VIDEOS,
                Locator::Toml(p(&[&"needs_recording", sl])),
                format!("sign language '{sl}' is not listed in pack.toml sign_languages"),
                None,
            );
        }
        let mut listed = HashSet::default();
        for (i, step) in steps.iter().enumerate() {
            let at = Locator::Toml(p(&[&"needs_recording", sl, &i]));
            if !slots.contains(step) {
                c.push(
                    Severity::Error,
                    "E016",
                    super::super::VIDEOS,
                    at,
                    format!(
                        "video for unknown slot '{}'",
                        super::structure::escape(step)
                    ),
                    None,
                );
            } else if !listed.insert(step.as_str())
                || explicit.contains(&(step.as_str(), sl.as_str()))
            {
                c.push(
                    Severity::Error,
                    "E001",
                    super::super::VIDEOS,
                    at,
                    format!("two videos for step '{step}' in '{sl}'"),
                    None,
                );
            }
        }
    }
}

/// Pictures say things with shapes, not words (W013): a `<text>` element is in one
/// language only, out of reach of translators, captions and screen readers, and apps that
/// draw pictures from PNGs made at build time (iOS) cannot render it; an `<image>` element
/// pulls in a bitmap or another file the pack does not check.
pub(super) fn check_picture_words(c: &mut Checker) {
    let found: Vec<String> = c
        .files
        .iter()
        .filter(|(path, _)| path.ends_with(".svg"))
        .filter(|(_, data)| {
            let text = String::from_utf8_lossy(data);
            text.contains("<text") || text.contains("<image")
        })
        .map(|(path, _)| path.to_string())
        .collect();
    for path in found {
        c.push(
            Severity::Warning,
            "W013",
            &path,
            Locator::File,
            "the picture holds <text> or <image>: words in a picture are not translated and apps that draw PNGs made at build time do not show them".into(),
            Some("draw it with shapes; put words in the alt text".into()),
        );
    }
}
