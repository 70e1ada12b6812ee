//! `safesteps pack keygen | build | verify | plan-videos | rasterize`: signed content packs
//! for distribution, and what authors and app builds make from a pack folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use safesteps_core::content::signing::{
    Limits, build_pack_file, generate_key, parse_public_key, parse_secret_key,
};
use safesteps_core::content::{self, Catalog, PackFiles, Severity};

/// `safesteps pack ...`
#[derive(clap::Subcommand, Debug)]
pub enum PackCommand {
    /// Make a new publisher key pair: KEYFILE (secret, keep it safe) and KEYFILE.pub.
    Keygen {
        /// Where to write the secret key.
        #[arg(short, long, default_value = "safesteps-publisher.key")]
        out: PathBuf,
    },
    /// Check a pack folder, then sign it into one pack file.
    Build {
        /// The pack folder.
        dir: PathBuf,
        /// The pack file to write (conventionally `.sspack`).
        #[arg(short, long)]
        out: PathBuf,
        /// The publisher's secret key file.
        #[arg(long)]
        key: PathBuf,
        /// A release, not a preview: refuse a pack whose child-facing pathways or
        /// emergency steps show a contact no one has verified.
        #[arg(long)]
        release: bool,
    },
    /// Add a "needs recording" entry to media/videos.toml for every step and sign
    /// language without one (recorded entries are kept).
    PlanVideos {
        /// The pack folder.
        dir: PathBuf,
    },
    /// Sign one sign language's approved videos and captions into a media pack.
    BuildMedia {
        /// The pack folder (its media/videos.toml lists the videos).
        dir: PathBuf,
        /// ISO 639-3 sign language.
        #[arg(long)]
        sign_language: String,
        /// The publisher's secret key file.
        #[arg(long)]
        key: PathBuf,
        /// The media pack file to write (conventionally `<sl>.sspack`).
        #[arg(short, long)]
        out: PathBuf,
        /// The media folder (default: <pack>-media beside the pack folder).
        #[arg(long)]
        media: Option<PathBuf>,
    },
    /// Render the pack's SVG pictures into PNG files at phone densities (@1x @2x @3x),
    /// mirroring pack paths, with an index.json: for apps that cannot draw SVG (iOS).
    Rasterize {
        /// The pack folder.
        dir: PathBuf,
        /// The folder to write the PNG files and index.json into.
        #[arg(short, long)]
        out: PathBuf,
        /// The largest side of each picture in points (its @1x size in pixels).
        #[arg(long, default_value_t = crate::raster::DEFAULT_POINTS)]
        points: u32,
        /// The scales to render, comma-separated.
        #[arg(long, value_delimiter = ',', default_values_t = crate::raster::DEFAULT_SCALES.to_vec())]
        scales: Vec<u32>,
    },
    /// Verify a pack file against a publisher public key and validate its content.
    Verify {
        /// The pack file.
        file: PathBuf,
        /// The publisher public key: 64 hex digits, or a file holding them.
        #[arg(long)]
        pubkey: String,
    },
}

type DynResult<T> = Result<T, Box<dyn std::error::Error>>;

fn read_key_text(arg: &str) -> DynResult<String> {
    let p = Path::new(arg);
    Ok(if p.is_file() {
        std::fs::read_to_string(p)?
    } else {
        arg.to_string()
    })
}

