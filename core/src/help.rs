//! Help directory and reporting pathways: the right local help, offline, with its source.
//!
//! Contacts come from the pack (converted from researched data, each with its source,
//! the date seen, a confidence level and a verify-before-shipping flag). Queries filter by
//! country and region, kind, channel type, deaf accessibility, cost, language and opening
//! hours ("open now" at any instant, in the service's own time zone), and order the result
//! for a person in need. A country with no usable contact of a kind gets the worldwide
//! services that stand in for it, marked as a fallback.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use fluent_bundle::FluentArgs;
use opening_hours::{OpeningHours, RuleKind};

use crate::content::{
    ChannelDef, ChannelType, Confidence, ContactDef, ContactKind, FreeToUse, ids,
};
use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::l10n::{Localizer, direction_of};
use crate::learning::text;
use crate::views::*;

/// Sign languages (ISO 639-3) that may appear in a contact's languages.
const SIGN_LANGUAGES: &[&str] = &[
    "ase", "bfi", "bzs", "fsl", "gsg", "pks", "sfs", "zsl", "ins", "psp", "ksl",
];

/// What to look for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactQuery {
    /// Country (ISO 3166-1 alpha-2); the app's country when `None`.
    pub country: Option<String>,
    /// Region (ISO 3166-2, e.g. `PK-PB`): regional services elsewhere are left out.
    pub region: Option<String>,
    /// Kinds wanted (all when empty).
    pub kinds: Vec<ContactKind>,
    /// Channel types wanted (all when empty).
    pub channel_types: Vec<ChannelType>,
    /// Only channels usable without hearing (text, chat, app, web, email, SMS, USSD).
    pub deaf_accessible: bool,
    /// Only channels that are free (fully or on some networks).
    pub free_only: bool,
    /// Only contacts that list this language (BCP 47 prefix match, e.g. `pt` for `pt-BR`).
    pub language: Option<String>,
    /// Only channels open at the time asked about.
    pub open_now: bool,
    /// Put emergency services first.
    pub emergency_first: bool,
}

/// Open or closed at an instant, or not known.
fn open_state(channel: &ChannelDef, at_ms: i64) -> (OpenState, Option<i64>) {
    let (Some(hours), Some(tz)) = (&channel.hours, &channel.timezone) else {
        return (OpenState::Unknown, None);
    };
    let (Ok(oh), Ok(tz)) = (hours.parse::<OpeningHours>(), tz.parse::<chrono_tz::Tz>()) else {
        return (OpenState::Unknown, None);
    };
    let Some(utc) = DateTime::<Utc>::from_timestamp_millis(at_ms) else {
        return (OpenState::Unknown, None);
    };
    let local: NaiveDateTime = utc.with_timezone(&tz).naive_local();
    let state = match oh.state(local).0 {
        RuleKind::Open => OpenState::Open,
        RuleKind::Closed => OpenState::Closed,
        RuleKind::Unknown => OpenState::Unknown,
    };
    // Next change, back to an instant (the earliest mapping if a clock change repeats it).
    let next = oh.next_change(local).and_then(|n| {
        tz.from_local_datetime(&n)
            .earliest()
            .map(|d| d.with_timezone(&Utc).timestamp_millis())
    });
    (state, next)
}

fn is_24_7(channel: &ChannelDef) -> bool {
    channel.hours.as_deref() == Some("24/7")
}

fn deaf_friendly(contact: &ContactDef) -> bool {
    contact.kind == ContactKind::DeafSupport
        || contact
            .languages
            .iter()
            .any(|l| SIGN_LANGUAGES.contains(&l.as_str()))
}

/// Whether a contact serves `country` (and `region`, when given).
fn serves(contact: &ContactDef, country: &str, region: Option<&str>) -> bool {
    let in_country = contact.country == country
        || contact.worldwide
        || contact.applies_in.iter().any(|c| c == country);
    let in_region = match region {
        Some(r) => contact.regions.is_empty() || contact.regions.iter().any(|x| x == r),
        None => true,
    };
    in_country && in_region
}

struct Built {
    view: ContactView,
    rank: (u8, u8, u8, std::cmp::Reverse<Confidence>, usize),
}

