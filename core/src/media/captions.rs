//! WebVTT captions made from a slot's text: one cue per sentence, spread across the
//! video's length in proportion to each sentence's length, for an editor to fine-tune.

/// The mark put before every cue of a caption file in a locale whose translation no
/// native speaker reviewed (the content rules: drafts are marked wherever shown).
pub const DRAFT_MARK: &str = "[draft]";

/// Split a text into sentences: after `.`, `!`, `?`, `…`, the Urdu full stop `۔`, the
/// Arabic question mark `؟` or a line break. Fluent's bidi isolation marks are dropped.
pub fn sentences(text: &str) -> Vec<String> {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            push(&mut out, &mut current);
            continue;
        }
        current.push(c);
        if matches!(c, '.' | '!' | '?' | '…' | '۔' | '؟') {
            // Keep closing quotes and brackets with the sentence; wait for a space.
            while let Some(&n) = chars.peek() {
                if matches!(n, '"' | '\'' | '”' | '’' | ')' | '.' | '!' | '?') {
                    current.push(n);
                    chars.next();
                } else {
                    break;
                }
            }
            if chars.peek().is_none_or(|n| n.is_whitespace()) {
                push(&mut out, &mut current);
            }
        }
    }
    push(&mut out, &mut current);
    out
}

fn push(out: &mut Vec<String>, current: &mut String) {
    let s = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !s.is_empty() {
        out.push(s);
    }
    current.clear();
}

/// `HH:MM:SS.mmm`.
fn timestamp(ms: u64) -> String {
    format!(
        "{:02}:{:02}:{:02}.{:03}",
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// Cue text is escaped as WebVTT asks (`&`, `<`, `>`); that also keeps `-->` out.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One cue per sentence from 0 to `duration_ms`, each as long as its share of the
/// text's characters. A draft locale gets a NOTE and [`DRAFT_MARK`] on every cue.
pub fn webvtt(
    text: &str,
    duration_ms: u64,
    locale: &str,
    draft: bool,
    slot: &str,
    sign_language: &str,
) -> String {
    let parts = sentences(text);
    let mut out = String::from("WEBVTT\n\n");
    out.push_str(&format!(
        "NOTE made by safesteps videos import from the text of '{}' ({}) for the {} video; edit the times freely: an edited file is never overwritten.\n\n",
        escape(slot),
        escape(locale),
        escape(sign_language)
    ));
    if draft {
        out.push_str(
            "NOTE draft translation: no native speaker has reviewed this text; every cue is marked [draft].\n\n",
        );
    }
    let weights: Vec<u64> = parts
        .iter()
        .map(|p| p.chars().count().max(1) as u64)
        .collect();
    let total: u64 = weights.iter().sum::<u64>().max(1);
    let mut start = 0u64;
    let mut acc = 0u64;
    for (i, (part, w)) in parts.iter().zip(&weights).enumerate() {
        acc += w;
        let end = if i + 1 == parts.len() {
            duration_ms
        } else {
            (u128::from(duration_ms) * u128::from(acc) / u128::from(total)) as u64
        };
        let body = if draft {
            format!("{DRAFT_MARK} {}", escape(part))
        } else {
            escape(part)
        };
        out.push_str(&format!(
            "{}\n{} --> {}\n{}\n\n",
            i + 1,
            timestamp(start),
            timestamp(end),
            body
        ));
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_after_stops_and_keep_quotes() {
        assert_eq!(
            sentences("This is Sami. \u{2068}Sami\u{2069} says: \"Hi!\" Is it safe? Yes…"),
            vec!["This is Sami.", "Sami says: \"Hi!\"", "Is it safe?", "Yes…"]
        );
        assert_eq!(
            sentences("یہ سامی ہے۔ کیا یہ محفوظ ہے؟"),
            vec!["یہ سامی ہے۔", "کیا یہ محفوظ ہے؟"]
        );
        assert_eq!(
            sentences("3.5 is a number. Line\nbreak"),
            vec!["3.5 is a number.", "Line", "break"]
        );
        assert!(sentences("  ").is_empty());
    }

    #[test]
    fn cues_share_the_length_by_sentence_length_and_end_with_the_video() {
        // 10 and 30 characters: a quarter and three quarters of 8 s.
        let vtt = webvtt(
            "Aaaa bbbb. Cccc dddd eeee ffff gggg hhhh.",
            8000,
            "en",
            false,
            "s",
            "zsl",
        );
        assert!(vtt.starts_with("WEBVTT\n\nNOTE "));
        assert!(
            vtt.contains("1\n00:00:00.000 --> 00:00:02.000\nAaaa bbbb.\n"),
            "{vtt}"
        );
        assert!(
            vtt.contains("2\n00:00:02.000 --> 00:00:08.000\nCccc dddd"),
            "{vtt}"
        );
        let long = webvtt("One.", 3_723_004, "en", false, "s", "zsl");
        assert!(long.contains("00:00:00.000 --> 01:02:03.004"), "{long}");
    }

    #[test]
    fn cue_text_is_escaped_and_drafts_are_marked() {
        let vtt = webvtt(
            "A <b>bold</b> & odd --> text.",
            2000,
            "zu",
            true,
            "s",
            "zsl",
        );
        assert!(
            vtt.contains("[draft] A &lt;b&gt;bold&lt;/b&gt; &amp; odd --&gt; text."),
            "{vtt}"
        );
        assert!(vtt.contains("NOTE draft translation"));
        assert_eq!(
            vtt.matches(" --> ").count(),
            1,
            "only the timing line has an arrow"
        );
    }
}