/// Run a pack command. Exit 0 on success, 1 when a pack is invalid or refused.
pub fn run(cmd: &PackCommand, out: &mut dyn Write) -> DynResult<ExitCode> {
    match cmd {
        PackCommand::Keygen { out: path } => {
            if path.exists() {
                return Err(format!("{} exists; not overwriting a key", path.display()).into());
            }
            let (secret, public) = generate_key()?;
            write_secret(path, &secret)?;
            let mut pub_path = path.clone().into_os_string();
            pub_path.push(".pub");
            std::fs::write(&pub_path, format!("{public}\n"))?;
            writeln!(out, "secret key: {} (keep it private)", path.display())?;
            writeln!(
                out,
                "public key: {} ({public})",
                Path::new(&pub_path).display()
            )?;
            writeln!(
                out,
                "Pin the public key in the app's trusted_publisher_keys."
            )?;
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Build {
            dir,
            out: file,
            key,
            release,
        } => {
            let files = PackFiles::from_dir(dir)?;
            let diagnostics = content::check(&files)?;
            let errors: Vec<_> = diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            if !errors.is_empty() {
                writeln!(
                    out,
                    "{} has {} error(s); run `safesteps check {}` for details. No pack was written.",
                    dir.display(),
                    errors.len(),
                    dir.display()
                )?;
                return Ok(ExitCode::from(1));
            }
            if *release {
                let refused =
                    content::validate_contacts::release_problems(&content::parse(&files)?);
                if !refused.is_empty() {
                    for d in &refused {
                        writeln!(out, "error[{}]: {}: {}", d.code, d.file, d.message)?;
                    }
                    writeln!(
                        out,
                        "{} contact(s) are not verified; a release pack cannot show them to children. No pack was written.",
                        refused.len()
                    )?;
                    return Ok(ExitCode::from(1));
                }
            }
            let key = parse_secret_key(&std::fs::read_to_string(key)?)?;
            let bytes = build_pack_file(&files, &key)?;
            // What an app will load: the built pack (catalog.bin, pack format 4).
            let catalog = Catalog::load(content::signing::read_pack_file(&bytes)?)?;
            std::fs::write(file, &bytes)?;
            writeln!(
                out,
                "{}: {} {} built and signed, {} files, {} bytes",
                file.display(),
                catalog.manifest.id,
                catalog.manifest.version,
                catalog.files.len(),
                bytes.len()
            )?;
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::Rasterize {
            dir,
            out: out_dir,
            points,
            scales,
        } => crate::raster::rasterize(dir, out_dir, *points, scales, out),
        PackCommand::PlanVideos { dir } => {
            let files = PackFiles::from_dir(dir)?;
            let parsed = content::parse(&files)?;
            let before = parsed.videos.expanded().len();
            let plan = content::plan_videos(&parsed);
            let body = toml::to_string(&plan)?;
            let text = format!(
                "# Sign-language videos of every video slot (lesson steps, pathway steps, knowledge-check\n\
                 # questions, contact kinds, key screens: see docs/content-format.md). [needs_recording]\n\
                 # lists, per sign language, the slots still to record. A recorded video gets a [[video]]\n\
                 # entry with file, bytes, sha256 and WebVTT captions (and leaves the list). Regenerate\n\
                 # the lists with `safesteps pack plan-videos DIR`.\n\n{body}"
            );
            std::fs::write(dir.join(content::VIDEOS), text)?;
            let total = plan.expanded().len();
            writeln!(
                out,
                "{}: {} slot videos recorded or planned ({} new)",
                content::VIDEOS,
                total,
                total.saturating_sub(before)
            )?;
            Ok(ExitCode::SUCCESS)
        }
        PackCommand::BuildMedia {
            dir,
            sign_language,
            key,
            out: file,
            media,
        } => crate::videos::build_media(dir, sign_language, key, file, media, out),
        PackCommand::Verify { file, pubkey } => {
            let key = parse_public_key(&read_key_text(pubkey)?)?;
            // The same reading, verification and complete load as installing: bounded
            // memory, the container checked whole, every locale checked.
            let result = content::load_pack_file(file, &[key], &Limits::default());
            match result {
                Ok(loaded) => {
                    let c = &loaded.catalog;
                    writeln!(
                        out,
                        "{}: valid, signed by the given key: {} {} by {}, {} files, {} bytes",
                        file.display(),
                        c.manifest.id,
                        c.manifest.version,
                        c.manifest.publisher,
                        c.files.len(),
                        loaded.bytes
                    )?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    writeln!(out, "{}: REFUSED: {e}", file.display())?;
                    Ok(ExitCode::from(1))
                }
            }
        }
    }
}

fn write_secret(path: &Path, secret: &str) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path)?;
    writeln!(f, "{secret}")
}
