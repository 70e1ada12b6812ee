//! The terminal walkthrough of the vertical slice.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use safesteps_core::{Engine, OpenOptions, QuestionKind, StepView};

/// Options of `safesteps demo`.
#[derive(clap::Args, Debug)]
pub struct DemoArgs {
    /// Database file (default: safesteps-demo.sqlite in the temp folder).
    #[arg(long)]
    db: Option<PathBuf>,
    /// Preferred text locales, most preferred first (e.g. `--locale ur --locale en`).
    #[arg(long = "locale", default_value = "en")]
    locales: Vec<String>,
    /// Nickname of the learner (an existing one is reused).
    #[arg(long, default_value = "Kite")]
    nickname: String,
    /// Avatar of a new learner.
    #[arg(long, default_value = "kite")]
    avatar: String,
    /// Answer to the quiz, by option number or id; repeat for several tries.
    /// Without it, answers are read from standard input.
    #[arg(long = "answer")]
    answers: Vec<String>,
    /// Show the easy-read text instead of the full text.
    #[arg(long)]
    easy: bool,
    /// Start again with an empty database.
    #[arg(long)]
    fresh: bool,
}

type DynResult<T> = Result<T, Box<dyn std::error::Error>>;

struct Answers<'a> {
    given: std::vec::IntoIter<String>,
    scripted: bool,
    input: &'a mut dyn BufRead,
}

impl Answers<'_> {
    fn next(&mut self) -> DynResult<Option<String>> {
        if self.scripted {
            return Ok(self.given.next());
        }
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim().to_string()))
    }
}

