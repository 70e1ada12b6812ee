//! `safesteps contacts` and `safesteps pathway`: the help directory in the terminal.

use std::io::Write;
use std::process::ExitCode;

use safesteps_core::content::{ChannelType, ContactKind};
use safesteps_core::{ContactQuery, ContactView, Engine, OpenOptions};

type DynResult<T> = Result<T, Box<dyn std::error::Error>>;

/// Options of `safesteps contacts`.
#[derive(clap::Args, Debug)]
pub struct ContactsArgs {
    /// Country (ISO 3166-1 alpha-2), e.g. ZM.
    #[arg(long)]
    country: String,
    /// Region (ISO 3166-2), e.g. PK-PB.
    #[arg(long)]
    region: Option<String>,
    /// Only these kinds (child_helpline, csam_hotline, police_cyber, emergency,
    /// online_harm_helpline, deaf_support, global_tool); repeatable.
    #[arg(long = "kind")]
    kinds: Vec<String>,
    /// Only these channel types (phone, sms, whatsapp, chat, web, email, app, ussd, in_person).
    #[arg(long = "channel")]
    channels: Vec<String>,
    /// Only channels usable without hearing.
    #[arg(long)]
    deaf_accessible: bool,
    /// Only channels open now (or at --at).
    #[arg(long)]
    open_now: bool,
    /// Only free channels.
    #[arg(long)]
    free: bool,
    /// Only contacts that list this language.
    #[arg(long)]
    language: Option<String>,
    /// Emergency services first.
    #[arg(long)]
    emergency_first: bool,
    /// The instant for "open now", RFC 3339 (default: now).
    #[arg(long)]
    at: Option<String>,
    /// Text locale.
    #[arg(long = "locale", default_value = "en")]
    locales: Vec<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Options of `safesteps pathway`.
#[derive(clap::Args, Debug)]
pub struct PathwayArgs {
    /// The situation (omit to list them): asked-for-pictures, threatened-over-picture,
    /// saw-sexual-images-of-child, wants-to-meet, being-bullied, worried-about-child.
    situation: Option<String>,
    /// Country (ISO 3166-1 alpha-2), e.g. PK.
    #[arg(long)]
    country: Option<String>,
    /// Region (ISO 3166-2).
    #[arg(long)]
    region: Option<String>,
    /// The instant for "open now", RFC 3339 (default: now).
    #[arg(long)]
    at: Option<String>,
    /// Text locale.
    #[arg(long = "locale", default_value = "en")]
    locales: Vec<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

fn engine(locales: &[String]) -> DynResult<(tempfile_free::Scratch, Engine)> {
    // The help directory needs no learner data: use a throwaway database.
    let scratch = tempfile_free::Scratch::new()?;
    let app = Engine::open(
        &scratch.path,
        OpenOptions {
            preferred_locales: locales.to_vec(),
            ..Default::default()
        },
    )?;
    Ok((scratch, app))
}

/// A temporary folder removed on drop, without a dependency for one use.
mod tempfile_free {
    use std::path::PathBuf;

    pub struct Scratch {
        dir: PathBuf,
        pub path: PathBuf,
    }

