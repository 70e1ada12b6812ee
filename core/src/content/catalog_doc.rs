//! The built catalog: a pack's TOML sources parsed into the model and written as one
//! postcard document (`model::BuiltCatalog`), the form the app library reads (it links no
//! TOML parser).
//!
//! One writer, used twice: `core/build.rs` includes this file and `model.rs` (`#[path]`)
//! to pre-parse the embedded default pack, and `safesteps pack build` (the `authoring`
//! feature, [`crate::content::signing::build_pack_file`]) writes it into every signed pack
//! as `catalog.bin`. Only `toml`, `serde_json`, `postcard`, `opening-hours` and the model
//! are used here, so a build script can include it. See
//! docs/decisions/0030-built-packs-no-toml-in-the-library.md.

use serde_json::Value;

use super::model::{BuiltCatalog, ContactsFile};
#[allow(unused_imports)] // build.rs does not name CATALOG_FILE
pub use super::model::{CATALOG_FILE, CATALOG_FORMAT as FORMAT};

/// Whether a source file's data goes into the built catalog (and the file itself is
/// left out of a built pack): the manifest, modules, videos, contacts, pathways,
/// screens and the character bible.
pub fn is_catalog_source(path: &str) -> bool {
    matches!(
        path,
        "pack.toml" | "media/videos.toml" | "screens.toml" | "characters.toml"
    ) || (path.ends_with(".toml")
        && ["modules/", "contacts/", "pathways/"]
            .iter()
            .any(|p| path.starts_with(p)))
}

/// One TOML file as a JSON value (the lexicons of a built pack).
pub fn toml_as_json(rel: &str, text: &[u8]) -> Result<Value, String> {
    let value: toml::Value = toml_file(rel, text)?;
    serde_json::to_value(value).map_err(|e| format!("{rel}: {e}"))
}

/// One TOML file read as `T`.
fn toml_file<T: serde::de::DeserializeOwned>(rel: &str, text: &[u8]) -> Result<T, String> {
    let text = std::str::from_utf8(text).map_err(|_| format!("{rel} is not UTF-8"))?;
    toml::from_str(text).map_err(|e| format!("{rel} does not parse: {}", e.message()))
}

/// The bytes of `catalog.bin` for a pack's files (`(path, bytes)` sorted by path, as a
/// pack's files are): each catalog source in the order the TOML loader reads them, and
/// the week of every hours expression of the contacts.
pub fn catalog_bytes(files: &[(&str, &[u8])]) -> Result<Vec<u8>, String> {
    fn list<T: serde::de::DeserializeOwned>(
        files: &[(&str, &[u8])],
        prefix: &str,
    ) -> Result<Vec<(String, T)>, String> {
        files
            .iter()
            .filter(|(p, _)| p.starts_with(prefix) && p.ends_with(".toml"))
            .map(|(p, b)| Ok((p.to_string(), toml_file(p, b)?)))
            .collect()
    }
    fn optional<T: serde::de::DeserializeOwned>(
        files: &[(&str, &[u8])],
        path: &str,
    ) -> Result<Option<T>, String> {
        let file = files.iter().find(|(p, _)| *p == path);
        file.map(|(p, b)| toml_file(p, b)).transpose()
    }
    let manifest = optional(files, "pack.toml")?.ok_or("the pack has no pack.toml")?;
    let contacts: Vec<(String, ContactsFile)> = list(files, "contacts/")?;
    let hours = contacts
        .iter()
        .flat_map(|(_, f)| &f.contact)
        .flat_map(|c| &c.channel)
        .filter_map(|ch| ch.hours.as_deref());
    BuiltCatalog {
        format: FORMAT,
        manifest,
        modules: list(files, "modules/")?,
        videos: optional(files, "media/videos.toml")?,
        weeks: weeks_of(hours),
        contacts,
        pathways: list(files, "pathways/")?,
        screens: optional(files, "screens.toml")?,
        characters: optional(files, "characters.toml")?,
    }
    .encode()
}

/// Each distinct expression of `hours` with its week ([`week_of`]), evaluated once: the
/// `weeks` of a built catalog, and what reading a pack's sources puts on its channels.
/// One that has none is left out: the checker reports it (E024), and the library treats
/// its channel's hours as unknown.
pub fn weeks_of<'a>(
    hours: impl IntoIterator<Item = &'a str>,
) -> std::collections::BTreeMap<String, Vec<[u16; 2]>> {
    let mut out = std::collections::BTreeMap::new();
    for hours in hours {
        if !out.contains_key(hours)
            && let Ok(week) = week_of(hours)
        {
            out.insert(hours.to_string(), week);
        }
    }
    out
}

/// The week of an hours expression (OpenStreetMap `opening_hours` syntax): its open
/// intervals in minutes from Monday 00:00, in order, merged (the form
/// `help::week::Week` reads). Evaluated with the `opening-hours` crate over each week of
/// two years; hours that differ from one week to another (dates, months, weeks of the
/// year), that say `unknown` or carry comments are refused: the library evaluates a
/// week, and shows the source's words (`hours_text`) for the rest.
pub fn week_of(hours: &str) -> Result<Vec<[u16; 2]>, String> {
    use chrono::{NaiveDate, TimeDelta};
    use opening_hours::{OpeningHours, RuleKind};
    let oh: OpeningHours = hours
        .parse()
        .map_err(|e| format!("not valid opening_hours syntax: {e}"))?;
    // 2024-01-01 is a Monday; 2024 is a leap year.
    let monday = NaiveDate::from_ymd_opt(2024, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .ok_or("no reference week")?;
    let mut first: Option<Vec<[u16; 2]>> = None;
    for n in 0..105 {
        let start = monday + TimeDelta::weeks(n);
        let mut week: Vec<[u16; 2]> = Vec::new();
        for r in oh.iter_range(start, start + TimeDelta::weeks(1)) {
            if !r.comment.is_empty() {
                return Err("hours with comments: put the words in hours_text".into());
            }
            match r.kind {
                RuleKind::Closed => continue,
                RuleKind::Unknown => {
                    return Err("hours that are partly unknown: put them in hours_text".into());
                }
                RuleKind::Open => {}
            }
            let minute = |t: chrono::NaiveDateTime| {
                let d = t - start;
                u16::try_from(d.num_minutes())
                    .ok()
                    .filter(|_| d.num_seconds() % 60 == 0)
                    .ok_or_else(|| "hours that are not whole minutes".to_string())
            };
            let (s, e) = (minute(r.range.start)?, minute(r.range.end)?);
            match week.last_mut() {
                _ if s >= e => {}
                Some(last) if last[1] >= s => last[1] = last[1].max(e),
                _ => week.push([s, e]),
            }
        }
        match &first {
            None => first = Some(week),
            Some(f) if *f != week => {
                return Err(
                    "hours that change from one week to another (dates, months or weeks of the year): the app evaluates a week; put the rest in hours_text"
                        .into(),
                );
            }
            Some(_) => {}
        }
    }
    first.ok_or_else(|| "no week".into())
}
