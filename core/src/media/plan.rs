//! The shot list a signer follows: every video slot of a pack with the text to sign, its
//! easy-read form, the picture and a target length, as CSV and as a printable HTML page.

use crate::content::Catalog;
use crate::content::slots::{SlotKind, video_slots};
use crate::error::{Error, Result};
use crate::l10n::{Localizer, parse_locale};

/// Signing pace assumed for the target length: source-text words per second.
pub const WORDS_PER_SECOND: f64 = 1.5;
/// Added to every target for the signer's start and end (seconds).
pub const LEAD_SECONDS: f64 = 2.0;
/// Shortest target length (seconds).
pub const MIN_TARGET_SECONDS: u32 = 4;
/// Longest target length (seconds): longer texts are split by the author, not rushed.
pub const MAX_TARGET_SECONDS: u32 = 60;

/// One line of the shot list.
#[derive(Debug, Clone, PartialEq)]
pub struct Shot {
    /// Slot id (the file name stem: `<slot>.mp4`).
    pub slot: String,
    /// What kind of screen.
    pub kind: SlotKind,
    /// The text to sign, in the pack's default locale.
    pub text: String,
    /// Its easy-read form, when the pack has one.
    pub easy: Option<String>,
    /// Picture path inside the pack.
    pub picture: Option<String>,
    /// Target length in seconds (see [`target_seconds`]).
    pub target_seconds: u32,
    /// Where the slot stands for this sign language: `needs recording`, `recorded`,
    /// `approved`, `rejected`.
    pub status: String,
}

/// The target length for a text: its words at [`WORDS_PER_SECOND`] plus [`LEAD_SECONDS`],
/// rounded up, between [`MIN_TARGET_SECONDS`] and [`MAX_TARGET_SECONDS`].
pub fn target_seconds(text: &str) -> u32 {
    let words = text.split_whitespace().count() as f64;
    let secs = (words / WORDS_PER_SECOND + LEAD_SECONDS).ceil() as u32;
    secs.clamp(MIN_TARGET_SECONDS, MAX_TARGET_SECONDS)
}

/// Strip Fluent's bidi isolation marks (they are for screens, not for signers).
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

/// The shot list of a pack for one sign language (which the pack must list).
pub fn shot_list(catalog: &Catalog, sign_language: &str) -> Result<Vec<Shot>> {
    if !catalog
        .manifest
        .sign_languages
        .iter()
        .any(|s| s == sign_language)
    {
        return Err(Error::InvalidInput(format!(
            "the pack does not list sign language '{}' (pack.toml sign_languages: {})",
            crate::error::excerpt(sign_language),
            catalog.manifest.sign_languages.join(", ")
        )));
    }
    let default = parse_locale(&catalog.manifest.default_locale)?;
    let l10n = Localizer::new(&catalog.resources, &[default])?;
    Ok(video_slots(catalog)
        .into_iter()
        .map(|slot| {
            let text = l10n
                .text(&slot.message)
                .map(|t| plain(&t.value))
                .unwrap_or_default();
            let easy = l10n.attr(&slot.message, "easy").map(|t| plain(&t.value));
            let entry = catalog
                .videos_of(&slot.id)
                .find(|v| v.sign_language == sign_language);
            let status = super::workshop::status_word(entry).to_string();
            Shot {
                target_seconds: target_seconds(&text),
                slot: slot.id,
                kind: slot.kind,
                text,
                easy,
                picture: slot.picture,
                status,
            }
        })
        .collect())
}

fn kind_word(kind: SlotKind) -> &'static str {
    match kind {
        SlotKind::LessonStep => "lesson step",
        SlotKind::PathwayStep => "pathway step",
        SlotKind::Question => "question",
        SlotKind::ContactKind => "contact kind",
        SlotKind::Screen => "screen",
    }
}

