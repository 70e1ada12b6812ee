//! Shared by the benchmarks: a timer and a generated pack.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use safesteps_core::content::PackFiles;

/// Run `f` `runs` times; returns (min, median, p95).
pub fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (
        times[0],
        times[runs / 2],
        times[(runs * 95 / 100).min(runs - 1)],
    )
}

/// A generated pack: `modules` x 10 lessons x 10 steps, every step with a picture,
/// alt text and easy-read text, and one quiz per lesson.
pub fn generated_pack(modules: usize) -> PackFiles {
    let mut f = PackFiles::embedded();
    for m in 0..modules {
        let id = format!("gen{m:04}");
        let mut toml = format!("id = \"{id}\"\naudience = \"child\"\nages = \"10-14\"\n");
        let mut ftl = format!("{id}-title = Module {m}\n{id}-summary = Generated module {m}.\n");
        for l in 0..10 {
            let lid = format!("{id}-l{l}");
            toml.push_str(&format!("\n[[lessons]]\nid = \"{lid}\"\n"));
            ftl.push_str(&format!("{lid}-title = Lesson {l}\n"));
            for s in 0..10 {
                let sid = format!("{lid}-s{s}");
                if s == 9 {
                    toml.push_str(&format!(
                        "\n[[lessons.steps]]\nid = \"{sid}\"\nkind = \"quiz\"\n\n[lessons.steps.question]\ntype = \"single_choice\"\n\n[[lessons.steps.question.options]]\nid = \"a\"\ncorrect = true\n\n[[lessons.steps.question.options]]\nid = \"b\"\n"
                    ));
                    ftl.push_str(&format!(
                        "{sid} = Question {s} of lesson {l}?\n    .easy = Question {s}?\n{sid}-a = The right answer\n    .feedback = Yes, well done.\n{sid}-b = Another answer\n    .feedback = Not this one.\n"
                    ));
                } else {
                    toml.push_str(&format!(
                        "\n[[lessons.steps]]\nid = \"{sid}\"\nkind = \"story\"\npicture = \"media/avatars/cat.svg\"\n"
                    ));
                    ftl.push_str(&format!(
                        "{sid} = Step {s} of lesson {l} in module {m}: a short story about staying safe online.\n    .easy = Step {s}: a short story.\n    .alt = A cat looks at a phone.\n"
                    ));
                }
            }
        }
        f.insert(format!("modules/50-{id}.toml"), toml);
        f.insert(format!("locales/en/{id}.ftl"), ftl);
    }
    f
}
