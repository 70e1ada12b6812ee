//! Help contacts and reporting pathways.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::safety;
use super::*;

/// Contacts: ids, sources, country codes, hours and time zones. Pathways: steps and texts.
/// Labels the help screens show for every contact kind and channel type.
pub const HELP_LABELS: &[&str] = &[
    "help-quick-exit",
    "help-verify",
    "help-fallback",
    "help-no-contact",
    "help-open-now",
    "help-closed-now",
    "help-hours-unknown",
    "help-opens-at",
    "help-closes-at",
    "help-always-open",
    "contact-kind-child_helpline",
    "contact-kind-csam_hotline",
    "contact-kind-police_cyber",
    "contact-kind-emergency",
    "contact-kind-online_harm_helpline",
    "contact-kind-deaf_support",
    "contact-kind-global_tool",
    "channel-phone",
    "channel-sms",
    "channel-whatsapp",
    "channel-chat",
    "channel-web",
    "channel-email",
    "channel-app",
    "channel-ussd",
    "channel-in_person",
];

pub(super) fn check_help(c: &mut Checker, parsed: &Parsed) {
    if !parsed.contacts.is_empty() || !parsed.pathways.is_empty() {
        for id in HELP_LABELS {
            if !c.default_msgs.contains_key(id) {
                c.push(
                    Severity::Error,
                    "E004",
                    MANIFEST,
                    Locator::File,
                    format!("message '{id}', which the help screens show, is missing in the default locale"),
                    None,
                );
            }
        }
    }
    let mut ids: HashMap<&str, &str> = HashMap::default();
    let mut index_in_file: HashMap<&str, usize> = HashMap::default();
    for (file, contact) in &parsed.contacts {
        let i = {
            let n = index_in_file.entry(file.as_str()).or_default();
            *n += 1;
            *n - 1
        };
        let at = |k: &str| p(&[&"contact", &i, &k]);
        if let Some(first) = ids.insert(contact.id.as_str(), file.as_str()) {
            c.push(
                Severity::Error,
                "E001",
                file,
                Locator::Toml(at("id")),
                format!(
                    "duplicate contact id '{}' (first used in {first})",
                    contact.id
                ),
                None,
            );
        }
        let cc = contact.country.as_str();
        if cc.len() != 2 || !cc.chars().all(|ch| ch.is_ascii_uppercase()) {
            c.push(
                Severity::Error,
                "E026",
                file,
                Locator::Toml(at("country")),
                format!("'{cc}' is not a two-letter country code (or EU, ZZ)"),
                None,
            );
        }
        if !(contact.source_url.starts_with("https://")
            || contact.source_url.starts_with("http://"))
            || contact.source_seen.trim().is_empty()
        {
            c.push(
                Severity::Error,
                "E025",
                file,
                Locator::Toml(at("source_url")),
                format!(
                    "contact '{}' needs a source URL and the date it was seen",
                    contact.id
                ),
                Some("never add a contact without its source".into()),
            );
        }
        if contact.channel.is_empty() {
            c.push(
                Severity::Warning,
                "W005",
                file,
                Locator::Toml(at("id")),
                format!(
                    "contact '{}' has no way to reach it; worldwide services are offered instead",
                    contact.id
                ),
                None,
            );
        }
        // Every text of a contact that people see, scanned by the safety lexicon. A new
        // field shown to people is one more line here.
        let mut shown: Vec<(&str, Option<&str>, Vec<String>)> = vec![
            (
                "organisation",
                Some(contact.organisation.as_str()),
                at("organisation"),
            ),
            (
                "accessibility",
                contact.accessibility.as_deref(),
                at("accessibility"),
            ),
        ];
        for (ci, ch) in contact.channel.iter().enumerate() {
            let at = |k: &str| p(&[&"contact", &i, &"channel", &ci, &k]);
            shown.push(("label", ch.label.as_deref(), at("label")));
            shown.push(("hours_text", ch.hours_text.as_deref(), at("hours_text")));
            shown.push(("cost", ch.cost.as_deref(), at("cost")));
        }
        safety::check_fields(c, file, &shown);
        // Research notes are for authors: the same scan, as warnings.
        let before = c.out.len();
        safety::check_fields(c, file, &[("notes", contact.notes.as_deref(), at("notes"))]);
        for d in &mut c.out[before..] {
            d.severity = Severity::Warning;
            d.code = "W004";
            d.message = format!("research notes: {} (never show notes to users)", d.message);
        }
        for (ci, ch) in contact.channel.iter().enumerate() {
            let at = |k: &str| p(&[&"contact", &i, &"channel", &ci, &k]);
            if let Some(hours) = &ch.hours {
                if ch.week.is_none() {
                    let why = why_no_week(hours);
                    c.push(
                        Severity::Error,
                        "E024",
                        file,
                        Locator::Toml(at("hours")),
                        format!("hours '{}': {why}", crate::error::excerpt(hours)),
                        None,
                    );
                }
                match &ch.timezone {
                    None => c.push(
                        Severity::Error,
                        "E024",
                        file,
                        Locator::Toml(at("hours")),
                        "hours need a time zone (IANA, e.g. Africa/Lusaka)".into(),
                        None,
                    ),
                    Some(tz) if tz.parse::<chrono_tz::Tz>().is_err() => c.push(
                        Severity::Error,
                        "E024",
                        file,
                        Locator::Toml(at("timezone")),
                        format!("'{tz}' is not an IANA time zone"),
                        None,
                    ),
                    Some(_) => {}
                }
            }
        }
    }
    let mut pathway_ids = HashSet::default();
    for (file, pw) in &parsed.pathways {
        if !pathway_ids.insert(pw.id.as_str()) {
            c.push(
                Severity::Error,
                "E001",
                file,
                Locator::Toml(p(&[&"id"])),
                format!("duplicate pathway id '{}'", pw.id),
                None,
            );
        }
        c.need_message(file, p(&[&"id"]), &ids::pathway_title(pw), None);
        let mut step_ids = HashSet::default();
        for (si, step) in pw.steps.iter().enumerate() {
            if !step_ids.insert(step.id.as_str()) {
                c.push(
                    Severity::Error,
                    "E001",
                    file,
                    Locator::Toml(p(&[&"steps", &si, &"id"])),
                    format!("duplicate step id '{}' in pathway '{}'", step.id, pw.id),
                    None,
                );
            }
            c.need_message(
                file,
                p(&[&"steps", &si, &"id"]),
                &ids::pathway_step(pw, step),
                None,
            );
            if let Some(pic) = &step.picture {
                c.need_picture(file, p(&[&"steps", &si, &"picture"]), pic);
            }
        }
    }
}

/// Why hours have no week in a built catalog. The library reads each expression's week
/// from the built catalog (help::week); authoring says why an expression has none.
fn why_no_week(hours: &str) -> String {
    const BUILD_AGAIN: &str =
        "they have no week in the built catalog; build the pack again with `safesteps pack build`";
    #[cfg(feature = "authoring")]
    if let Err(why) = crate::content::catalog_doc::week_of(hours) {
        return why;
    }
    #[cfg(not(feature = "authoring"))]
    let _ = hours;
    BUILD_AGAIN.to_string()
}
