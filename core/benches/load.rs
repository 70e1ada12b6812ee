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
    // The first file read in a process inflates the embedded pack's files (deflated
    // tars); later reads share them. Timed once. Since 0018 a start-up does not read
    // them (the catalog is pre-parsed; a locale's texts are inflated when first used):
    // this is what the checker or the first picture pays.
    let first = std::time::Instant::now();
    let files = PackFiles::embedded();
    std::hint::black_box(files.len());
    let first = first.elapsed();
    println!(
        "embedded pack, first read in this process (inflate {} files): {:.2} ms",
        files.len(),
        first.as_secs_f64() * 1e3
    );
    row(
        "load",
        "embedded pack files, first read in a process (inflate)",
        first,
        first,
        None,
        "once per process; start-up does not pay it (0018)",
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
    // The first `Catalog::embedded()` reads the pre-parsed catalog (0018); later ones copy it.
    let first_catalog = std::time::Instant::now();
    std::hint::black_box(Catalog::embedded().unwrap());
    let first_catalog = first_catalog.elapsed();
    row(
        "load",
        "default pack, first Catalog::embedded in a process",
        first_catalog,
        first_catalog,
        None,
        "pre-parsed at build time (0018); English parsed when first used",
    );
    let (min_e, median_embedded, p95_e) = measure(100, || Catalog::embedded().unwrap());
    row(
        "load",
        "default pack at start-up (Catalog::embedded), later in a process",
        median_embedded,
        min_e,
        None,
        "a copy of the one made first",
    );
    println!(
        "default pack at start-up, later in a process (Catalog::embedded: a copy of the catalog made first; first one {:.2} ms): min {:.2} ms, median {:.2} ms, p95 {:.2} ms",
        first_catalog.as_secs_f64() * 1e3,
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
        "embedded pack files handle (PackFiles::embedded)",
        files_only,
        files_only,
        Some(common::ratio(files_only, median_embedded)),
        "a handle to the shared files, inflated when first read (0018)",
    );

    // Installing: the built form (pack format 2, what `pack build` writes and an app
    // reads: catalog.bin, every rule checked again) against the TOML sources (format 1's
    // install path, now the checker's), the same pack, in the same run.
    let built = safesteps_core::content::signing::built_files(&files).unwrap();
    let (min_b, median_b, _) = measure(100, || Catalog::load(built.clone()).unwrap());
    println!(
        "default pack, built form (catalog.bin) as installed: full validation and index min {:.2} ms, median {:.2} ms (TOML sources: median {:.2} ms)",
        min_b.as_secs_f64() * 1e3,
        median_b.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3
    );
    row(
        "load",
        "default pack, built (catalog.bin): full validation and index",
        median_b,
        min_b,
        Some(common::ratio(median_b, median)),
        "ratio to the same pack from its TOML sources (0030)",
    );
    let (_, built_parse, _) = measure(100, || {
        safesteps_core::content::built::parse(&built).unwrap()
    });
    println!(
        "  of which parse (catalog.bin + Fluent) {:.2} ms (TOML + Fluent: {:.2} ms)",
        built_parse.as_secs_f64() * 1e3,
        parse_only.as_secs_f64() * 1e3
    );
    row(
        "load",
        "default pack, built: parse only (catalog.bin + Fluent)",
        built_parse,
        built_parse,
        Some(common::ratio(built_parse, parse_only)),
        "ratio to parsing its TOML sources (0030)",
    );
    let key = safesteps_core::content::signing::parse_secret_key(&"11".repeat(32)).unwrap();
    let trusted = [key.verifying_key()];
    let dir = common::bench_dir();
    let pack = dir.path().join("default.sspack");
    std::fs::write(
        &pack,
        safesteps_core::content::signing::build_pack_file(&files, &key).unwrap(),
    )
    .unwrap();
    let limits = safesteps_core::content::signing::Limits::default();
    let (min_i, median_i, _) = measure(20, || {
        safesteps_core::content::load_pack_file(&pack, &trusted, &limits).unwrap()
    });
    println!(
        "default pack file: read, verify and load as installing does: min {:.2} ms, median {:.2} ms",
        min_i.as_secs_f64() * 1e3,
        median_i.as_secs_f64() * 1e3
    );
    row(
        "load",
        "default pack file: read, verify, load (install without the copy)",
        median_i,
        min_i,
        None,
        "built pack (format 4)",
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
    let big_built = safesteps_core::content::signing::built_files(&big).unwrap();
    let (min_bb, median_bb, _) = measure(10, || Catalog::load(big_built.clone()).unwrap());
    println!(
        "generated pack, built (catalog.bin): load+validate+index min {:.1} ms, median {:.1} ms (TOML sources: median {:.1} ms)",
        min_bb.as_secs_f64() * 1e3,
        median_bb.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3
    );
    row(
        "load",
        "generated pack, 100 modules, built: load, validate, index",
        median_bb,
        min_bb,
        Some(common::ratio(median_bb, median)),
        "ratio to its TOML sources (0030)",
    );

    // Ed25519 as the library is built (curve25519-dalek at opt-level 3, no precomputed
    // tables; docs/decisions/0015-library-size.md, wave 9): every installed pack, bundle
    // and piece is verified once; a bundle or a pairing answer is signed once.
    use ed25519_dalek::{Signer, Verifier};
    let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let public = key.verifying_key();
    let message = [1u8; 64];
    let signature = key.sign(&message);
    let (min_s, median_s, _) = measure(200, || key.sign(&message));
    let (min_v, median_v, _) = measure(200, || public.verify(&message, &signature).is_ok());
    println!(
        "Ed25519: sign median {:.1} us, verify median {:.1} us",
        median_s.as_secs_f64() * 1e6,
        median_v.as_secs_f64() * 1e6
    );
    row(
        "signatures",
        "Ed25519: sign a 64-byte message",
        median_s,
        min_s,
        None,
        "",
    );
    row(
        "signatures",
        "Ed25519: verify a signature",
        median_v,
        min_v,
        None,
        "once per installed pack, bundle and piece",
    );
}