impl Engine {
    /// Help contacts for a country, filtered and ordered for a person in need: emergency
    /// first when asked, then services open now, then unknown hours, then closed; within
    /// those, checked contacts before unchecked ones, higher confidence first. Kinds with no
    /// usable contact in the country are filled with worldwide services, marked as such.
    pub fn contacts(&self, query: &ContactQuery, at_ms: Option<i64>) -> Result<Vec<ContactView>> {
        let country = match &query.country {
            Some(c) => crate::engine::normalize_country(c)?,
            None => self.country().ok_or_else(|| {
                Error::InvalidInput("choose a country to see its help contacts".into())
            })?,
        };
        let region = query.region.as_ref().map(|r| r.trim().to_ascii_uppercase());
        let at = at_ms.unwrap_or_else(|| self.wall_clock());
        let cat = self.state().catalog.clone();
        let l10n = self.state().localizer.clone();
        let mut out: Vec<Built> = cat
            .contacts
            .iter()
            .enumerate()
            .filter(|(_, c)| serves(c, &country, region.as_deref()))
            .filter(|(_, c)| query.kinds.is_empty() || query.kinds.contains(&c.kind))
            .filter_map(|(i, c)| build(&l10n, c, query, at, false, i))
            .collect();
        // Worldwide services for kinds the country lacks.
        let wanted: Vec<ContactKind> = cat
            .contacts
            .iter()
            .flat_map(|c| c.fallback_for.iter().copied())
            .filter(|k| query.kinds.is_empty() || query.kinds.contains(k))
            .collect();
        let mut filled: Vec<ContactKind> = Vec::new();
        for kind in wanted {
            if filled.contains(&kind)
                || out
                    .iter()
                    .any(|b| b.view.kind == kind && !b.view.channels.is_empty())
            {
                continue;
            }
            filled.push(kind);
            for (i, c) in cat.contacts.iter().enumerate() {
                if c.fallback_for.contains(&kind) && !out.iter().any(|b| b.view.id == c.id) {
                    out.extend(build(&l10n, c, query, at, true, i));
                }
            }
        }
        out.retain(|b| !b.view.channels.is_empty());
        out.sort_by_key(|b| {
            let emergency = if query.emergency_first && b.view.kind == ContactKind::Emergency {
                0
            } else {
                1
            };
            (emergency, b.rank)
        });
        Ok(out.into_iter().map(|b| b.view).collect())
    }

    /// The reporting pathways, for a situation picker.
    pub fn pathways(&self) -> Vec<PathwaySummary> {
        let cat = self.state().catalog.clone();
        let l10n = self.state().localizer.clone();
        cat.pathways
            .iter()
            .map(|p| PathwaySummary {
                id: p.id.clone(),
                title: text(&l10n, &ids::pathway_title(p)).value,
                audience: p.audience,
            })
            .collect()
    }

    /// A reporting pathway with the contacts for `country` resolved into its steps.
    pub fn pathway(
        &self,
        pathway_id: &str,
        country: Option<&str>,
        region: Option<&str>,
        at_ms: Option<i64>,
    ) -> Result<PathwayView> {
        let cat = self.state().catalog.clone();
        let pw = cat.pathway(pathway_id)?.clone();
        let country = match country {
            Some(c) => Some(crate::engine::normalize_country(c)?),
            None => self.country(),
        };
        let l10n = self.state().localizer.clone();
        let mut steps = Vec::new();
        let mut unverified: Vec<String> = Vec::new();
        for (i, s) in pw.steps.iter().enumerate() {
            let msg = ids::pathway_step(&pw, s);
            let mut contacts = Vec::new();
            let mut missing = Vec::new();
            if !s.contacts.is_empty() {
                let found = match &country {
                    Some(cc) => self.contacts(
                        &ContactQuery {
                            country: Some(cc.clone()),
                            region: region.map(String::from),
                            kinds: s.contacts.clone(),
                            emergency_first: true,
                            ..Default::default()
                        },
                        at_ms,
                    )?,
                    None => Vec::new(),
                };
                for kind in &s.contacts {
                    if !found.iter().any(|c| c.kind == *kind) {
                        missing.push(*kind);
                    }
                }
                for c in &found {
                    if c.verify_before_shipping && !unverified.contains(&c.id) {
                        unverified.push(c.id.clone());
                    }
                }
                contacts = found;
            }
            steps.push(PathwayStepView {
                id: s.id.clone(),
                number: i as u32 + 1,
                text: text(&l10n, &msg).value,
                easy_text: l10n.attr(&msg, "easy").map(|t| t.value),
                no_contact_note: (!missing.is_empty() && !s.contacts.is_empty())
                    .then(|| text(&l10n, "help-no-contact").value),
                contacts,
                missing_kinds: missing,
            });
        }
        let title = text(&l10n, &ids::pathway_title(&pw));
        Ok(PathwayView {
            id: pw.id.clone(),
            audience: pw.audience,
            locale: title.locale.to_string(),
            direction: direction_of(&title.locale),
            title: title.value,
            country,
            quick_exit_hint: text(&l10n, "help-quick-exit").value,
            steps,
            unverified_contact_ids: unverified,
        })
    }
}

