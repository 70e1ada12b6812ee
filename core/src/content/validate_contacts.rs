//! Checks of help contacts, their channels and the reporting pathways that show them.
//!
//! Called from `validate` (every check, every load) with [`check`], and by
//! `safesteps pack build --release` with [`release_problems`]. Codes:
//!
//! - `E101` phone number or short code (phone, USSD) that cannot be dialled as written;
//! - `E102` SMS number that cannot take a text;
//! - `E103` WhatsApp number that cannot be put in international form for its country;
//! - `E104` email that is neither an address nor the `https` address of a web mailbox;
//! - `E105` web or chat channel that is not an `http(s)` URL (and not marked `unlinked`);
//! - `E106` `unlinked` on a channel that needs a real number or address;
//! - `E107` a take-down tool (it needs the picture saved) offered as a hotline or in a
//!   step that reports abuse material;
//! - `E108` an emergency step that, in some country, shows only low-confidence contacts
//!   and no reliable helpline to stand in;
//! - `E111` a step for reporting abuse material that, in some country (or with none), has
//!   neither a hotline nor a hotline directory to offer;
//! - `E112` a region that is not an ISO 3166-2 code of the contact's own country;
//! - `E109` a verification record without a real date or a name;
//! - `E110` (release only) a child-facing pathway step or an emergency step that shows an
//!   unverified contact;
//! - `E004` a message the help screens show (kind and channel labels, public notes) is
//!   missing in the default locale.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;

use super::{Diagnostic, Locator, Parsed, Severity, model::*};
use crate::help::{self, uri};

fn p(parts: &[&dyn ToString]) -> Vec<String> {
    parts.iter().map(|s| s.to_string()).collect()
}

fn diag(
    code: &'static str,
    file: &str,
    path: Vec<String>,
    message: String,
    help: Option<&str>,
) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        code,
        file: file.to_string(),
        locator: Locator::Toml(path),
        message,
        help: help.map(String::from),
    }
}

fn serde_name<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// `(file, index of the contact in its file, contact)`.
fn indexed(parsed: &Parsed) -> Vec<(&str, usize, &ContactDef)> {
    let mut n: HashMap<&str, usize> = HashMap::default();
    parsed
        .contacts
        .iter()
        .map(|(file, c)| {
            let i = n.entry(file.as_str()).or_default();
            *i += 1;
            (file.as_str(), *i - 1, c)
        })
        .collect()
}

/// Countries the pack has contacts for (not EU, ZZ).
fn countries(contacts: &[ContactDef]) -> BTreeSet<String> {
    contacts
        .iter()
        .map(|c| c.country.clone())
        .chain(contacts.iter().flat_map(|c| c.applies_in.iter().cloned()))
        .filter(|c| c != "EU" && c != "ZZ")
        .collect()
}

/// `YYYY-MM-DD`, a real date (read by hand, checked with chrono's calendar: the library
/// links none of chrono's parsing code).
fn is_iso_date(s: &str) -> bool {
    let num = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|t| t.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|t| t.parse::<u32>().ok())
    };
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(
            (num(0..4), num(5..7), num(8..10)),
            (Some(y), Some(m), Some(d)) if chrono::NaiveDate::from_ymd_opt(y as i32, m, d).is_some()
        )
}

fn default_messages(parsed: &Parsed) -> HashSet<String> {
    let mut out = HashSet::default();
    let Ok(locale) = parsed.manifest.default_locale.parse() else {
        return out;
    };
    for res in parsed.resources.get(&locale) {
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry
                && m.value.is_some()
            {
                out.insert(m.id.name.to_string());
            }
        }
    }
    out
}

/// Every check of contacts and pathways; errors only (a pack with any is refused).
pub fn check(parsed: &Parsed) -> Vec<Diagnostic> {
    let msgs = default_messages(parsed);
    check_with(parsed, &msgs.iter().map(String::as_str).collect())
}

