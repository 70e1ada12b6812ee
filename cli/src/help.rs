//! `safesteps contacts`, `safesteps contacts verify` and `safesteps pathway`: the help
//! directory in the terminal, and the authoring step that clears a contact.
//!
//! Lookup needs no database: the catalog (embedded, or a pack folder with `--pack`) and a
//! localizer are all it takes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use safesteps_core::content::{
    Catalog, ChannelType, ContactKind, ContactsFile, PackFiles, VerificationMethod,
};
use safesteps_core::help;
use safesteps_core::l10n::{Localizer, parse_locale};
use safesteps_core::{ContactQuery, ContactView};

type DynResult<T> = Result<T, Box<dyn std::error::Error>>;

/// Options of `safesteps contacts`.
#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ContactsArgs {
    #[command(subcommand)]
    command: Option<ContactsCommand>,
    /// Country (ISO 3166-1 alpha-2), e.g. ZM.
    #[arg(long)]
    country: Option<String>,
    /// Region (ISO 3166-2), e.g. PK-PB.
    #[arg(long)]
    region: Option<String>,
    /// Only these kinds (child_helpline, csam_hotline, police_cyber, emergency,
    /// online_harm_helpline, deaf_support, takedown_tool, hotline_directory,
    /// helpline_directory, global_tool); repeatable.
    #[arg(long = "kind")]
    kinds: Vec<String>,
    /// Only these channel types (phone, sms, whatsapp, chat, web, email, app, ussd,
    /// in_person, video_relay).
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
    /// The list a child sees (an emergency list is never only unreliable numbers).
    #[arg(long)]
    for_child: bool,
    /// The instant for "open now", RFC 3339 (default: now).
    #[arg(long)]
    at: Option<String>,
    /// Text locale.
    #[arg(long = "locale", default_value = "en")]
    locales: Vec<String>,
    /// A pack folder to read instead of the embedded pack.
    #[arg(long)]
    pack: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// `safesteps contacts <command>`.
#[derive(clap::Subcommand, Debug)]
pub enum ContactsCommand {
    /// Record that a person checked a contact: writes a verification record into the
    /// pack folder's contact file, keeping its comments and layout.
    Verify(VerifyArgs),
}

/// Options of `safesteps contacts verify`.
#[derive(clap::Args, Debug)]
pub struct VerifyArgs {
    /// The contact id, e.g. zm-emergency-1.
    id: String,
    /// Who checked it (a person or partner organisation).
    #[arg(long)]
    by: String,
    /// How: called, official_publication or visit.
    #[arg(long)]
    method: String,
    /// When (YYYY-MM-DD; default: today, UTC).
    #[arg(long)]
    date: Option<String>,
    /// What was checked, or where it was published.
    #[arg(long)]
    evidence: Option<String>,
    /// The pack folder.
    #[arg(long, default_value = "content")]
    pack: PathBuf,
}

