//! Load-and-index benchmarks (run: `cargo bench -p safesteps-core --bench load`).
//! Prints numbers; targets: default pack <= 5 ms, a 10,000-step pack <= 300 ms.

use std::time::{Duration, Instant};

use safesteps_core::content::{Catalog, PackFiles};

fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, Duration) {
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

fn main() {
    let steps = |c: &Catalog| -> usize {
        c.modules
            .iter()
            .flat_map(|m| &m.lessons)
            .map(|l| l.steps.len())
            .sum()
    };
    let files = PackFiles::embedded();
    let catalog = Catalog::load(files.clone()).expect("default pack loads");
    let (min, median, p95) = measure(100, || Catalog::load(files.clone()).unwrap());
    println!(
        "default pack: {} modules, {} steps, {} files: full validation and index, as for an installed pack: min {:.2} ms, median {:.2} ms, p95 {:.2} ms",
        catalog.modules.len(),
        steps(&catalog),
        files.len(),
        min.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3
    );
    let (min_e, median_embedded, p95_e) = measure(100, || Catalog::embedded().unwrap());
    println!(
        "default pack at start-up (Catalog::embedded: read embedded files, parse, index; translations parsed on first use): min {:.2} ms, median {:.2} ms, p95 {:.2} ms (target <= 5 ms)",
        min_e.as_secs_f64() * 1e3,
        median_embedded.as_secs_f64() * 1e3,
        p95_e.as_secs_f64() * 1e3
    );

    let (_, parse_only, _) = measure(100, || safesteps_core::content::parse(&files).unwrap());
    let parsed = safesteps_core::content::parse(&files).unwrap();
    let (_, validate_only, _) = measure(100, || safesteps_core::content::validate(&files, &parsed));
    println!(
        "  of which parse (TOML + Fluent) {:.2} ms, validate {:.2} ms",
        parse_only.as_secs_f64() * 1e3,
        validate_only.as_secs_f64() * 1e3
    );

    let big = generated_pack(100);
    let catalog = Catalog::load(big.clone()).expect("generated pack loads");
    let (min, median, p95) = measure(10, || Catalog::load(big.clone()).unwrap());
    println!(
        "generated pack: {} modules, {} steps: load+validate+index min {:.1} ms, median {:.1} ms, p95 {:.1} ms (target <= 300 ms)",
        catalog.modules.len(),
        steps(&catalog),
        min.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3
    );
}
