//! Turn a diagnostic's [`Locator`] into a byte range of its file, for line:column output.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::{Diagnostic, Locator, PackFiles};

/// The byte range a diagnostic points at, if it can be found.
pub fn locate(files: &PackFiles, diagnostic: &Diagnostic) -> Option<Range<usize>> {
    let text = files.text(&diagnostic.file).ok()?;
    match &diagnostic.locator {
        Locator::File => None,
        Locator::Span(r) => Some(r.clone()),
        Locator::Message(id) => message_span(text, id),
        Locator::Toml(path) => toml_span(text, path),
    }
}

/// The span of a Fluent message's first line (`id = ...`).
fn message_span(text: &str, id: &str) -> Option<Range<usize>> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return Some(offset..offset + id.len());
        }
        offset += line.len();
    }
    None
}

/// The span of the value at `path` (keys and array indexes) in a TOML document; when the
/// last key is missing, the span of the nearest table that exists.
fn toml_span(text: &str, path: &[String]) -> Option<Range<usize>> {
    // Never parse what the pack's own parse refused (too large or nested too deep).
    if text.len() > super::scan::MAX_TEXT_FILE_BYTES || super::scan::toml(text).is_err() {
        return None;
    }
    let root = DeTable::parse(text).ok()?;
    let mut best = None;
    let mut table: &DeTable<'_> = root.get_ref();
    let mut current: Option<&DeValue<'_>> = None;
    for seg in path {
        if let Some(value) = current {
            match value {
                DeValue::Table(t) => table = t,
                DeValue::Array(items) => {
                    let i: usize = seg.parse().ok()?;
                    let item = items.get(i)?;
                    best = Some(item.span());
                    current = Some(item.get_ref());
                    continue;
                }
                _ => return best,
            }
        }
        let Some((key, value)) = table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == seg.as_str())
        else {
            return best;
        };
        best = Some(
            if matches!(value.get_ref(), DeValue::Table(_) | DeValue::Array(_)) {
                key.span()
            } else {
                value.span()
            },
        );
        current = Some(value.get_ref());
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_and_messages() {
        let toml = "id = \"m\"\n[[lessons]]\nid = \"l1\"\n[[lessons.steps]]\nid = \"s1\"\npicture = \"x.svg\"\n";
        let span = toml_span(
            toml,
            &[
                "lessons".into(),
                "0".into(),
                "steps".into(),
                "0".into(),
                "picture".into(),
            ],
        )
        .unwrap();
        assert_eq!(&toml[span], "\"x.svg\"");
        let span = toml_span(toml, &["id".into()]).unwrap();
        assert_eq!(&toml[span], "\"m\"");
        let ftl = "a = x\nhello-world = Hi\n";
        assert_eq!(
            &ftl[message_span(ftl, "hello-world").unwrap()],
            "hello-world"
        );
        assert!(message_span(ftl, "hello").is_none());
    }
}
