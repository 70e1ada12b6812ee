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
    let parsed = content::parse(&files).ok();
    // Texts of draft locales are marked as drafts in every line that shows them.
    let drafts: Vec<String> = parsed
        .as_ref()
        .map(|p| {
            p.manifest
                .locales
                .iter()
                .filter(|l| l.status == content::ReviewStatus::Draft)
                .map(|l| l.tag.clone())
                .collect()
        })
        .unwrap_or_default();
    let coverage = parsed.as_ref().map(content::coverage).unwrap_or_default();
    let readability = parsed
        .as_ref()
        .map(|p| content::readability(&files, p))
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
        let coverage: Vec<_> = coverage
            .iter()
            .map(|r| {
                serde_json::json!({
                    "sign_language": r.sign_language,
                    "kind": r.kind,
                    "total": r.total,
                    "listed": r.listed,
                    "recorded": r.recorded,
                })
            })
            .collect();
        let readability: Vec<_> = readability
            .iter()
            .map(|r| {
                let m = |m: &content::readability::Measure| {
                    serde_json::json!({
                        "texts": m.texts,
                        "sentences": m.sentences,
                        "words": m.words,
                        "words_per_sentence": round2(m.words_per_sentence()),
                        "letters_per_word": round2(m.letters_per_word()),
                        "syllables_per_word": m.syllables_per_word().map(round2),
                    })
                };
                serde_json::json!({
                    "locale": r.locale,
                    "scope": r.scope,
                    "draft_translation": drafts.contains(&r.locale),
                    "no_syllables_because": content::readability::no_syllables_reason(&r.locale),
                    "full": m(&r.full),
                    "easy": m(&r.easy),
                })
            })
            .collect();
        let doc = serde_json::json!({
            "errors": errors,
            "warnings": warnings,
            "draft_locales": drafts,
            "diagnostics": list,
            "video_coverage": coverage,
            "easy_read": readability,
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
        write_tables(out, &coverage, &readability, &drafts)?;
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

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The sign-language coverage table (per sign language and slot kind: recorded, listed in
/// the video manifest, total) and the easy-read readability table (per locale and scope).
fn write_tables(
    out: &mut dyn Write,
    coverage: &[content::Coverage],
    readability: &[content::Readability],
    drafts: &[String],
) -> std::io::Result<()> {
    use content::slots::SlotKind;
    if !coverage.is_empty() {
        writeln!(
            out,
            "sign-language video coverage (recorded / listed in media/videos.toml / slots):"
        )?;
        write!(out, "  {:<6}", "")?;
        for k in SlotKind::ALL {
            write!(out, " {:>16}", k.name())?;
        }
        writeln!(out, " {:>16}", "all")?;
        let mut languages: Vec<&str> = Vec::new();
        for r in coverage {
            if !languages.contains(&r.sign_language.as_str()) {
                languages.push(&r.sign_language);
            }
        }
        for sl in languages {
            write!(out, "  {sl:<6}")?;
            let (mut rec, mut lis, mut tot) = (0, 0, 0);
            for k in SlotKind::ALL {
                let r = coverage
                    .iter()
                    .find(|r| r.sign_language == sl && r.kind == k);
                let (a, b, c) = r.map_or((0, 0, 0), |r| (r.recorded, r.listed, r.total));
                rec += a;
                lis += b;
                tot += c;
                write!(out, " {:>16}", format!("{a}/{b}/{c}"))?;
            }
            writeln!(out, " {:>16}", format!("{rec}/{lis}/{tot}"))?;
        }
    }
    if !readability.is_empty() {
        writeln!(
            out,
            "easy-read readability (full text -> easy-read): words/sentence, letters/word, syllables/word"
        )?;
        for r in readability {
            let syl = match (r.full.syllables_per_word(), r.easy.syllables_per_word()) {
                (Some(a), Some(b)) => format!("{a:.2} -> {b:.2}"),
                _ => "n/a".to_string(),
            };
            let draft = if drafts.contains(&r.locale) {
                " [draft translation]"
            } else {
                ""
            };
            writeln!(
                out,
                "  {:<4} {:<6} {:>4} texts: {:.1} -> {:.1} words, {:.2} -> {:.2} letters, {syl} syllables{draft}",
                r.locale,
                r.scope,
                r.easy.texts,
                r.full.words_per_sentence(),
                r.easy.words_per_sentence(),
                r.full.letters_per_word(),
                r.easy.letters_per_word(),
            )?;
        }
        for tag in readability
            .iter()
            .map(|r| r.locale.as_str())
            .collect::<std::collections::BTreeSet<_>>()
        {
            if let Some(why) = content::readability::no_syllables_reason(tag) {
                writeln!(out, "  note: no syllables for '{tag}': {why}")?;
            }
        }
        let (w, l, s) = content::EASY_6_9_LIMITS;
        writeln!(
            out,
            "  limits for ages 6-9 (per module, English easy-read): {w} words/sentence, {l} letters/word, {s} syllables/word; sentences of at most {} words",
            content::EASY_6_9_SENTENCE_WORDS
        )?;
    }
    Ok(())
}
