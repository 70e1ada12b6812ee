//! `safesteps videos plan | import | review | status` and `safesteps pack build-media`:
//! the production workflow for sign-language videos (docs/recording-guide.md).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use safesteps_core::content::ReviewDecision;
use safesteps_core::content::signing::parse_secret_key;
use safesteps_core::media::probe::VideoLimits;
use safesteps_core::media::workshop::Workshop;
use safesteps_core::media::{self, plan};

type DynResult<T> = Result<T, Box<dyn std::error::Error>>;

/// `safesteps videos ...`
#[derive(clap::Subcommand, Debug)]
pub enum VideosCommand {
    /// Write the shot list of a sign language: CSV and a printable HTML page.
    Plan {
        /// ISO 639-3 sign language (one the pack lists).
        #[arg(long)]
        sign_language: String,
        /// The pack folder.
        #[arg(long, default_value = "content")]
        pack: PathBuf,
        /// Output file stem: writes STEM.csv and STEM.html (default shot-list-<sl>).
        #[arg(short, long)]
        out: Option<PathBuf>,
    },
    /// Import recorded videos named <slot-id>.mp4 from a folder: checked, hashed, copied
    /// into the media folder, captioned in every locale, listed in media/videos.toml.
    Import {
        /// The folder of recordings.
        dir: PathBuf,
        /// ISO 639-3 sign language of the recordings.
        #[arg(long)]
        sign_language: String,
        /// Who signed them (recorded in the manifest; the reviewer must be someone else).
        #[arg(long)]
        signer: Option<String>,
        /// The pack folder.
        #[arg(long, default_value = "content")]
        pack: PathBuf,
        /// The media folder (default: <pack>-media beside the pack folder).
        #[arg(long)]
        media: Option<PathBuf>,
    },
    /// Record a second signer's review of one video.
    Review {
        /// ISO 639-3 sign language.
        #[arg(long)]
        sign_language: String,
        /// The video slot.
        #[arg(long)]
        slot: String,
        /// Who reviewed.
        #[arg(long)]
        reviewer: String,
        /// The signing is right and clear: children may see it.
        #[arg(long, conflicts_with = "reject", required_unless_present = "reject")]
        approve: bool,
        /// To be recorded again.
        #[arg(long)]
        reject: bool,
        /// Why (required with --reject).
        #[arg(long)]
        reason: Option<String>,
        /// The pack folder.
        #[arg(long, default_value = "content")]
        pack: PathBuf,
        /// The media folder (default: <pack>-media beside the pack folder).
        #[arg(long)]
        media: Option<PathBuf>,
    },
    /// Where each sign language stands: slots, recorded, approved, rejected, to record,
    /// captions per locale.
    Status {
        /// Only this sign language.
        #[arg(long)]
        sign_language: Option<String>,
        /// The pack folder.
        #[arg(long, default_value = "content")]
        pack: PathBuf,
        /// The media folder (default: <pack>-media beside the pack folder).
        #[arg(long)]
        media: Option<PathBuf>,
    },
}

fn media_dir(pack: &Path, media: &Option<PathBuf>) -> PathBuf {
    media
        .clone()
        .unwrap_or_else(|| Workshop::default_media_dir(pack))
}

