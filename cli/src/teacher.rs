//! `safesteps teacher ...`, `safesteps bundle ...` and `safesteps learners`: the classroom
//! and device-to-device exchange in the terminal, so the flow can be tried without phones.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use safesteps_core::{AssignmentTarget, Engine, NewAssignment, OpenOptions};

type DynResult<T> = Result<T, Box<dyn std::error::Error>>;

/// Options of `safesteps teacher`.
#[derive(clap::Args, Debug)]
pub struct TeacherArgs {
    /// The database of this device.
    #[arg(long)]
    db: PathBuf,
    /// The teacher PIN (for set-pin: the new PIN).
    #[arg(long)]
    pin: String,
    #[command(subcommand)]
    command: TeacherCommand,
}

#[derive(clap::Subcommand, Debug)]
enum TeacherCommand {
    /// Set the PIN (or change it with --current); prints the recovery code once.
    SetPin {
        /// The current PIN, to change it.
        #[arg(long)]
        current: Option<String>,
    },
    /// Create a class.
    ClassCreate {
        /// Class name.
        name: String,
    },
    /// Put a learner in a class.
    ClassAdd {
        /// Class id.
        class: String,
        /// Learner id.
        learner: String,
    },
    /// List classes.
    Classes,
    /// Assign modules to a class, a group or a learner.
    Assign {
        /// Module ids.
        #[arg(required = true)]
        modules: Vec<String>,
        /// Class id.
        #[arg(long, group = "target")]
        class: Option<String>,
        /// Group id.
        #[arg(long, group = "target")]
        group: Option<String>,
        /// Learner id.
        #[arg(long, group = "target")]
        learner: Option<String>,
        /// Due date, RFC 3339.
        #[arg(long)]
        due: Option<String>,
    },
    /// A class report (text, --json or --csv).
    Report {
        /// Class id.
        class: String,
        /// JSON output.
        #[arg(long)]
        json: bool,
        /// CSV, one row per learner.
        #[arg(long)]
        csv: bool,
    },
    /// The aggregate CSV for sharing outside the school (no nicknames).
    Aggregate {
        /// Smallest group shown.
        #[arg(long, default_value_t = 5)]
        min_group: u32,
    },
    /// Pair with a learner's device: its offer (from `bundle pair-offer` on that device)
    /// and the six-digit code it shows. Its progress bundles are then accepted here.
    PairLearner {
        /// The offer text (`safesteps-pair:1:...`).
        offer: String,
        /// The code the other device shows.
        code: String,
    },
    /// Write an assignments bundle for learners' devices.
    ExportAssignments {
        /// Output file (pieces get .001, .002... when --chunk is given).
        #[arg(short, long)]
        out: PathBuf,
        /// Split into pieces of at most this many bytes.
        #[arg(long)]
        chunk: Option<u32>,
    },
}

