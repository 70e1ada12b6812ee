//! Help directory and reporting pathways: the right local help, offline, with its source.
//!
//! Contacts come from the pack (converted from researched data, each with its source,
//! the date seen, a confidence level and a verify-before-shipping flag). Queries filter by
//! country and region, kind, channel type, deaf accessibility, cost, language and opening
//! hours ("open now" at any instant, in the service's own time zone), and order the result
//! for a person in need. A country with no usable contact of a kind gets the worldwide
//! services that stand in for it, marked as a fallback.
//!
//! Lookup needs no database: [`contacts`], [`pathways`] and [`pathway`] are free functions
//! over the catalog and a localizer (plus a country and an instant); [`Engine`] only adds
//! the app's country, locales and clock. The same selection ([`select`]) is what the
//! checker uses to prove that no emergency step leaves a child with only an unreliable
//! number, and that a release pack shows children only checked contacts.
//!
//! What a person sees: never the research (a contact's `notes` and `accessibility`, a
//! channel's `label`); a pack's `public_note` and `public_label` (checked messages), a
//! ready action URI per channel ([`uri`]) and a status line for every contact (checked,
//! not flagged, or "check this number").

pub mod uri;
pub mod week;

use chrono::{DateTime, Datelike, NaiveDateTime, TimeZone, Timelike, Utc};
use fluent_bundle::FluentArgs;

use crate::content::{
    Audience, Catalog, ChannelDef, ChannelType, Confidence, ContactDef, ContactKind, ContactStatus,
    FreeToUse, VerificationMethod, ids,
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
    /// Only channels usable without hearing (text, chat, app, web, email, SMS, USSD, sign
    /// language video relay).
    pub deaf_accessible: bool,
    /// Only channels that are free (fully or on some networks).
    pub free_only: bool,
    /// Only contacts that list this language (BCP 47 prefix match, e.g. `pt` for `pt-BR`).
    pub language: Option<String>,
    /// Only channels open at the time asked about.
    pub open_now: bool,
    /// Put emergency services first.
    pub emergency_first: bool,
    /// For a child: an emergency list is never only low-confidence numbers (a checked
    /// helpline open day and night stands in, marked as such).
    pub for_child: bool,
}

