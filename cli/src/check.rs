//! `safesteps check DIR`: validate a content pack with compiler-style diagnostics.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::{Files, SimpleFiles};
use codespan_reporting::term::{self, Config};
use safesteps_core::content::{self, Diagnostic, PackFiles, Severity, locate};

/// Options of `safesteps check`.
#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// The pack folder (e.g. `content/`).
    dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
enum Format {
    Human,
    Json,
}

/// Exit codes: 0 valid (warnings allowed), 1 errors found, 2 misuse (not a pack folder).
pub fn run(args: &CheckArgs, out: &mut dyn Write) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let files = match PackFiles::from_dir(&args.dir) {
        Ok(f) if f.contains(content::MANIFEST) => f,
        Ok(_) => {
            eprintln!(
                "safesteps check: {} has no {}: not a content pack",
                args.dir.display(),
                content::MANIFEST
            );
            return Ok(ExitCode::from(2));
        }
        Err(e) => {
            eprintln!("safesteps check: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let diagnostics = match content::check(&files) {
        Ok(d) => d,
        Err(e) => vec![Diagnostic {
            severity: Severity::Error,
            code: "E000",
            file: content::MANIFEST.into(),
            locator: content::Locator::File,
            message: e.to_string(),
            help: None,
        }],
    };
    // Texts of draft locales are marked as drafts in every line that shows them.
    let drafts: Vec<String> = content::parse(&files)
        .map(|p| {
            p.manifest
                .locales
                .iter()
                .filter(|l| l.status == content::ReviewStatus::Draft)
                .map(|l| l.tag.clone())
                .collect()
        })
        .unwrap_or_default();
    let draft_of = |file: &str| {
        drafts
            .iter()
            .find(|t| file.starts_with(&format!("locales/{t}/")))
            .cloned()
    };
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    let mut sources = SimpleFiles::new();
    let mut ids = std::collections::HashMap::new();
    let mut rows = Vec::new();
    for d in &diagnostics {
        let id = *ids.entry(d.file.clone()).or_insert_with(|| {
            let text = files.text(&d.file).unwrap_or("").to_string();
            sources.add(args.dir.join(&d.file).display().to_string(), text)
        });
        let span = locate(&files, d);
        let (line, column) = match &span {
            Some(r) => {
                let loc = sources.location(id, r.start)?;
                (loc.line_number, loc.column_number)
            }
            None => (1, 1),
        };
        rows.push((d, id, span, line, column));
    }

    if args.format == Format::Json {
        let list: Vec<_> = rows
            .iter()
            .map(|(d, _, _, line, column)| {
                serde_json::json!({
                    "severity": if d.severity == Severity::Error { "error" } else { "warning" },
                    "code": d.code,
                    "file": d.file,
                    "line": line,
                    "column": column,
                    "message": d.message,
                    "help": d.help,
                    "draft_translation": draft_of(&d.file),
                })
            })
            .collect();
        let doc = serde_json::json!({
            "errors": errors,
            "warnings": warnings,
            "draft_locales": drafts,
            "diagnostics": list,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
    } else {
        let config = Config::default();
        for (d, id, span, line, column) in &rows {
            let mut report = match d.severity {
                Severity::Error => Report::error(),
                Severity::Warning => Report::warning(),
            }
            .with_code(d.code)
            .with_message(&d.message);
            if let Some(r) = span {
                report = report.with_labels(vec![Label::primary(*id, r.clone())]);
            }
            if let Some(h) = &d.help {
                report = report.with_notes(vec![format!("help: {h}")]);
            }
            let mut buffer = term::termcolor::Buffer::no_color();
            term::emit_to_write_style(&mut buffer, &config, &sources, &report)?;
            let rendered = String::from_utf8_lossy(buffer.as_slice()).into_owned();
            // The first line of codespan's rich style is `error[E004]: message`; lead with
            // the compiler-style location so editors and people can jump to it.
            let body = rendered
                .split_once('\n')
                .map(|(_, rest)| rest)
                .unwrap_or("");
            let name = sources.name(*id)?;
            let level = if d.severity == Severity::Error {
                "error"
            } else {
                "warning"
            };
            let marker = match draft_of(&d.file) {
                Some(tag) if !d.message.contains("[draft translation") => {
                    format!(" [draft translation: {tag}]")
                }
                _ => String::new(),
            };
            writeln!(
                out,
                "{name}:{line}:{column}: {level}[{}]: {}{marker}",
                d.code, d.message
            )?;
            write!(out, "{body}")?;
        }
        if !drafts.is_empty() {
            writeln!(
                out,
                "note: draft translations (not reviewed by a native speaker): {}",
                drafts.join(", ")
            )?;
        }
        writeln!(
            out,
            "{}: {errors} error(s), {warnings} warning(s)",
            args.dir.display()
        )?;
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