/// Options of `safesteps bundle`.
#[derive(clap::Subcommand, Debug)]
pub enum BundleCommand {
    /// Write this device's learners' progress as a bundle for the teacher.
    ExportProgress {
        /// The database of this device.
        #[arg(long)]
        db: PathBuf,
        /// Output file (pieces get .001, .002... when --chunk is given).
        #[arg(short, long)]
        out: PathBuf,
        /// Split into pieces of at most this many bytes.
        #[arg(long)]
        chunk: Option<u32>,
    },
    /// Show this device's pairing offer and code (for the other device to pair with it).
    PairOffer {
        /// The database of this device.
        #[arg(long)]
        db: PathBuf,
    },
    /// On a learner's device: pair with the teacher's device (its offer and the code it shows).
    PairTeacher {
        /// The database of this device.
        #[arg(long)]
        db: PathBuf,
        /// The offer text (`safesteps-pair:1:...`).
        offer: String,
        /// The code the other device shows.
        code: String,
    },
    /// Import bundles or bundle pieces (in any order; repeating one is harmless).
    Import {
        /// The database of this device.
        #[arg(long)]
        db: PathBuf,
        /// Bundle files or piece files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn open(db: &Path) -> DynResult<Engine> {
    Ok(Engine::open(
        db,
        OpenOptions {
            preferred_locales: vec!["en".into()],
            ..Default::default()
        },
    )?)
}

fn write_bundle(
    app: &Engine,
    bytes: &[u8],
    out: &Path,
    chunk: Option<u32>,
    w: &mut dyn Write,
) -> DynResult<()> {
    match chunk {
        None => {
            std::fs::write(out, bytes)?;
            writeln!(w, "{}: {} bytes", out.display(), bytes.len())?;
        }
        Some(size) => {
            let pieces = app.bundle_chunks(bytes, size)?;
            for (i, p) in pieces.iter().enumerate() {
                let mut name = out.as_os_str().to_owned();
                name.push(format!(".{:03}", i + 1));
                std::fs::write(&name, p)?;
            }
            writeln!(
                w,
                "{}: {} bytes in {} pieces ({}.001 ...)",
                out.display(),
                bytes.len(),
                pieces.len(),
                out.display()
            )?;
        }
    }
    Ok(())
}

fn parse_time(s: &str) -> DynResult<i64> {
    Ok(chrono::DateTime::parse_from_rfc3339(s)
        .map_err(|e| format!("{s}: {e} (use RFC 3339, e.g. 2026-12-01T09:00:00Z)"))?
        .timestamp_millis())
}

/// `safesteps teacher`.
pub fn teacher(args: &TeacherArgs, out: &mut dyn Write) -> DynResult<ExitCode> {
    let app = open(&args.db)?;
    if let TeacherCommand::SetPin { current } = &args.command {
        let code = app.set_teacher_pin(current.as_deref(), &args.pin)?;
        writeln!(
            out,
            "Teacher PIN set. Recovery code (write it down; it is shown once): {code}"
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let session = app.teacher_session(&args.pin)?;
    match &args.command {
        TeacherCommand::SetPin { .. } => unreachable!("handled above"),
        TeacherCommand::ClassCreate { name } => {
            let c = session.create_class(name)?;
            writeln!(out, "{}\t{}", c.id, c.name)?;
        }
        TeacherCommand::ClassAdd { class, learner } => {
            let c = session.add_to_class(class, learner)?;
            writeln!(out, "{}: {} learner(s)", c.name, c.learner_ids.len())?;
        }
        TeacherCommand::Classes => {
            for c in session.classes()? {
                writeln!(
                    out,
                    "{}\t{}\t{} learner(s), {} group(s)",
                    c.id,
                    c.name,
                    c.learner_ids.len(),
                    c.groups.len()
                )?;
            }
        }
        TeacherCommand::Assign {
            modules,
            class,
            group,
            learner,
            due,
        } => {
            let target = match (class, group, learner) {
                (Some(c), _, _) => AssignmentTarget::Class(c.clone()),
                (_, Some(g), _) => AssignmentTarget::Group(g.clone()),
                (_, _, Some(l)) => AssignmentTarget::Learner(l.clone()),
                _ => return Err("say who: --class, --group or --learner".into()),
            };
            let a = session.assign(&NewAssignment {
                module_ids: modules.clone(),
                target,
                start_ms: None,
                due_ms: due.as_deref().map(parse_time).transpose()?,
            })?;
            writeln!(
                out,
                "{}\tassigned to {} ({} learner(s))",
                a.id, a.target_name, a.learner_count
            )?;
        }
        TeacherCommand::Report { class, json, csv } => {
            if *csv {
                write!(out, "{}", session.export_learners_csv(class)?)?;
            } else {
                let r = session.class_report(class)?;
                if *json {
                    writeln!(out, "{}", serde_json::to_string_pretty(&r)?)?;
                } else {
                    writeln!(out, "{} ({} learners)", r.class_name, r.learners.len())?;
                    for l in &r.learners {
                        writeln!(
                            out,
                            "  {:<16} assigned {} started {} completed {} mastered {} score {} answers {} minutes {:.1}",
                            l.nickname,
                            l.assigned,
                            l.started,
                            l.completed,
                            l.mastered,
                            l.quiz_score
                                .map(|s| format!("{:.0}%", s * 100.0))
                                .unwrap_or_else(|| "-".into()),
                            l.attempts,
                            l.time_spent_ms as f64 / 60_000.0
                        )?;
                    }
                    for q in r.questions.iter().filter(|q| q.wrong > 0) {
                        writeln!(
                            out,
                            "  question {}: {:.0}% wrong; most chosen wrong answer: {} ({}x)",
                            q.question_id,
                            q.wrong_rate * 100.0,
                            q.top_wrong_text.as_deref().unwrap_or("-"),
                            q.top_wrong_count
                        )?;
                    }
                }
            }
        }
        TeacherCommand::Aggregate { min_group } => {
            write!(out, "{}", session.export_aggregate_csv(*min_group)?)?;
        }
        TeacherCommand::PairLearner { offer, code } => {
            let d = session.pair_learner_device(offer, code)?;
            writeln!(
                out,
                "paired with learner device {} (code {})",
                d.device_id, d.code
            )?;
        }
        TeacherCommand::ExportAssignments { out: path, chunk } => {
            let bytes = session.export_assignments_bundle()?;
            write_bundle(&app, &bytes, path, *chunk, out)?;
        }
    }
    session.close();
    Ok(ExitCode::SUCCESS)
}

/// `safesteps bundle`.
pub fn bundle(cmd: &BundleCommand, out: &mut dyn Write) -> DynResult<ExitCode> {
    match cmd {
        BundleCommand::ExportProgress {
            db,
            out: path,
            chunk,
        } => {
            let app = open(db)?;
            let bytes = app.export_progress_bundle(&[])?;
            write_bundle(&app, &bytes, path, *chunk, out)?;
        }
        BundleCommand::PairOffer { db } => {
            let o = open(db)?.pairing_offer()?;
            writeln!(out, "{}\n{}", o.offer, o.code)?;
        }
        BundleCommand::PairTeacher { db, offer, code } => {
            let d = open(db)?.pair_teacher_device(offer, code)?;
            writeln!(
                out,
                "paired with teacher device {} (code {})",
                d.device_id, d.code
            )?;
        }
        BundleCommand::Import { db, files } => {
            let app = open(db)?;
            for f in files {
                let bytes = std::fs::read(f)?;
                if bytes.starts_with(b"SSCK") {
                    let p = app.receive_chunk(&bytes)?;
                    match &p.imported {
                        Some(s) => writeln!(
                            out,
                            "{}: last piece; imported {:?}: {} learner(s) added, {} new event(s), {} already here",
                            f.display(),
                            s.kind,
                            s.learners_added,
                            s.events_added,
                            s.events_already_here
                        )?,
                        None => writeln!(
                            out,
                            "{}: piece {} of {} received",
                            f.display(),
                            p.received,
                            p.total
                        )?,
                    }
                } else {
                    let s = app.import_bundle(&bytes)?;
                    writeln!(
                        out,
                        "{}: imported {:?}: {} learner(s) added, {} new event(s), {} already here, {} assignment(s) changed",
                        f.display(),
                        s.kind,
                        s.learners_added,
                        s.events_added,
                        s.events_already_here,
                        s.assignments_changed
                    )?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `safesteps learners --db DB`.
pub fn learners(db: &Path, out: &mut dyn Write) -> DynResult<ExitCode> {
    let app = open(db)?;
    for l in app.learners()? {
        writeln!(out, "{}\t{}", l.id, l.nickname)?;
    }
    Ok(ExitCode::SUCCESS)
}
