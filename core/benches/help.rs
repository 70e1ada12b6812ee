//! Help lookup benchmarks (run: `cargo bench -p safesteps-core --bench help`). Prints numbers.
//! No database: free functions over the catalog and a localizer.

use std::time::Instant;

use safesteps_core::ContactQuery;
use safesteps_core::content::{self, Catalog, PackFiles, validate_contacts};
use safesteps_core::help;
use safesteps_core::l10n::{Localizer, parse_locale};

mod common;
use common::{measure, row};

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let cat = Catalog::embedded().expect("default pack");
    let l10n = Localizer::new(&cat.resources, &[parse_locale("en").unwrap()]).unwrap();
    let at = 1_795_435_200_000;
    let q = |cc: &str| ContactQuery {
        country: Some(cc.into()),
        emergency_first: true,
        for_child: true,
        ..Default::default()
    };
    // The first lookup in a process (nothing to load: the numbering plans are a table).
    let start = Instant::now();
    let first = help::contacts(&cat, &l10n, &q("BR"), None, at).unwrap();
    let cold = start.elapsed();
    println!(
        "first contacts lookup in the process (BR, {} contacts): {:.2} ms",
        first.len(),
        ms(cold)
    );
    let (min, median, p95) = measure(200, || {
        help::contacts(&cat, &l10n, &q("ZA"), None, at).unwrap()
    });
    println!(
        "contacts for ZA (child list, all kinds): min {:.3} ms, median {:.3} ms, p95 {:.3} ms",
        ms(min),
        ms(median),
        ms(p95)
    );
    row(
        "help",
        "contacts for ZA (child list, all kinds)",
        median,
        min,
        None,
        "",
    );
    let (min, median, p95) = measure(200, || {
        help::pathway(&cat, &l10n, "threatened-over-picture", Some("ZM"), None, at).unwrap()
    });
    println!(
        "pathway threatened-over-picture for ZM (9 steps resolved): min {:.3} ms, median {:.3} ms, p95 {:.3} ms",
        ms(min),
        ms(median),
        ms(p95)
    );
    row(
        "help",
        "pathway threatened-over-picture for ZM, 9 steps resolved",
        median,
        min,
        None,
        "",
    );
    let files = PackFiles::embedded();
    let parsed = content::parse(&files).unwrap();
    let (min, median, p95) = measure(50, || validate_contacts::check(&parsed));
    println!(
        "contact checks of the default pack ({} contacts, {} pathways, every country): min {:.2} ms, median {:.2} ms, p95 {:.2} ms",
        parsed.contacts.len(),
        parsed.pathways.len(),
        ms(min),
        ms(median),
        ms(p95)
    );
    row(
        "help",
        &format!(
            "contact checks of the default pack ({} contacts, {} pathways)",
            parsed.contacts.len(),
            parsed.pathways.len()
        ),
        median,
        min,
        None,
        "every country",
    );
    let (min, median, p95) = measure(50, || validate_contacts::release_problems(&parsed));
    println!(
        "release gate (unverified child-facing contacts): min {:.2} ms, median {:.2} ms, p95 {:.2} ms",
        ms(min),
        ms(median),
        ms(p95)
    );
    row(
        "help",
        "release gate (unverified child-facing contacts)",
        median,
        min,
        None,
        "",
    );
}
