//! The built catalog document: a pack's TOML sources parsed into one compact JSON
//! document, the form the app library reads (it links no TOML parser).
//!
//! One writer, used twice: `core/build.rs` includes this file (`#[path]`) to pre-parse
//! the embedded default pack, and `safesteps pack build` (the `authoring` feature,
//! [`crate::content::signing::build_pack_file`]) writes it into every signed pack as
//! `catalog.json`. Only `toml` and `serde_json` are used here, so a build script can
//! include it. See docs/decisions/0030-built-packs-no-toml-in-the-library.md.

use serde_json::{Value, json};

/// Format of the built catalog (and of built packs). Version 1 was a pack of TOML
/// sources with `SIGNATURE.toml`; version 2 carries `catalog.json` and `SIGNATURE.json`;
/// version 3 adds `weeks`, each hours expression's week ([`week_of`]).
pub const FORMAT: u64 = 3;

/// Path of the built catalog inside a built pack.
pub const CATALOG_FILE: &str = "catalog.json";

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

/// One TOML file as a JSON value (the same data the model's serde types read from TOML).
pub fn toml_as_json(rel: &str, text: &[u8]) -> Result<Value, String> {
    let text = std::str::from_utf8(text).map_err(|_| format!("{rel} is not UTF-8"))?;
    let value: toml::Value =
        toml::from_str(text).map_err(|e| format!("{rel} does not parse: {}", e.message()))?;
    serde_json::to_value(value).map_err(|e| format!("{rel}: {e}"))
}

/// The catalog document of a pack's files (`(path, bytes)` sorted by path, as a pack's
/// files are): each catalog source in the order the TOML loader reads them.
pub fn catalog_json(files: &[(&str, &[u8])]) -> Result<Value, String> {
    let get = |path: &str| files.iter().find(|(p, _)| *p == path);
    let optional = |path: &str| -> Result<Value, String> {
        match get(path) {
            Some((p, b)) => toml_as_json(p, b),
            None => Ok(Value::Null),
        }
    };
    let list = |prefix: &str| -> Result<Value, String> {
        Ok(Value::Array(
            files
                .iter()
                .filter(|(p, _)| p.starts_with(prefix) && p.ends_with(".toml"))
                .map(|(p, b)| Ok(json!([p, toml_as_json(p, b)?])))
                .collect::<Result<Vec<_>, String>>()?,
        ))
    };
    let (_, manifest) = get("pack.toml").ok_or("the pack has no pack.toml")?;
    let contacts = list("contacts/")?;
    Ok(json!({
        "format": FORMAT,
        "manifest": toml_as_json("pack.toml", manifest)?,
        "modules": list("modules/")?,
        "videos": optional("media/videos.toml")?,
        "weeks": weeks(&contacts),
        "contacts": contacts,
        "pathways": list("pathways/")?,
        "screens": optional("screens.toml")?,
        "characters": optional("characters.toml")?,
    }))
}

/// Every hours expression of the contact files (`[[path, file], ...]`) with its week
/// ([`weeks_of`]).
fn weeks(contacts: &Value) -> Value {
    let files = contacts.as_array().into_iter().flatten();
    let contacts = files
        .filter_map(|f| f.get(1)?.get("contact")?.as_array())
        .flatten();
    let channels = contacts
        .filter_map(|c| c.get("channel")?.as_array())
        .flatten();
    json!(weeks_of(
        channels.filter_map(|ch| ch.get("hours")?.as_str())
    ))
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