/// Options of `safesteps pathway`.
#[derive(clap::Args, Debug)]
pub struct PathwayArgs {
    /// The situation (omit to list them): asked-for-pictures, threatened-over-picture,
    /// saw-sexual-images-of-child, wants-to-meet, being-bullied, worried-about-child.
    situation: Option<String>,
    /// Country (ISO 3166-1 alpha-2), e.g. PK; without it, the worldwide services.
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
    /// A pack folder to read instead of the embedded pack.
    #[arg(long)]
    pack: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// The catalog and a localizer: all that help lookup needs.
fn lookup(pack: &Option<PathBuf>, locales: &[String]) -> DynResult<(Catalog, Localizer)> {
    let cat = match pack {
        Some(dir) => Catalog::load(PackFiles::from_dir(dir)?)?,
        None => Catalog::embedded()?,
    };
    let tags = locales
        .iter()
        .map(|t| parse_locale(t))
        .collect::<Result<Vec<_>, _>>()?;
    let l10n = Localizer::new(&cat.resources, &tags)?;
    Ok((cat, l10n))
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
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
        if let Some(uri) = &ch.action_uri
            && uri != &ch.value
        {
            write!(out, " <{uri}>")?;
        }
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
    if let Some(n) = &c.public_note {
        writeln!(out, "  {n}")?;
    }
    if let Some(v) = &c.verify_note {
        writeln!(out, "  ! {v}")?;
    }
    writeln!(out, "  status: {}", c.status_text)?;
    writeln!(
        out,
        "  source: {} (seen {}, confidence {:?})",
        c.source_url, c.source_seen, c.confidence
    )?;
    Ok(())
}

/// `safesteps contacts`.
pub fn contacts(args: &ContactsArgs, out: &mut dyn Write) -> DynResult<ExitCode> {
    if let Some(ContactsCommand::Verify(v)) = &args.command {
        return verify(v, out);
    }
    let Some(country) = &args.country else {
        return Err("give --country (ISO 3166-1 alpha-2, e.g. ZM), or a command: verify".into());
    };
    let (cat, l10n) = lookup(&args.pack, &args.locales)?;
    let query = ContactQuery {
        country: Some(country.clone()),
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
        for_child: args.for_child,
    };
    let at = parse_at(&args.at)?.unwrap_or_else(now_ms);
    let list = help::contacts(&cat, &l10n, &query, None, at)?;
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
    } else {
        writeln!(
            out,
            "Help contacts for {} ({} found)\n",
            country.to_uppercase(),
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
    let (cat, l10n) = lookup(&args.pack, &args.locales)?;
    let Some(situation) = &args.situation else {
        for p in help::pathways(&cat, &l10n) {
            writeln!(out, "{:<28} {} ({:?})", p.id, p.title, p.audience)?;
        }
        return Ok(ExitCode::SUCCESS);
    };
    let view = help::pathway(
        &cat,
        &l10n,
        situation,
        args.country.as_deref(),
        args.region.as_deref(),
        parse_at(&args.at)?.unwrap_or_else(now_ms),
    )?;
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&view)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{}", view.title)?;
    // Text of a translation no native speaker has reviewed is marked as a draft.
    if cat
        .manifest
        .locales
        .iter()
        .any(|l| l.tag == view.locale && l.status == safesteps_core::views::ReviewStatus::Draft)
    {
        writeln!(
            out,
            "[DRAFT translation ({}): not yet reviewed by a native speaker]",
            view.locale
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

/// `safesteps contacts verify`: add (or replace) the contact's verification record in its
/// file, keeping every other byte of the file; the edited file must still parse as a
/// contacts file before it replaces the old one (written to a temporary file, then renamed).
fn verify(args: &VerifyArgs, out: &mut dyn Write) -> DynResult<ExitCode> {
    let method: VerificationMethod = parse_enum(
        "verification method (called, official_publication, visit)",
        &args.method,
    )?;
    let by = args.by.trim();
    if by.is_empty() || by.chars().any(char::is_control) || by.chars().count() > 200 {
        return Err("--by: say who checked the contact (a name, at most 200 characters)".into());
    }
    let date = match &args.date {
        Some(d) => {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| format!("--date '{}' is not a date (YYYY-MM-DD)", d.escape_debug()))?;
            if d.len() != 10 {
                return Err(
                    format!("--date '{}' is not a date (YYYY-MM-DD)", d.escape_debug()).into(),
                );
            }
            d.clone()
        }
        None => chrono::Utc::now().format("%Y-%m-%d").to_string(),
    };
    let dir = args.pack.join("contacts");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path)?;
        let mut doc: toml_edit::DocumentMut = match text.parse() {
            Ok(d) => d,
            Err(_) => continue,
        };
        let Some(list) = doc
            .get_mut("contact")
            .and_then(|c| c.as_array_of_tables_mut())
        else {
            continue;
        };
        let Some(table) = list
            .iter_mut()
            .find(|t| t.get("id").and_then(|v| v.as_str()) == Some(args.id.as_str()))
        else {
            continue;
        };
        let mut record = toml_edit::InlineTable::new();
        record.insert("date", date.as_str().into());
        record.insert("by", by.into());
        record.insert("method", help_name(method).as_str().into());
        if let Some(e) = &args.evidence {
            record.insert("evidence", e.trim().into());
        }
        table.insert("verification", toml_edit::value(record));
        let new_text = doc.to_string();
        toml::from_str::<ContactsFile>(&new_text).map_err(|e| {
            format!(
                "{}: the edited file would not parse ({}); nothing was changed",
                path.display(),
                e.message()
            )
        })?;
        write_replacing(&path, &new_text)?;
        writeln!(
            out,
            "{} checked by {by} on {date} ({}) in {}",
            args.id,
            help_name(method),
            path.display()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    Err(format!(
        "no contact '{}' in {}",
        args.id.escape_debug(),
        dir.display()
    )
    .into())
}

fn help_name(m: VerificationMethod) -> String {
    match serde_json::to_value(m) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Replace `path` with `text` in one step: a temporary file in the same folder, renamed.
fn write_replacing(path: &Path, text: &str) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("toml.tmp-{}", std::process::id()));
    std::fs::write(&tmp, text)?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&tmp, meta.permissions());
    }
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