/// Run a videos command.
pub fn run(cmd: &VideosCommand, out: &mut dyn Write) -> DynResult<ExitCode> {
    match cmd {
        VideosCommand::Plan {
            sign_language,
            pack,
            out: stem,
        } => {
            let ws = Workshop::open(pack, &Workshop::default_media_dir(pack))?;
            let shots = plan::shot_list(ws.catalog(), sign_language)?;
            let stem = stem
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("shot-list-{sign_language}")));
            let stem = match stem.extension().and_then(|e| e.to_str()) {
                Some("csv" | "html") => stem.with_extension(""),
                _ => stem,
            };
            let csv_path = stem.with_extension("csv");
            let html_path = stem.with_extension("html");
            std::fs::write(&csv_path, plan::to_csv(&shots)?)?;
            std::fs::write(
                &html_path,
                plan::to_html(ws.catalog(), sign_language, &shots),
            )?;
            let to_record = shots
                .iter()
                .filter(|s| s.status != "approved" && s.status != "awaiting review")
                .count();
            let seconds: u32 = shots.iter().map(|s| s.target_seconds).sum();
            writeln!(
                out,
                "{} slots ({} to record), about {} min of signing: {} and {}",
                shots.len(),
                to_record,
                seconds.div_ceil(60),
                csv_path.display(),
                html_path.display()
            )?;
            Ok(ExitCode::SUCCESS)
        }
        VideosCommand::Import {
            dir,
            sign_language,
            signer,
            pack,
            media,
        } => {
            let media = media_dir(pack, media);
            let mut ws = Workshop::open(pack, &media)?;
            let report = ws.import(
                dir,
                sign_language,
                signer.as_deref(),
                &VideoLimits::default(),
                media::now_ms(),
            )?;
            for (slot, f) in &report.videos {
                writeln!(
                    out,
                    "imported {slot}: {:.1} s, {}x{}, {} bytes",
                    f.duration_ms as f64 / 1000.0,
                    f.width,
                    f.height,
                    f.bytes
                )?;
            }
            for (slot, locale) in &report.captions_kept {
                writeln!(
                    out,
                    "kept {slot} captions in {locale}: an editor changed them (check their times against the new video)"
                )?;
            }
            for (slot, locale) in &report.untranslated {
                writeln!(
                    out,
                    "no {locale} captions for {slot}: the text is not translated"
                )?;
            }
            writeln!(
                out,
                "{} video(s) imported into {}, {} caption file(s) written; media/videos.toml updated. Each needs a second signer's review.",
                report.videos.len(),
                media.display(),
                report.captions_written
            )?;
            Ok(ExitCode::SUCCESS)
        }
        VideosCommand::Review {
            sign_language,
            slot,
            reviewer,
            approve,
            reject: _,
            reason,
            pack,
            media,
        } => {
            let mut ws = Workshop::open(pack, &media_dir(pack, media))?;
            let decision = if *approve {
                ReviewDecision::Approved
            } else {
                ReviewDecision::Rejected
            };
            let e = ws.review(
                sign_language,
                slot,
                reviewer,
                decision,
                reason.as_deref(),
                media::now_ms(),
            )?;
            let r = e.review.as_ref().expect("just reviewed");
            writeln!(
                out,
                "{} {} in {} by {} at {}",
                slot,
                if *approve { "approved" } else { "rejected" },
                sign_language,
                r.reviewer,
                r.at
            )?;
            Ok(ExitCode::SUCCESS)
        }
        VideosCommand::Status {
            sign_language,
            pack,
            media,
        } => {
            let ws = Workshop::open(pack, &media_dir(pack, media))?;
            for s in ws.status(sign_language.as_deref())? {
                let caps: Vec<String> =
                    s.captions.iter().map(|(l, n)| format!("{l} {n}")).collect();
                writeln!(
                    out,
                    "{}: {} slots, {} recorded, {} approved, {} awaiting review, {} rejected, {} need recording; captions: {}",
                    s.sign_language,
                    s.slots,
                    s.recorded,
                    s.approved,
                    s.awaiting_review,
                    s.rejected,
                    s.needs_recording,
                    caps.join(", ")
                )?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `safesteps pack build-media DIR --sign-language SL --key K -o OUT`.
pub fn build_media(
    dir: &Path,
    sign_language: &str,
    key: &Path,
    file: &Path,
    media: &Option<PathBuf>,
    out: &mut dyn Write,
) -> DynResult<ExitCode> {
    let ws = Workshop::open(dir, &media_dir(dir, media))?;
    let key = parse_secret_key(&std::fs::read_to_string(key)?)?;
    let built = media::pack::build(&ws, sign_language, &key, file)?;
    writeln!(
        out,
        "{}: {} media pack for {} {}, {} approved video(s), {} bytes ({} recorded video(s) not approved, left out)",
        file.display(),
        built.manifest.sign_language,
        built.manifest.base_pack,
        built.manifest.base_version,
        built.manifest.video.len(),
        built.bytes,
        built.unapproved
    )?;
    Ok(ExitCode::SUCCESS)
}