/// [`check`] with the ids of the default locale's messages that have a value already
/// known (the validator has them parsed; parsing the locale again here would hold two
/// copies of its texts at once).
pub fn check_with(parsed: &Parsed, msgs: &HashSet<&str>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let has_help = !parsed.contacts.is_empty() || !parsed.pathways.is_empty();
    if has_help {
        let labels = ContactKind::ALL
            .iter()
            .map(|k| format!("contact-kind-{}", serde_name(k)))
            .chain(
                ChannelType::ALL
                    .iter()
                    .map(|t| format!("channel-{}", serde_name(t))),
            )
            .chain(
                [
                    "help-stand-in",
                    "help-status-verified",
                    "help-status-researched",
                    "help-status-unverified",
                    "help-verified-called",
                    "help-verified-official_publication",
                    "help-verified-visit",
                ]
                .map(String::from),
            );
        for id in labels {
            if !msgs.contains(id.as_str()) {
                out.push(Diagnostic {
                    severity: Severity::Error,
                    code: "E004",
                    file: super::MANIFEST.to_string(),
                    locator: Locator::File,
                    message: format!(
                        "message '{id}', which the help screens show, is missing in the default locale"
                    ),
                    help: Some("add it to locales/<default locale>/help.ftl".into()),
                });
            }
        }
    }
    for (file, i, c) in indexed(parsed) {
        let at = |k: &str| p(&[&"contact", &i, &k]);
        if let Some(note) = &c.public_note
            && !msgs.contains(note.as_str())
        {
            out.push(diag(
                "E004",
                file,
                at("public_note"),
                format!(
                    "public note '{}' of contact '{}' is not a message in the default locale",
                    uri::excerpt(note),
                    c.id
                ),
                Some("public_note names a message in locales/<tag>/help.ftl; research belongs in notes"),
            ));
        }
        for (ri, r) in c.regions.iter().enumerate() {
            let ok = r
                .strip_prefix(c.country.as_str())
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|sub| {
                    (1..=3).contains(&sub.len())
                        && sub
                            .chars()
                            .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
                });
            if !ok {
                out.push(diag(
                    "E112",
                    file,
                    p(&[&"contact", &i, &"regions", &ri]),
                    format!(
                        "region '{}' of '{}' is not an ISO 3166-2 code in {} (such as {}-AB)",
                        uri::excerpt(r),
                        c.id,
                        c.country,
                        c.country
                    ),
                    None,
                ));
            }
        }
        if c.kind == ContactKind::TakedownTool && c.fallback_for.contains(&ContactKind::CsamHotline)
        {
            out.push(diag(
                "E107",
                file,
                at("fallback_for"),
                format!(
                    "take-down tool '{}' cannot stand in for a hotline: it needs the picture saved on the device, which a child who saw abuse material must never do",
                    c.id
                ),
                Some("offer a hotline directory (kind = \"hotline_directory\") instead"),
            ));
        }
        if let Some(v) = &c.verification {
            if !is_iso_date(&v.date) {
                out.push(diag(
                    "E109",
                    file,
                    at("verification"),
                    format!(
                        "verification of '{}' has no real date ('{}'): write YYYY-MM-DD",
                        c.id,
                        uri::excerpt(&v.date)
                    ),
                    None,
                ));
            }
            if v.by.trim().is_empty() {
                out.push(diag(
                    "E109",
                    file,
                    at("verification"),
                    format!("verification of '{}' does not say who checked it", c.id),
                    Some("record it with `safesteps contacts verify`"),
                ));
            }
        }
        for (ci, ch) in c.channel.iter().enumerate() {
            let at = |k: &str| p(&[&"contact", &i, &"channel", &ci, &k]);
            if let Some(label) = &ch.public_label
                && !msgs.contains(label.as_str())
            {
                out.push(diag(
                    "E004",
                    file,
                    at("public_label"),
                    format!(
                        "public label '{}' of a channel of '{}' is not a message in the default locale",
                        uri::excerpt(label),
                        c.id
                    ),
                    Some("public_label names a message in locales/<tag>/help.ftl; the research's words belong in label"),
                ));
            }
            if ch.unlinked
                && matches!(
                    ch.kind,
                    ChannelType::Phone
                        | ChannelType::Sms
                        | ChannelType::Whatsapp
                        | ChannelType::Email
                        | ChannelType::Ussd
                )
            {
                out.push(diag(
                    "E106",
                    file,
                    at("unlinked"),
                    format!(
                        "a {} channel needs a real value; unlinked is only for chat, web, app, video relay and in-person channels",
                        serde_name(ch.kind)
                    ),
                    None,
                ));
                continue;
            }
            if let Err(e) = uri::action_uri(ch, &c.country) {
                let code = match ch.kind {
                    ChannelType::Phone | ChannelType::Ussd => "E101",
                    ChannelType::Sms => "E102",
                    ChannelType::Whatsapp => "E103",
                    ChannelType::Email => "E104",
                    _ => "E105",
                };
                out.push(diag(
                    code,
                    file,
                    at("value"),
                    format!("contact '{}': {e}", c.id),
                    Some("copy the number or address exactly from the source; never guess one"),
                ));
            }
        }
    }
    let contacts: Vec<ContactDef> = parsed.contacts.iter().map(|(_, c)| c.clone()).collect();
    let all_countries = countries(&contacts);
    for (file, pw) in &parsed.pathways {
        for (si, step) in pw.steps.iter().enumerate() {
            let at = p(&[&"steps", &si, &"contacts"]);
            if step.contacts.contains(&ContactKind::CsamHotline)
                && step.contacts.contains(&ContactKind::TakedownTool)
            {
                out.push(diag(
                    "E107",
                    file,
                    at.clone(),
                    format!(
                        "step '{}' reports abuse material and also offers take-down tools, which need the picture saved",
                        step.id
                    ),
                    Some("offer take-down tools only in steps about a child's own pictures"),
                ));
            }
            if step.contacts.contains(&ContactKind::CsamHotline) {
                let mut bare: Vec<String> = Vec::new();
                let places =
                    std::iter::once(None).chain(all_countries.iter().map(|c| Some(c.as_str())));
                for place in places {
                    let picks =
                        help::step_picks(&contacts, &step.contacts, pw.audience, place, None, 0);
                    if !picks.iter().any(|pk| {
                        matches!(
                            contacts[pk.index].kind,
                            ContactKind::CsamHotline | ContactKind::HotlineDirectory
                        )
                    }) {
                        bare.push(place.unwrap_or("no country").to_string());
                    }
                }
                if !bare.is_empty() {
                    out.push(diag(
                        "E111",
                        file,
                        at.clone(),
                        format!(
                            "step '{}' is for reporting abuse material, but offers no hotline and no hotline directory in {}",
                            step.id,
                            bare.join(", ")
                        ),
                        Some("keep a hotline directory (kind = \"hotline_directory\", fallback_for = [\"csam_hotline\"]) such as INHOPE's"),
                    ));
                }
            }
            if !step.contacts.contains(&ContactKind::Emergency) {
                continue;
            }
            let mut bad = Vec::new();
            for cc in &all_countries {
                let picks =
                    help::step_picks(&contacts, &step.contacts, pw.audience, Some(cc), None, 0);
                if !picks.is_empty()
                    && picks
                        .iter()
                        .all(|pk| contacts[pk.index].confidence == Confidence::Low)
                {
                    bad.push(cc.clone());
                }
            }
            if !bad.is_empty() {
                out.push(diag(
                    "E108",
                    file,
                    at,
                    format!(
                        "emergency step '{}' shows only low-confidence contacts in {}",
                        step.id,
                        bad.join(", ")
                    ),
                    Some("verify the emergency contact, or add the country's checked child helpline so it can stand in"),
                ));
            }
        }
    }
    out
}