/// Run the demo. Returns exit code 0 when the lesson's question was answered right.
pub fn run(
    args: &DemoArgs,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    interactive: bool,
) -> DynResult<ExitCode> {
    let db = args.db.clone().unwrap_or_else(crate::default_db);
    if args.fresh {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = db.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
    let app = Engine::open(
        &db,
        OpenOptions {
            preferred_locales: args.locales.clone(),
            country: None,
            ..Default::default()
        },
    )?;
    let info = app.pack_info();
    // A translation no native speaker has reviewed is marked as a draft wherever it shows.
    let draft = info.locales.iter().any(|l| {
        l.tag == info.active_locale && l.status == safesteps_core::views::ReviewStatus::Draft
    });
    writeln!(
        out,
        "SafeSteps {} · content {} {} · text in {}{} · database {}",
        safesteps_core::CORE_VERSION,
        info.id,
        info.version,
        info.active_locale,
        if draft {
            " (DRAFT translation, not yet reviewed by a native speaker)"
        } else {
            ""
        },
        db.display()
    )?;

    let learner = match app
        .learners()?
        .into_iter()
        .find(|l| l.nickname == args.nickname)
    {
        Some(l) => {
            writeln!(out, "Welcome back, {}!", l.nickname)?;
            l
        }
        None => {
            let l = app.create_learner(&args.nickname, &args.avatar, None)?;
            writeln!(
                out,
                "Hello, {}! Your profile is saved on this device only.",
                l.nickname
            )?;
            l
        }
    };

    writeln!(out, "\nModules:")?;
    let modules = app.modules(Some(&learner.id))?;
    for (i, m) in modules.iter().enumerate() {
        writeln!(
            out,
            "  {}. {} ({} of {} lessons done) - {}",
            i + 1,
            m.title,
            m.lessons_completed,
            m.lesson_ids.len(),
            m.summary
        )?;
    }
    let first = modules.first().ok_or("the content has no modules")?;
    let lesson_id = first
        .lesson_ids
        .first()
        .ok_or("the first module has no lessons")?;
    let lesson = app.lesson(lesson_id, Some(&learner.id))?;
    let before = app.lesson_progress(&learner.id, &lesson.id)?;
    if before.steps_seen > 0 {
        writeln!(
            out,
            "\nYou have seen {} of {} steps of this lesson before.",
            before.steps_seen, before.steps_total
        )?;
    }
    writeln!(out, "\n== {} ==", lesson.title)?;

    let mut answers = Answers {
        given: args.answers.clone().into_iter(),
        scripted: !args.answers.is_empty(),
        input,
    };
    let mut passed = false;
    for step in &lesson.steps {
        show_step(out, step, args.easy)?;
        app.mark_step_seen(&learner.id, &step.id)?;
        if let Some(q) = &step.question {
            passed = ask(&app, out, &mut answers, &learner.id, step, q.kind)? || passed;
            if !passed {
                break;
            }
        } else if interactive && !answers.scripted {
            write!(out, "  (press Enter)")?;
            out.flush()?;
            answers.next()?;
        }
    }

    let p = app.lesson_progress(&learner.id, &lesson.id)?;
    writeln!(
        out,
        "\nProgress saved: {} of {} steps seen, {} of {} questions right{}.",
        p.steps_seen,
        p.steps_total,
        p.questions_passed,
        p.questions_total,
        if p.completed { ", lesson complete" } else { "" }
    )?;
    writeln!(
        out,
        "Run the demo again to see that your progress is still there."
    )?;
    Ok(if passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

fn show_step(out: &mut dyn Write, step: &StepView, easy: bool) -> DynResult<()> {
    writeln!(
        out,
        "\n-- Step {} of {} ({}) --",
        step.number,
        step.total,
        format!("{:?}", step.kind).to_lowercase()
    )?;
    if let Some(p) = &step.picture {
        writeln!(out, "[Picture: {}]", p.alt)?;
    }
    let text = if easy {
        step.easy_text.as_ref().unwrap_or(&step.text)
    } else {
        &step.text
    };
    writeln!(out, "{text}")?;
    Ok(())
}

/// Ask until the answer is right (or revealed) or answers run out. Returns whether the
/// lesson can go on.
fn ask(
    app: &Engine,
    out: &mut dyn Write,
    answers: &mut Answers<'_>,
    learner_id: &str,
    step: &StepView,
    kind: QuestionKind,
) -> DynResult<bool> {
    let mut q = step.question.clone().expect("quiz step");
    let mut show_options = true;
    loop {
        if show_options {
            for (i, o) in q.options.iter().enumerate() {
                writeln!(out, "  {}) {}", i + 1, o.text)?;
            }
            if q.has_hint {
                writeln!(out, "  (Type ? for a hint.)")?;
            }
            show_options = false;
        }
        write!(
            out,
            "Your answer ({}): ",
            match kind {
                QuestionKind::MultipleChoice => "numbers separated by commas",
                QuestionKind::Ordering => "all numbers in order, separated by commas",
                _ => "a number",
            }
        )?;
        out.flush()?;
        let Some(raw) = answers.next()? else {
            writeln!(
                out,
                "\nNo answer given; the lesson stays where you left it."
            )?;
            return Ok(false);
        };
        if answers.scripted {
            writeln!(out, "{raw}")?;
        } else {
            writeln!(out)?;
        }
        if raw == "?" {
            match app.hint(learner_id, &q.id) {
                Ok(h) => writeln!(out, "Hint: {h}")?,
                Err(e) => writeln!(out, "{e}")?,
            }
            continue;
        }
        let selected: Vec<String> = raw
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| match s.parse::<usize>() {
                Ok(n) if n >= 1 && n <= q.options.len() => q.options[n - 1].id.clone(),
                _ => s.to_string(),
            })
            .collect();
        match app.answer(learner_id, &q.id, &selected, None) {
            Ok(result) => {
                writeln!(out, "{}", result.message)?;
                // Feedback on what the child chose; the right answer is shown only when revealed.
                for f in result
                    .options
                    .iter()
                    .filter(|f| f.chosen || (result.reveal && f.correct == Some(true)))
                {
                    let mark = match f.correct {
                        Some(true) => "right",
                        Some(false) => "not right",
                        None => "not yet",
                    };
                    if let Some(text) = &f.feedback {
                        let label = q
                            .options
                            .iter()
                            .find(|o| o.id == f.option_id)
                            .map(|o| o.text.as_str())
                            .unwrap_or("");
                        writeln!(out, "  - {label} ({mark}): {text}")?;
                    }
                }
                if result.correct || result.reveal {
                    return Ok(true);
                }
                // A new attempt: the options come in a new order.
                q = app.question(&q.id, Some(learner_id))?;
                show_options = true;
            }
            Err(e) if e.kind() == safesteps_core::ErrorKind::AnswerShape => {
                writeln!(out, "{e}. Try again.")?;
            }
            Err(e) => return Err(e.into()),
        }
    }
}