    impl Scratch {
        pub fn new() -> std::io::Result<Self> {
            let dir = std::env::temp_dir().join(format!(
                "safesteps-help-{}-{}",
                std::process::id(),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0)
            ));
            std::fs::create_dir_all(&dir)?;
            Ok(Scratch {
                path: dir.join("help.sqlite"),
                dir,
            })
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

fn parse_at(at: &Option<String>) -> DynResult<Option<i64>> {
    at.as_ref()
        .map(|s| {
            chrono::DateTime::parse_from_rfc3339(s)
                .map(|d| d.timestamp_millis())
                .map_err(|e| {
                    format!("--at {s}: {e} (use RFC 3339, e.g. 2026-11-23T14:00:00+05:00)").into()
                })
        })
        .transpose()
}

fn parse_enum<T: serde::de::DeserializeOwned>(what: &str, s: &str) -> DynResult<T> {
    serde_json::from_value(serde_json::Value::String(s.to_string()))
        .map_err(|_| format!("'{s}' is not a {what}").into())
}

fn print_contact(out: &mut dyn Write, c: &ContactView) -> std::io::Result<()> {
    let mut flags = vec![c.kind_label.clone()];
    if !c.regions.is_empty() {
        flags.push(c.regions.join(", "));
    }
    writeln!(out, "* {} [{}]", c.organisation, flags.join(" · "))?;
    if let Some(n) = &c.fallback_note {
        writeln!(out, "  ({n})")?;
    }
    for ch in &c.channels {
        write!(out, "  {}: {}", ch.label, ch.value)?;
        if !ch.status_text.is_empty() {
            write!(out, "  — {}", ch.status_text)?;
        }
        if let Some(cost) = &ch.cost {
            write!(out, " · {cost}")?;
        }
        if let Some(note) = &ch.note {
            write!(out, " · {note}")?;
        }
        writeln!(out)?;
    }
    if let Some(v) = &c.verify_note {
        writeln!(out, "  ! {v}")?;
    }
    writeln!(
        out,
        "  source: {} (seen {}, confidence {:?})",
        c.source_url, c.source_seen, c.confidence
    )?;
    Ok(())
}

/// `safesteps contacts`.
pub fn contacts(args: &ContactsArgs, out: &mut dyn Write) -> DynResult<ExitCode> {
    let (_scratch, app) = engine(&args.locales)?;
    let query = ContactQuery {
        country: Some(args.country.clone()),
        region: args.region.clone(),
        kinds: args
            .kinds
            .iter()
            .map(|k| parse_enum::<ContactKind>("contact kind", k))
            .collect::<DynResult<_>>()?,
        channel_types: args
            .channels
            .iter()
            .map(|k| parse_enum::<ChannelType>("channel type", k))
            .collect::<DynResult<_>>()?,
        deaf_accessible: args.deaf_accessible,
        free_only: args.free,
        language: args.language.clone(),
        open_now: args.open_now,
        emergency_first: args.emergency_first,
    };
    let list = app.contacts(&query, parse_at(&args.at)?)?;
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
    } else {
        writeln!(
            out,
            "Help contacts for {} ({} found)\n",
            args.country.to_uppercase(),
            list.len()
        )?;
        for c in &list {
            print_contact(out, c)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `safesteps pathway`.
pub fn pathway(args: &PathwayArgs, out: &mut dyn Write) -> DynResult<ExitCode> {
    let (_scratch, app) = engine(&args.locales)?;
    let Some(situation) = &args.situation else {
        for p in app.pathways() {
            writeln!(out, "{:<28} {} ({:?})", p.id, p.title, p.audience)?;
        }
        return Ok(ExitCode::SUCCESS);
    };
    let view = app.pathway(
        situation,
        args.country.as_deref(),
        args.region.as_deref(),
        parse_at(&args.at)?,
    )?;
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&view)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{}", view.title)?;
    // Text of a translation no native speaker has reviewed is marked as a draft.
    let info = app.pack_info();
    if info.locales.iter().any(|l| {
        l.tag == info.active_locale && l.status == safesteps_core::views::ReviewStatus::Draft
    }) {
        writeln!(
            out,
            "[DRAFT translation ({}): not yet reviewed by a native speaker]",
            info.active_locale
        )?;
    }
    writeln!(out, "({})\n", view.quick_exit_hint)?;
    for s in &view.steps {
        writeln!(out, "{}. {}", s.number, s.text)?;
        for c in &s.contacts {
            print_contact(out, c)?;
        }
        if let Some(n) = &s.no_contact_note {
            writeln!(out, "  {n}")?;
        }
        writeln!(out)?;
    }
    if !view.unverified_contact_ids.is_empty() {
        writeln!(
            out,
            "{} contact(s) on this page are not checked yet.",
            view.unverified_contact_ids.len()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