/// Open or closed at an instant, or not known.
fn open_state(channel: &ChannelDef, at_ms: i64) -> (OpenState, Option<i64>) {
    let (Some(week), Some(tz)) = (&channel.week, &channel.timezone) else {
        return (OpenState::Unknown, None);
    };
    let (Ok(tz), Some(utc)) = (
        tz.parse::<chrono_tz::Tz>(),
        DateTime::<Utc>::from_timestamp_millis(at_ms),
    ) else {
        return (OpenState::Unknown, None);
    };
    let local: NaiveDateTime = utc.with_timezone(&tz).naive_local();
    let state = if week.is_open(local) {
        OpenState::Open
    } else {
        OpenState::Closed
    };
    // Next change, back to an instant (the earliest mapping if a clock change repeats it).
    let next = week.next_change(local).and_then(|n| {
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

/// Why a contact was added that the country's own list did not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// The country's own (or an EU-wide entry that applies there).
    Own,
    /// A worldwide service for a kind the country has nothing usable for.
    Fallback,
    /// A reliable helpline standing in for an emergency service that may not work.
    StandIn,
}

/// One contact chosen for a list: which one, why, and which of its channels to show.
#[derive(Debug, Clone)]
pub struct Pick {
    /// Index in the contact list given to [`select`].
    pub index: usize,
    /// Why it is there.
    pub added: Added,
    /// Indexes of the channels shown, after filters and merging of duplicate numbers.
    pub channels: Vec<usize>,
    open: Vec<Openness>,
}

impl Pick {
    fn best_open(&self) -> OpenState {
        if self.open.iter().any(|o| o.0 == OpenState::Open) {
            OpenState::Open
        } else if self.open.iter().any(|o| o.0 == OpenState::Unknown) || self.open.is_empty() {
            OpenState::Unknown
        } else {
            OpenState::Closed
        }
    }
}

/// Reliable enough to be the one thing a child sees in an emergency: not low confidence
/// and not flagged by the research unless a person has checked it since.
pub fn reliable(c: &ContactDef) -> bool {
    c.confidence != Confidence::Low && c.status() != ContactStatus::Unverified
}

fn language_ok(c: &ContactDef, q: &ContactQuery) -> bool {
    match &q.language {
        Some(lang) => c.languages.iter().any(|l| {
            l.eq_ignore_ascii_case(lang)
                || l.to_ascii_lowercase()
                    .starts_with(&format!("{}-", lang.to_ascii_lowercase()))
        }),
        None => true,
    }
}

/// Open or closed at the instant asked about, and when that next changes.
type Openness = (OpenState, Option<i64>);

/// The channels of `c` that pass the query's channel filters, with their open state.
fn channels_for(c: &ContactDef, q: &ContactQuery, at: i64) -> Option<(Vec<usize>, Vec<Openness>)> {
    if !language_ok(c, q) {
        return None;
    }
    let mut idx = Vec::new();
    let mut open = Vec::new();
    for (i, ch) in c.channel.iter().enumerate() {
        if !q.channel_types.is_empty() && !q.channel_types.contains(&ch.kind) {
            continue;
        }
        if q.deaf_accessible && !ch.kind.usable_without_hearing() {
            continue;
        }
        if q.free_only && !matches!(ch.free, FreeToUse::Yes | FreeToUse::Partly) {
            continue;
        }
        let state = open_state(ch, at);
        if q.open_now && state.0 != OpenState::Open {
            continue;
        }
        idx.push(i);
        open.push(state);
    }
    if idx.is_empty() {
        return None;
    }
    Some((idx, open))
}

/// A worldwide entry: offered everywhere, and with no country asked for.
fn is_worldwide(c: &ContactDef) -> bool {
    c.worldwide || c.country == "ZZ"
}

/// May `c` stand in for `kind` where a country has none? Never a take-down tool for a
/// hotline: it needs the picture saved on the device, which a child who saw abuse
/// material must never do.
fn may_fill(c: &ContactDef, kind: ContactKind) -> bool {
    c.fallback_for.contains(&kind)
        && !(kind == ContactKind::CsamHotline && c.kind == ContactKind::TakedownTool)
}

/// The key two channels are the same under: the same number to call, text or message, or
/// the same address.
fn channel_key(c: &ContactDef, ch: &ChannelDef) -> Option<(u8, String)> {
    let class = match ch.kind {
        ChannelType::Phone | ChannelType::Ussd => 0,
        ChannelType::Sms => 1,
        ChannelType::Whatsapp => 2,
        ChannelType::Email => 3,
        ChannelType::Web | ChannelType::Chat => 4,
        _ => return None,
    };
    let key = match uri::action_uri(ch, &c.country) {
        Ok(Some(u)) => u.trim_end_matches('/').to_ascii_lowercase(),
        _ => ch.value.trim().to_ascii_lowercase(),
    };
    Some((class, key))
}

/// Choose and order the contacts for a query. `country` `None` means no country is known:
/// only worldwide services are chosen. Pure: no database, no localizer.
pub fn select(
    contacts: &[ContactDef],
    q: &ContactQuery,
    country: Option<&str>,
    at: i64,
) -> Vec<Pick> {
    let region = q.region.as_ref().map(|r| r.trim().to_ascii_uppercase());
    let kind_wanted = |k: ContactKind| q.kinds.is_empty() || q.kinds.contains(&k);
    let mut picks: Vec<Pick> = Vec::new();
    for (i, c) in contacts.iter().enumerate() {
        let chosen = match country {
            Some(cc) => serves(c, cc, region.as_deref()) && kind_wanted(c.kind),
            None => {
                is_worldwide(c) && (kind_wanted(c.kind) || q.kinds.iter().any(|k| may_fill(c, *k)))
            }
        };
        if !chosen {
            continue;
        }
        if let Some((channels, open)) = channels_for(c, q, at) {
            picks.push(Pick {
                index: i,
                added: Added::Own,
                channels,
                open,
            });
        }
    }
    // Worldwide services for kinds the country lacks.
    let mut wanted: Vec<ContactKind> = Vec::new();
    for k in contacts.iter().flat_map(|c| c.fallback_for.iter().copied()) {
        if kind_wanted(k) && !wanted.contains(&k) {
            wanted.push(k);
        }
    }
    for kind in wanted {
        if picks.iter().any(|p| contacts[p.index].kind == kind) {
            continue;
        }
        for (i, c) in contacts.iter().enumerate() {
            if may_fill(c, kind)
                && !picks.iter().any(|p| p.index == i)
                && let Some((channels, open)) = channels_for(c, q, at)
            {
                picks.push(Pick {
                    index: i,
                    added: Added::Fallback,
                    channels,
                    open,
                });
            }
        }
    }
    // A child's emergency list is never only numbers that may not work.
    if q.for_child && kind_wanted(ContactKind::Emergency) && country.is_some() {
        let has_reliable = picks.iter().any(|p| {
            contacts[p.index].kind == ContactKind::Emergency && reliable(&contacts[p.index])
        });
        let any_emergency = picks
            .iter()
            .any(|p| contacts[p.index].kind == ContactKind::Emergency);
        if any_emergency && !has_reliable {
            let cc = country.unwrap_or_default();
            for (i, c) in contacts.iter().enumerate() {
                if c.kind != ContactKind::ChildHelpline
                    || !reliable(c)
                    || !serves(c, cc, region.as_deref())
                {
                    continue;
                }
                // Already listed as a helpline: it moves up, into the emergency group.
                if let Some(p) = picks.iter_mut().find(|p| p.index == i) {
                    p.added = Added::StandIn;
                    continue;
                }
                if let Some((channels, open)) = channels_for(c, q, at) {
                    picks.push(Pick {
                        index: i,
                        added: Added::StandIn,
                        channels,
                        open,
                    });
                }
            }
        }
    }
    let rank = |p: &Pick| {
        let c = &contacts[p.index];
        let emergency =
            q.emergency_first && (c.kind == ContactKind::Emergency || p.added == Added::StandIn);
        let open_rank = match p.best_open() {
            OpenState::Open => 0u8,
            OpenState::Unknown => 1,
            OpenState::Closed => 2,
        };
        // Among emergency entries: real emergency services first, then a stand-in, then
        // low-confidence numbers (Zambia's 991) last.
        let tier = if !emergency {
            0
        } else if p.added == Added::StandIn {
            1
        } else if c.confidence == Confidence::Low {
            2
        } else {
            0
        };
        (
            u8::from(!emergency),
            tier,
            u8::from(p.added == Added::Fallback),
            u8::from(c.confidence == Confidence::Low),
            open_rank,
            u8::from(c.status() == ContactStatus::Unverified),
            std::cmp::Reverse(c.confidence),
            p.index,
        )
    };
    picks.sort_by_key(|p| rank(p));
    merge_duplicates(contacts, &mut picks, country);
    picks
}

/// One number, one entry: a number (or address) listed by two contacts that serve the same
/// place stays with the country's own service (else the first listed) and leaves the other,
/// which is dropped if nothing else is left of it (Germany's 116 111: Nummer gegen Kummer
/// keeps it, the EU-wide 116 111 entry goes). The same short number run by different
/// regional services (1121 in Punjab and in Sindh) is not a duplicate.
fn merge_duplicates(contacts: &[ContactDef], picks: &mut Vec<Pick>, country: Option<&str>) {
    let mut owner: std::collections::HashMap<(u8, String), usize> = Default::default();
    for (pi, p) in picks.iter().enumerate() {
        let c = &contacts[p.index];
        for &ci in &p.channels {
            if let Some(key) = channel_key(c, &c.channel[ci]) {
                match owner.get(&key) {
                    None => {
                        owner.insert(key, pi);
                    }
                    Some(&other) => {
                        let other_c = &contacts[picks[other].index];
                        if !same_place(c, other_c) {
                            continue;
                        }
                        let own = |x: &ContactDef| Some(x.country.as_str()) == country;
                        if own(c) && !own(other_c) {
                            owner.insert(key, pi);
                        }
                    }
                }
            }
        }
    }
    let snapshot: Vec<usize> = picks.iter().map(|p| p.index).collect();
    for (pi, p) in picks.iter_mut().enumerate() {
        let c = &contacts[p.index];
        let keep: Vec<bool> = p
            .channels
            .iter()
            .map(|&ci| match channel_key(c, &c.channel[ci]) {
                Some(key) => match owner.get(&key) {
                    Some(&o) => o == pi || !same_place(c, &contacts[snapshot[o]]),
                    None => true,
                },
                None => true,
            })
            .collect();
        let mut k = keep.iter();
        p.channels.retain(|_| *k.next().unwrap_or(&true));
        let mut k = keep.iter();
        p.open.retain(|_| *k.next().unwrap_or(&true));
    }
    picks.retain(|p| !p.channels.is_empty());
}

/// Two contacts serve the same place unless both are limited to regions that do not meet.
fn same_place(a: &ContactDef, b: &ContactDef) -> bool {
    a.regions.is_empty() || b.regions.is_empty() || a.regions.iter().any(|r| b.regions.contains(r))
}

/// Help contacts for a country, filtered and ordered for a person in need: emergency
/// first when asked, then worldwide fallbacks last; low-confidence entries after the
/// others, then services open now, then unknown hours, then closed; checked before
/// unchecked, higher confidence first. Kinds with no usable contact in the country are
/// filled with worldwide services, marked as such. `country` is used when the query
/// names none.
pub fn contacts(
    cat: &Catalog,
    l10n: &Localizer,
    query: &ContactQuery,
    country: Option<&str>,
    at_ms: i64,
) -> Result<Vec<ContactView>> {
    let country = match (query.country.as_deref(), country) {
        (Some(c), _) | (None, Some(c)) => crate::engine::normalize_country(c)?,
        (None, None) => {
            return Err(Error::refused(
                crate::ErrorKind::UnknownLocale,
                Some("country-needed"),
                "choose a country to see its help contacts",
            ));
        }
    };
    Ok(select(&cat.contacts, query, Some(&country), at_ms)
        .iter()
        .map(|p| view(l10n, &cat.contacts[p.index], p, at_ms))
        .collect())
}

/// The reporting pathways, for a situation picker.
pub fn pathways(cat: &Catalog, l10n: &Localizer) -> Vec<PathwaySummary> {
    cat.pathways
        .iter()
        .map(|p| {
            let title = text(l10n, &ids::pathway_title(p));
            PathwaySummary {
                id: p.id.clone(),
                direction: direction_of(&title.locale),
                title: title.value,
                audience: p.audience,
            }
        })
        .collect()
}

/// The contacts of one pathway step for a country (worldwide ones when `country` is
/// `None`), as [`select`] chooses them for the pathway's audience.
pub fn step_picks(
    contacts: &[ContactDef],
    kinds: &[ContactKind],
    audience: Audience,
    country: Option<&str>,
    region: Option<&str>,
    at: i64,
) -> Vec<Pick> {
    if kinds.is_empty() {
        return Vec::new();
    }
    select(
        contacts,
        &ContactQuery {
            country: country.map(String::from),
            region: region.map(String::from),
            kinds: kinds.to_vec(),
            emergency_first: true,
            // No emergency step, for a child or an adult, leaves only a number that may
            // not work: the stand-in rule applies to every emergency step.
            for_child: audience == Audience::Child || kinds.contains(&ContactKind::Emergency),
            ..Default::default()
        },
        country,
        at,
    )
}

/// A reporting pathway with the contacts for `country` resolved into its steps; with no
/// country, the worldwide services.
pub fn pathway(
    cat: &Catalog,
    l10n: &Localizer,
    pathway_id: &str,
    country: Option<&str>,
    region: Option<&str>,
    at_ms: i64,
) -> Result<PathwayView> {
    let none = crate::media::InstalledMedia::default();
    pathway_signed(cat, l10n, &none, pathway_id, country, region, at_ms, None)
}

/// [`pathway`] with the sign language whose videos come first (pathway steps, the quick
/// exit, contact kinds), playable from `media` when installed.
#[allow(clippy::too_many_arguments)]
pub fn pathway_signed(
    cat: &Catalog,
    l10n: &Localizer,
    media: &crate::media::InstalledMedia,
    pathway_id: &str,
    country: Option<&str>,
    region: Option<&str>,
    at_ms: i64,
    sign_language: Option<&str>,
) -> Result<PathwayView> {
    let pw = cat.pathway(pathway_id)?;
    let country = country.map(crate::engine::normalize_country).transpose()?;
    let mut steps = Vec::new();
    let mut unverified: Vec<String> = Vec::new();
    for (i, s) in pw.steps.iter().enumerate() {
        let msg = ids::pathway_step(pw, s);
        let picks = step_picks(
            &cat.contacts,
            &s.contacts,
            pw.audience,
            country.as_deref(),
            region,
            at_ms,
        );
        let missing: Vec<ContactKind> = s
            .contacts
            .iter()
            .copied()
            .filter(|k| {
                !picks
                    .iter()
                    .any(|p| p.added != Added::Fallback && cat.contacts[p.index].kind == *k)
            })
            .collect();
        let contacts: Vec<ContactView> = picks
            .iter()
            .map(|p| view(l10n, &cat.contacts[p.index], p, at_ms))
            .collect();
        for c in &contacts {
            if c.verify_before_shipping && !unverified.contains(&c.id) {
                unverified.push(c.id.clone());
            }
        }
        let step_text = text(l10n, &msg);
        steps.push(PathwayStepView {
            picture: s
                .picture
                .as_ref()
                .map(|p| crate::learning::picture(l10n, p, &msg)),
            videos: crate::learning::sign_videos(
                cat,
                l10n,
                media,
                &crate::content::slots::pathway_slot(&pw.id, i + 1),
                sign_language,
            ),
            id: s.id.clone(),
            number: int(i + 1),
            direction: direction_of(&step_text.locale),
            text: step_text.value,
            easy_text: l10n.attr(&msg, "easy").map(|t| t.value),
            no_contact_note: (!s.contacts.is_empty() && contacts.is_empty())
                .then(|| text(l10n, "help-no-contact").value),
            contacts,
            missing_kinds: missing,
        });
    }
    let title = text(l10n, &ids::pathway_title(pw));
    Ok(PathwayView {
        id: pw.id.clone(),
        audience: pw.audience,
        locale: title.locale.to_string(),
        direction: direction_of(&title.locale),
        title: title.value,
        country,
        quick_exit_hint: text(l10n, "help-quick-exit").value,
        quick_exit: crate::screens::screen_view(
            cat,
            l10n,
            media,
            "quick-exit",
            sign_language,
            false,
        ),
        contact_kinds: {
            let mut kinds: Vec<ContactKind> = Vec::new();
            for s in &steps {
                for k in s
                    .contacts
                    .iter()
                    .map(|c| c.kind)
                    .chain(s.missing_kinds.iter().copied())
                {
                    if !kinds.contains(&k) {
                        kinds.push(k);
                    }
                }
            }
            kinds
                .into_iter()
                .filter_map(|k| {
                    crate::screens::contact_kind_view(cat, l10n, media, k, sign_language, false)
                })
                .collect()
        },
        steps,
        unverified_contact_ids: unverified,
    })
}

/// The countries the pack has help contacts of their own for, in code order (worldwide
/// `ZZ` and the `EU` are not countries: their services show for every country).
pub fn contact_countries(cat: &Catalog) -> Vec<CountryContacts> {
    let mut by_country: std::collections::BTreeMap<&str, (u32, u32)> = Default::default();
    for c in &cat.contacts {
        if c.country.len() != 2 || matches!(c.country.as_str(), "ZZ" | "EU") {
            continue;
        }
        let entry = by_country.entry(c.country.as_str()).or_default();
        entry.0 += 1;
        if c.status() != ContactStatus::Unverified {
            entry.1 += 1;
        }
    }
    by_country
        .into_iter()
        .map(|(country, (contacts, checked))| CountryContacts {
            country: country.to_string(),
            contacts: int(contacts),
            checked: int(checked),
        })
        .collect()
}

impl Engine {
    /// The countries with help contacts of their own (for a country picker).
    pub fn contact_countries(&self) -> Vec<CountryContacts> {
        contact_countries(&self.state().catalog)
    }

    /// Help contacts for a country (the app's when the query names none): see [`contacts`].
    /// One snapshot of the content, localizer and country; no database.
    pub fn contacts(&self, query: &ContactQuery, at_ms: Option<i64>) -> Result<Vec<ContactView>> {
        let state = self.state();
        let at = at_ms.unwrap_or_else(|| self.wall_clock());
        contacts(
            &state.catalog,
            &state.localizer,
            query,
            state.country.as_deref(),
            at,
        )
    }

    /// The reporting pathways, for a situation picker.
    pub fn pathways(&self) -> Vec<PathwaySummary> {
        let state = self.state();
        pathways(&state.catalog, &state.localizer)
    }

    /// A reporting pathway with the contacts for `country` (the app's when `None`; the
    /// worldwide services when neither is known) resolved into its steps.
    pub fn pathway(
        &self,
        pathway_id: &str,
        country: Option<&str>,
        region: Option<&str>,
        at_ms: Option<i64>,
    ) -> Result<PathwayView> {
        let state = self.state();
        let country = country.or(state.country.as_deref());
        let at = at_ms.unwrap_or_else(|| self.wall_clock());
        pathway_signed(
            &state.catalog,
            &state.localizer,
            &state.media,
            pathway_id,
            country,
            region,
            at,
            state.sign_language.as_deref(),
        )
    }
}

fn status_text(l10n: &Localizer, c: &ContactDef) -> String {
    match (&c.verification, c.status()) {
        (Some(v), _) => {
            let method = match v.method {
                VerificationMethod::Called => "called",
                VerificationMethod::OfficialPublication => "official_publication",
                VerificationMethod::Visit => "visit",
            };
            let mut args = FluentArgs::new();
            args.set("by", v.by.clone());
            args.set("date", v.date.clone());
            args.set(
                "method",
                text(l10n, &format!("help-verified-{method}")).value,
            );
            l10n.format("help-status-verified", None, Some(&args))
                .map(|t| t.value)
                .unwrap_or_default()
        }
        (None, ContactStatus::Unverified) => text(l10n, "help-status-unverified").value,
        (None, _) => text(l10n, "help-status-researched").value,
    }
}

fn view(l10n: &Localizer, c: &ContactDef, p: &Pick, at: i64) -> ContactView {
    let fallback = p.added != Added::Own;
    let channels: Vec<ChannelView> = p
        .channels
        .iter()
        .zip(&p.open)
        .map(|(&ci, open)| channel_view(l10n, c, &c.channel[ci], *open, at))
        .collect();
    let unverified = c.status() == ContactStatus::Unverified;
    let kind_label = text(l10n, &format!("contact-kind-{}", tag(c.kind)));
    ContactView {
        id: c.id.clone(),
        organisation: c.organisation.clone(),
        kind: c.kind,
        direction: direction_of(&kind_label.locale),
        kind_label: kind_label.value,
        primary_action_uri: channels.iter().find_map(|ch| ch.action_uri.clone()),
        country: c.country.clone(),
        regions: c.regions.clone(),
        is_fallback: fallback,
        fallback_note: match p.added {
            Added::Own => None,
            Added::Fallback => Some(text(l10n, "help-fallback").value),
            Added::StandIn => Some(text(l10n, "help-stand-in").value),
        },
        open: p.best_open(),
        channels,
        languages: c.languages.clone(),
        deaf_support: deaf_friendly(c),
        max_age: c.max_age.map(i32::from),
        source_url: c.source_url.clone(),
        source_seen: c.source_seen.clone(),
        confidence: c.confidence,
        status: c.status(),
        status_text: status_text(l10n, c),
        verification: c.verification.clone(),
        verify_before_shipping: unverified,
        verify_note: unverified.then(|| text(l10n, "help-verify").value),
        public_note: c.public_note.as_deref().map(|id| text(l10n, id).value),
        is_stand_in: p.added == Added::StandIn,
    }
}

/// The name a kind or channel type has in pack files (`child_helpline`, `in_person`),
/// which is also the suffix of its label message. One source: the serde names.
fn tag<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn channel_view(
    l10n: &Localizer,
    c: &ContactDef,
    ch: &ChannelDef,
    (open, next): (OpenState, Option<i64>),
    at: i64,
) -> ChannelView {
    let local_time = |ms: i64| -> Option<String> {
        let tz: chrono_tz::Tz = ch.timezone.as_deref()?.parse().ok()?;
        let when = DateTime::<Utc>::from_timestamp_millis(ms)?.with_timezone(&tz);
        let now = DateTime::<Utc>::from_timestamp_millis(at)?.with_timezone(&tz);
        // From the calendar fields (the library links none of chrono's formatting).
        let hm = format!("{:02}:{:02}", when.hour(), when.minute());
        Some(if when.date_naive() == now.date_naive() {
            hm
        } else {
            format!(
                "{:04}-{:02}-{:02} {hm}",
                when.year(),
                when.month(),
                when.day()
            )
        })
    };
    let status_text = match open {
        // A web page, app or mailbox with no stated hours: no claim either way.
        OpenState::Unknown
            if ch.hours_text.is_none()
                && matches!(
                    ch.kind,
                    ChannelType::Web
                        | ChannelType::App
                        | ChannelType::Email
                        | ChannelType::VideoRelay
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
    let label = text(l10n, &format!("channel-{}", tag(ch.kind)));
    ChannelView {
        kind: ch.kind,
        direction: direction_of(&label.locale),
        label: label.value,
        value: ch.value.clone(),
        // A pack that passed the checker has a valid URI for every channel that takes one.
        action_uri: uri::action_uri(ch, &c.country).ok().flatten(),
        note: ch.public_label.as_deref().map(|id| text(l10n, id).value),
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
