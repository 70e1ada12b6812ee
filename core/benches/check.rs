//! Full check of the default pack, as `safesteps check content/` and `pack build` run it
//! (run: `cargo bench -p safesteps-core --bench check`). Prints numbers; target: < 50 ms.

use safesteps_core::content::safety::{Piece, Rules, base, tokens};
use safesteps_core::content::{self, PackFiles};

mod common;
use common::{measure, row};

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// CPU time this thread has run, from Linux's schedstat (None elsewhere). On a busy
/// machine wall time includes waiting for a core; CPU time does not.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Median CPU time of `runs` calls, in ms.
fn cpu_median<T>(runs: usize, mut f: impl FnMut() -> T) -> Option<f64> {
    let mut v = Vec::new();
    for _ in 0..runs {
        let a = cpu_ns()?;
        std::hint::black_box(f());
        v.push(cpu_ns()? - a);
    }
    v.sort_unstable();
    Some(v[runs / 2] as f64 / 1e6)
}

fn main() {
    let files = PackFiles::embedded();
    let diagnostics = content::check(&files).expect("default pack parses");
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == content::Severity::Error)
        .count();
    let (min, median, p95) = measure(50, || content::check(&files).unwrap());
    println!(
        "full check of the default pack ({} files, {} diagnostics, {errors} errors): min {:.2} ms, median {:.2} ms, p95 {:.2} ms (target < 50 ms)",
        files.len(),
        diagnostics.len(),
        ms(min),
        ms(median),
        ms(p95)
    );
    row(
        "check",
        "full check of the default pack (safesteps check)",
        median,
        min,
        None,
        &format!(
            "{} files, {} diagnostics, {errors} errors; target < 50 ms",
            files.len(),
            diagnostics.len()
        ),
    );
    if let Some(cpu) = cpu_median(50, || content::check(&files).unwrap()) {
        println!(
            "  CPU time of the full check (not counting waits for a core): median {cpu:.2} ms"
        );
    }
    let parsed = content::parse(&files).unwrap();
    let (parse_min, parse, _) = measure(50, || content::parse(&files).unwrap());
    let (validate_min, validate, _) = measure(50, || content::validate(&files, &parsed));
    row(
        "check",
        "of which: parse the TOML sources",
        parse,
        parse_min,
        None,
        "",
    );
    row(
        "check",
        "of which: validate (every rule, three locales)",
        validate,
        validate_min,
        None,
        "",
    );
    println!(
        "  of which parse {:.2} ms, validate (every rule, three locales) {:.2} ms",
        ms(parse),
        ms(validate)
    );
    let (_, compile, _) = measure(50, || Rules::new("ur", base().iter()));
    let text: String = ["en", "ur", "zu"]
        .iter()
        .flat_map(|t| {
            files
                .paths(&format!("locales/{t}/"), ".ftl")
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .map(|p| files.text(&p).unwrap().to_string())
        .collect();
    let toks = tokens(&[Piece::Text(0, &text)]);
    let rules = Rules::new("ur", base().iter());
    let (_, fold, _) = measure(20, || tokens(&[Piece::Text(0, &text)]));
    let (_, scan, _) = measure(20, || rules.scan(&toks));
    println!(
        "  lexicon: compile the ur rules {:.3} ms; fold {} KB of text into {} words {:.2} ms; scan them {:.2} ms",
        ms(compile),
        text.len() / 1024,
        toks.len(),
        ms(fold),
        ms(scan)
    );
}