/// What `pack build --release` refuses on top of [`check`]: any unverified contact that a
/// child-facing pathway step, or any emergency step, would show in some country (or with
/// no country). One diagnostic per contact, at the contact.
pub fn release_problems(parsed: &Parsed) -> Vec<Diagnostic> {
    let contacts: Vec<ContactDef> = parsed.contacts.iter().map(|(_, c)| c.clone()).collect();
    let mut places: Vec<Option<&str>> = vec![None];
    let all_countries = countries(&contacts);
    places.extend(all_countries.iter().map(|c| Some(c.as_str())));
    let mut used: HashMap<usize, Vec<String>> = HashMap::default();
    for (_, pw) in &parsed.pathways {
        for step in &pw.steps {
            let child_facing = pw.audience == Audience::Child;
            if !(child_facing || step.contacts.contains(&ContactKind::Emergency)) {
                continue;
            }
            for place in &places {
                for pk in help::step_picks(&contacts, &step.contacts, pw.audience, *place, None, 0)
                {
                    if contacts[pk.index].status() == ContactStatus::Unverified {
                        let w =
                            format!("{}/{} ({})", pw.id, step.id, place.unwrap_or("no country"));
                        let list = used.entry(pk.index).or_default();
                        if !list.contains(&w) {
                            list.push(w);
                        }
                    }
                }
            }
        }
    }
    let idx = indexed(parsed);
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut keys: Vec<&usize> = used.keys().collect();
    keys.sort();
    for k in keys {
        let (file, i, c) = idx[*k];
        let places = &used[k];
        let shown: Vec<&str> = places.iter().take(3).map(String::as_str).collect();
        let more = places.len().saturating_sub(3);
        out.push(diag(
            "E110",
            file,
            p(&[&"contact", &i, &"id"]),
            format!(
                "a release pack shows children only checked contacts, but '{}' is unverified and shown in {}{}",
                c.id,
                shown.join(", "),
                if more > 0 { format!(" and {more} more") } else { String::new() }
            ),
            Some("check it and record it with `safesteps contacts verify`, or remove it"),
        ));
    }
    out
}

#[cfg(test)]
mod date_tests {
    #[test]
    fn iso_dates_are_real_days_written_in_full() {
        for ok in ["2025-01-31", "2024-02-29", "0999-12-01"] {
            assert!(super::is_iso_date(ok), "{ok}");
        }
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-1-01",
            "2025/01/01",
            "25-01-2025",
            "2025-01-3a",
            "+025-01-01",
            "2025-01-01 ",
            "",
            "2025-00-10",
            "2025-01-00",
            "२०२५-०१-०१",
        ] {
            assert!(!super::is_iso_date(bad), "{bad}");
        }
    }
}