fn build(
    l10n: &Localizer,
    c: &ContactDef,
    q: &ContactQuery,
    at: i64,
    fallback: bool,
    index: usize,
) -> Option<Built> {
    let language_ok = match &q.language {
        Some(lang) => c.languages.iter().any(|l| {
            l.eq_ignore_ascii_case(lang)
                || l.to_ascii_lowercase()
                    .starts_with(&format!("{}-", lang.to_ascii_lowercase()))
        }),
        None => true,
    };
    if !language_ok {
        return None;
    }
    let channels: Vec<ChannelView> = c
        .channel
        .iter()
        .filter(|ch| q.channel_types.is_empty() || q.channel_types.contains(&ch.kind))
        .filter(|ch| !q.deaf_accessible || ch.kind.usable_without_hearing())
        .filter(|ch| !q.free_only || matches!(ch.free, FreeToUse::Yes | FreeToUse::Partly))
        .map(|ch| channel_view(l10n, ch, at))
        .filter(|v| !q.open_now || v.open == OpenState::Open)
        .collect();
    let channel_filters =
        !q.channel_types.is_empty() || q.deaf_accessible || q.free_only || q.open_now;
    if channels.is_empty() && (channel_filters || !c.channel.is_empty()) {
        return None;
    }
    let best = if channels.iter().any(|v| v.open == OpenState::Open) {
        OpenState::Open
    } else if channels.iter().any(|v| v.open == OpenState::Unknown) {
        OpenState::Unknown
    } else {
        OpenState::Closed
    };
    let open_rank = match best {
        OpenState::Open => 0,
        OpenState::Unknown => 1,
        OpenState::Closed => 2,
    };
    let view = ContactView {
        id: c.id.clone(),
        organisation: c.organisation.clone(),
        kind: c.kind,
        kind_label: text(l10n, &format!("contact-kind-{}", tag(c.kind))).value,
        country: c.country.clone(),
        regions: c.regions.clone(),
        is_fallback: fallback,
        fallback_note: fallback.then(|| text(l10n, "help-fallback").value),
        open: best,
        channels,
        languages: c.languages.clone(),
        accessibility: c.accessibility.clone(),
        deaf_support: deaf_friendly(c),
        max_age: c.max_age,
        source_url: c.source_url.clone(),
        source_seen: c.source_seen.clone(),
        confidence: c.confidence,
        verify_before_shipping: c.verify_before_shipping,
        verify_note: c
            .verify_before_shipping
            .then(|| text(l10n, "help-verify").value),
        notes: c.notes.clone(),
    };
    Some(Built {
        view,
        rank: (
            u8::from(fallback),
            open_rank,
            u8::from(c.verify_before_shipping),
            std::cmp::Reverse(c.confidence),
            index,
        ),
    })
}

/// The name a kind or channel type has in pack files (`child_helpline`, `in_person`),
/// which is also the suffix of its label message. One source: the serde names.
fn tag<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn channel_view(l10n: &Localizer, ch: &ChannelDef, at: i64) -> ChannelView {
    let (open, next) = open_state(ch, at);
    let local_time = |ms: i64| -> Option<String> {
        let tz: chrono_tz::Tz = ch.timezone.as_deref()?.parse().ok()?;
        let when = DateTime::<Utc>::from_timestamp_millis(ms)?.with_timezone(&tz);
        let now = DateTime::<Utc>::from_timestamp_millis(at)?.with_timezone(&tz);
        Some(if when.date_naive() == now.date_naive() {
            when.format("%H:%M").to_string()
        } else {
            when.format("%Y-%m-%d %H:%M").to_string()
        })
    };
    let status_text = match open {
        // A web page, app or mailbox with no stated hours: no claim either way.
        OpenState::Unknown
            if ch.hours_text.is_none()
                && matches!(
                    ch.kind,
                    ChannelType::Web | ChannelType::App | ChannelType::Email
                ) =>
        {
            String::new()
        }
        OpenState::Unknown => text(l10n, "help-hours-unknown").value,
        OpenState::Open if is_24_7(ch) => text(l10n, "help-always-open").value,
        OpenState::Open | OpenState::Closed => {
            let (state_msg, change_msg) = if open == OpenState::Open {
                ("help-open-now", "help-closes-at")
            } else {
                ("help-closed-now", "help-opens-at")
            };
            let mut s = text(l10n, state_msg).value;
            if let Some(t) = next.and_then(local_time) {
                let mut args = FluentArgs::new();
                args.set("time", t);
                if let Some(change) = l10n.format(change_msg, None, Some(&args)) {
                    s.push_str(" · ");
                    s.push_str(&change.value);
                }
            }
            s
        }
    };
    ChannelView {
        kind: ch.kind,
        label: text(l10n, &format!("channel-{}", tag(ch.kind))).value,
        value: ch.value.clone(),
        note: ch.label.clone(),
        hours_text: ch.hours_text.clone(),
        hours: ch.hours.clone(),
        timezone: ch.timezone.clone(),
        open,
        status_text,
        next_change_ms: next,
        cost: ch.cost.clone(),
        free: ch.free,
        usable_without_hearing: ch.kind.usable_without_hearing(),
    }
}
