//! `safesteps`: SafeSteps in the terminal.
//!
//! `safesteps demo` walks through the first lesson of the embedded content:
//! interactive in a terminal, scriptable with `--answer` or answers on stdin.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod check;
mod demo;
mod help;
mod pack;
mod raster;
mod teacher;
mod videos;

#[derive(Parser)]
#[command(
    name = "safesteps",
    version,
    about = "SafeSteps: online safety lessons for children, offline"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Walk through the first lesson: read it, answer its question, see your progress saved.
    Demo(demo::DemoArgs),
    /// Validate a content pack folder and print compiler-style diagnostics.
    Check(check::CheckArgs),
    /// Help contacts for a country: filters for deaf-accessible, open now, free...
    Contacts(help::ContactsArgs),
    /// A reporting pathway with the contacts for a country (omit the situation to list them).
    Pathway(help::PathwayArgs),
    /// Teacher mode: PIN, classes, assignments, reports, assignment bundles.
    Teacher(teacher::TeacherArgs),
    /// Device-to-device bundles: export progress, import bundles or pieces.
    #[command(subcommand)]
    Bundle(teacher::BundleCommand),
    /// List the learners on a device (ids and nicknames).
    Learners {
        /// The database.
        #[arg(long)]
        db: std::path::PathBuf,
    },
    /// Signed content packs: keygen, build, verify.
    #[command(subcommand)]
    Pack(pack::PackCommand),
    /// Sign-language videos: shot lists, import, review, status.
    #[command(subcommand)]
    Videos(videos::VideosCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdin = std::io::stdin();
    let interactive = stdin.is_terminal();
    let mut input = stdin.lock();
    let mut out = std::io::stdout().lock();
    let result = match cli.command {
        Command::Demo(args) => {
            demo::run(&args, &mut input as &mut dyn BufRead, &mut out, interactive)
        }
        Command::Check(args) => check::run(&args, &mut out),
        Command::Pack(cmd) => pack::run(&cmd, &mut out),
        Command::Videos(cmd) => videos::run(&cmd, &mut out),
        Command::Contacts(args) => help::contacts(&args, &mut out),
        Command::Teacher(args) => teacher::teacher(&args, &mut out),
        Command::Bundle(cmd) => teacher::bundle(&cmd, &mut out),
        Command::Learners { db } => teacher::learners(&db, &mut out),
        Command::Pathway(args) => help::pathway(&args, &mut out),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = out.flush();
            eprintln!("safesteps: {e}");
            ExitCode::from(1)
        }
    }
}

/// Where the demo keeps its database unless `--db` says otherwise.
pub fn default_db() -> PathBuf {
    std::env::temp_dir().join("safesteps-demo.sqlite")
}
