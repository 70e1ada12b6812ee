//! Load-and-index benchmarks (run: `cargo bench -p safesteps-core --bench load`).
//! Prints numbers; targets: default pack <= 5 ms, a 10,000-step pack <= 300 ms.

use safesteps_core::content::{Catalog, PackFiles};

mod common;
use common::{generated_pack, measure, row};

fn main() {
    let steps = |c: &Catalog| -> usize {
        c.modules
            .iter()
            .flat_map(|m| &m.lessons)
            .map(|l| l.steps.len())
            .sum()
    };
    // The first read in a process inflates the embedded pack (one deflated tar); later
    // reads share it. Timed once, as a cold start pays it.
    let first = std::time::Instant::now();
    let files = PackFiles::embedded();
    let first = first.elapsed();
    println!(
        "embedded pack, first read in this process (inflate {} files): {:.2} ms",
        files.len(),
        first.as_secs_f64() * 1e3
    );
    row(
        "load",
        "embedded pack, first read in a process (inflate)",
        first,
        first,
        None,
        "once per process; a cold start pays it",
    );
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
    row(
        "load",
        "default pack: full validation and index",
        median,
        min,
        None,
        "as for an installed pack",
    );
    let (min_e, median_embedded, p95_e) = measure(100, || Catalog::embedded().unwrap());
    row(
        "load",
        "default pack at start-up (Catalog::embedded)",
        median_embedded,
        min_e,
        None,
        "target <= 5 ms",
    );
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

    let (_, files_only, _) = measure(100, PackFiles::embedded);
    row(
        "load",
        "embedded pack files read (PackFiles::embedded)",
        files_only,
        files_only,
        Some(common::ratio(files_only, median_embedded)),
        "share of the start-up load",
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
    row(
        "load",
        "generated pack, 100 modules: load, validate, index",
        median,
        min,
        None,
        "target <= 300 ms",
    );
}