/// The shot list as CSV: `slot,file,kind,text,easy_read,picture,target_seconds,status`.
/// Cells that a spreadsheet would run as a formula get a leading `'`.
pub fn to_csv(shots: &[Shot]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let cell = |s: &str| -> String {
        if s.starts_with(['=', '+', '-', '@']) || s.starts_with(|c: char| c.is_control()) {
            format!("'{s}")
        } else {
            s.to_string()
        }
    };
    let fail = |e: csv::Error| Error::Internal(format!("the shot list could not be written: {e}"));
    w.write_record([
        "slot",
        "file",
        "kind",
        "text",
        "easy_read",
        "picture",
        "target_seconds",
        "status",
    ])
    .map_err(fail)?;
    for s in shots {
        w.write_record([
            cell(&s.slot),
            format!("{}.mp4", s.slot),
            kind_word(s.kind).to_string(),
            cell(&s.text),
            cell(s.easy.as_deref().unwrap_or("")),
            cell(s.picture.as_deref().unwrap_or("")),
            s.target_seconds.to_string(),
            s.status.clone(),
        ])
        .map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::Internal(format!("the shot list could not be written: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::Internal(e.to_string()))
}

/// HTML-escape text (`& < > " '`).
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The media type of a picture, by its extension (only pictures a pack may hold).
fn picture_type(path: &str) -> Option<&'static str> {
    let lower = path.to_ascii_lowercase();
    [
        (".svg", "image/svg+xml"),
        (".png", "image/png"),
        (".jpg", "image/jpeg"),
        (".jpeg", "image/jpeg"),
        (".webp", "image/webp"),
    ]
    .into_iter()
    .find(|(ext, _)| lower.ends_with(ext))
    .map(|(_, t)| t)
}

/// The shot list as one printable HTML page: big type, one slot per block (never split
/// across printed pages), pictures inline as `data:` URLs shown through `<img>` (so a
/// picture's own markup never runs), every text escaped.
pub fn to_html(catalog: &Catalog, sign_language: &str, shots: &[Shot]) -> String {
    let m = &catalog.manifest;
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(&html_escape(&m.default_locale));
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    let title = format!("Shot list: {} {} in {}", m.id, m.version, sign_language);
    out.push_str(&html_escape(&title));
    out.push_str(
        "</title>\n<style>\n\
         body { font-family: sans-serif; font-size: 22pt; line-height: 1.4; margin: 1.5em; }\n\
         h1 { font-size: 28pt; }\n\
         .shot { border: 3px solid #333; border-radius: 12px; padding: 0.8em; margin: 0 0 1em 0; page-break-inside: avoid; break-inside: avoid; }\n\
         .slot { font-family: monospace; font-size: 18pt; }\n\
         .text { font-size: 30pt; font-weight: bold; margin: 0.4em 0; }\n\
         .easy { font-size: 24pt; color: #234; }\n\
         .meta { font-size: 16pt; color: #444; }\n\
         img { max-width: 40%; max-height: 8em; float: right; margin-left: 1em; }\n\
         .shot::after { content: \"\"; display: block; clear: both; }\n\
         </style>\n</head>\n<body>\n<h1>",
    );
    out.push_str(&html_escape(&title));
    out.push_str("</h1>\n<p class=\"meta\">");
    out.push_str(&html_escape(&format!(
        "{} slots. Sign the big text; the easy-read line shows the plain form. Save each take as the file name shown (slot id + .mp4). Target lengths: {} words per second plus {} s, at least {} s, at most {} s.",
        shots.len(),
        WORDS_PER_SECOND,
        LEAD_SECONDS,
        MIN_TARGET_SECONDS,
        MAX_TARGET_SECONDS
    )));
    out.push_str("</p>\n");
    for (i, s) in shots.iter().enumerate() {
        out.push_str("<section class=\"shot\">\n");
        if let Some(p) = &s.picture
            && let (Some(bytes), Some(kind)) = (catalog.files.get(p), picture_type(p))
        {
            let data = percent_encoding::percent_encode(bytes, percent_encoding::NON_ALPHANUMERIC);
            out.push_str(&format!("<img alt=\"\" src=\"data:{kind},{data}\">\n"));
        }
        out.push_str(&format!(
            "<div class=\"slot\">{}. {}.mp4</div>\n<div class=\"text\">{}</div>\n",
            i + 1,
            html_escape(&s.slot),
            html_escape(&s.text)
        ));
        if let Some(e) = &s.easy {
            out.push_str(&format!(
                "<div class=\"easy\">Easy read: {}</div>\n",
                html_escape(e)
            ));
        }
        out.push_str(&format!(
            "<div class=\"meta\">{} · target {} s · {}</div>\n</section>\n",
            html_escape(kind_word(s.kind)),
            s.target_seconds,
            html_escape(&s.status)
        ));
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_length_is_words_at_the_signing_pace_within_bounds() {
        assert_eq!(target_seconds(""), MIN_TARGET_SECONDS);
        assert_eq!(target_seconds("one two three"), 4); // 2 + 2
        let twelve = "word ".repeat(12);
        assert_eq!(target_seconds(&twelve), 10); // 8 + 2
        assert_eq!(target_seconds(&"word ".repeat(500)), MAX_TARGET_SECONDS);
    }

    #[test]
    fn html_escape_covers_markup_and_attributes() {
        assert_eq!(
            html_escape("<a href='x'>\"&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"
        );
    }
}
