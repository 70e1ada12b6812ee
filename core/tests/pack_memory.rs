//! Peak heap while reading, verifying and loading hostile pack files: a counting global
//! allocator (an integration test crate may implement `GlobalAlloc`; the core itself
//! forbids unsafe code) measures every allocation made while a pack is refused or
//! loaded. No input may make that take more than 64 MB.
//!
//! Run with `--nocapture` to see the figures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

use flate2::{Compress, Compression, FlushCompress};
use safesteps_core::content::model::{BuiltCatalog, CATALOG_FILE};
use safesteps_core::content::signing::{
    Limits, build_pack_file, built_files, generate_key, parse_secret_key, sign_built_files,
};
use safesteps_core::content::{PackFiles, load_pack_file};
use safesteps_core::{Engine, ErrorKind, OpenOptions};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), SeqCst) + layout.size();
            PEAK.fetch_max(now, SeqCst);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), SeqCst);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One measurement at a time (tests run on several threads).
static SERIAL: Mutex<()> = Mutex::new(());

const LIMIT: usize = 64 * 1000 * 1000;

/// Run `f` and return its result with the most heap it held at once beyond what was
/// held when it started.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = NOW.load(SeqCst);
    PEAK.store(base, SeqCst);
    let out = f();
    (out, PEAK.load(SeqCst).saturating_sub(base))
}

fn mb(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{:.0} KB", bytes as f64 / 1e3)
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

struct Keys {
    secret: String,
    public: String,
}

fn keys() -> Keys {
    let (secret, public) = generate_key().unwrap();
    Keys { secret, public }
}

fn trusted(k: &Keys) -> Vec<ed25519_dalek::VerifyingKey> {
    vec![safesteps_core::content::signing::parse_public_key(&k.public).unwrap()]
}

/// A tar header for a regular file of `size` bytes (the data is not included).
fn tar_header(path: &str, size: u64) -> Vec<u8> {
    let mut h = tar::Header::new_gnu();
    h.set_path(path).unwrap();
    h.set_size(size);
    h.set_mode(0o644);
    h.set_entry_type(tar::EntryType::Regular);
    h.set_cksum();
    h.as_bytes().to_vec()
}

/// Part of the content of a gzip file made by [`gzip_parts`].
enum Part<'a> {
    Bytes(&'a [u8]),
    /// This many MiB of zero bytes.
    Zeros(usize),
}

/// Compress `input` into `out`, ending with a sync flush (byte-aligned, not final).
fn deflate_into(c: &mut Compress, input: &[u8], flush: FlushCompress, out: &mut Vec<u8>) {
    let mut buf = Vec::with_capacity(input.len() + 4096);
    let start = c.total_in();
    loop {
        let consumed = (c.total_in() - start) as usize;
        buf.clear();
        c.compress_vec(&input[consumed..], &mut buf, flush).unwrap();
        out.extend_from_slice(&buf);
        if (c.total_in() - start) as usize == input.len() && buf.len() < buf.capacity() {
            return;
        }
    }
}

/// A well-formed gzip file of `parts`, compressed as tightly as deflate allows (about
/// 1:1000 for zeros). A run of zeros is one MiB compressed for real, then one MiB
/// compressed after zeros repeated: its back-references reach at most 32 KiB back, so
/// wherever it follows zeros it decodes to the same MiB. A 1 GiB bomb takes no time.
fn gzip_parts(parts: &[Part]) -> Vec<u8> {
    let mut c = Compress::new(Compression::best(), false);
    let mut deflate = Vec::new();
    let mut crc = flate2::Crc::new();
    let zeros = vec![0u8; 1 << 20];
    for part in parts {
        match part {
            Part::Bytes(b) => {
                deflate_into(&mut c, b, FlushCompress::Sync, &mut deflate);
                crc.update(b);
            }
            Part::Zeros(mib) => {
                if *mib >= 1 {
                    deflate_into(&mut c, &zeros, FlushCompress::Sync, &mut deflate);
                }
                if *mib >= 2 {
                    let mut chunk = Vec::new();
                    deflate_into(&mut c, &zeros, FlushCompress::Sync, &mut chunk);
                    for _ in 1..*mib {
                        deflate.extend_from_slice(&chunk);
                    }
                }
                for _ in 0..*mib {
                    crc.update(&zeros);
                }
            }
        }
    }
    deflate_into(&mut c, &[], FlushCompress::Finish, &mut deflate);
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    out.extend_from_slice(&deflate);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&crc.amount().to_le_bytes());
    out
}

/// `prefix` followed by `zeros_mib` MiB of zeros, gzipped.
fn gzip_bomb(prefix: &[u8], zeros_mib: usize) -> Vec<u8> {
    gzip_parts(&[Part::Bytes(prefix), Part::Zeros(zeros_mib)])
}

#[test]
fn the_bomb_maker_makes_what_it_says() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let header = tar_header("a", 3);
    let bomb = gzip_parts(&[Part::Bytes(&header), Part::Zeros(5), Part::Bytes(b"end")]);
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bomb[..]), &mut out).unwrap();
    assert_eq!(out.len(), 512 + (5 << 20) + 3);
    assert_eq!(&out[..512], &header[..]);
    assert!(out[512..512 + (5 << 20)].iter().all(|&b| b == 0));
    assert_eq!(&out[out.len() - 3..], b"end");
    assert!(bomb.len() < 10_000, "{}", bomb.len());
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::File::create(&p).unwrap().write_all(bytes).unwrap();
    p
}

/// Refuse `file` through the real path (read, verify, load) and return the peak heap.
fn refused_peak(file: &Path, k: &Keys, expect: &str) -> usize {
    let (result, peak) = peak_of(|| load_pack_file(file, &trusted(k), &Limits::default()));
    let e = result.expect_err("a hostile pack must be refused");
    assert_eq!(e.kind(), ErrorKind::ContentInvalid, "{e}");
    assert!(e.to_string().contains(expect), "{e}");
    assert!(peak < LIMIT, "{}: {}", file.display(), mb(peak));
    peak
}

#[test]
fn decompression_bombs_are_refused_in_bounded_memory() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let k = keys();

    // 1 GiB of zeros: the tar reads as empty, then padding runs on far past any archive.
    let zeros = gzip_bomb(&[], 1024);
    assert!(zeros.len() < 1_200_000, "{} bytes", zeros.len());
    let f = write(dir.path(), "zeros.sspack", &zeros);
    let peak = refused_peak(&f, &k, "data after its end");
    println!(
        "gzip bomb ({} bytes -> 1 GiB of zeros): peak {}",
        zeros.len(),
        mb(peak)
    );

    // A file that declares 1 GiB, before the signature.
    let huge = gzip_bomb(&tar_header("media/huge.bin", 1 << 30), 1024);
    let f = write(dir.path(), "huge.sspack", &huge);
    let peak = refused_peak(&f, &k, "larger than a file in a pack may be");
    println!("tar entry declaring 1 GiB: peak {}", mb(peak));

    // A signature file of 600 MiB, and a "signature" of 200 KiB of zeros.
    let sig = gzip_bomb(&tar_header("SIGNATURE.json", 600 << 20), 600);
    let f = write(dir.path(), "sig.sspack", &sig);
    let peak = refused_peak(&f, &k, "larger than a file in a pack may be");
    println!("600 MiB signature file: peak {}", mb(peak));
    let sig = gzip_bomb(&tar_header("SIGNATURE.json", 200 << 10), 1);
    let f = write(dir.path(), "sig2.sspack", &sig);
    refused_peak(&f, &k, "signature file is malformed");

    // Any file before the signature is refused before its data is read.
    let first = gzip_bomb(&tar_header("media/a.bin", 8 << 20), 16);
    let f = write(dir.path(), "first.sspack", &first);
    refused_peak(&f, &k, "SIGNATURE.json must come first");

    // A GNU long name of 500 MiB (the tar crate would read it into memory).
    let mut h = tar::Header::new_gnu();
    h.set_path("././@LongLink").unwrap();
    h.set_size(500 << 20);
    h.set_entry_type(tar::EntryType::GNULongName);
    h.set_cksum();
    let f = write(dir.path(), "longname.sspack", &gzip_bomb(h.as_bytes(), 500));
    let peak = refused_peak(&f, &k, "not a plain file");
    println!("500 MiB GNU long name: peak {}", mb(peak));
}

#[test]
fn many_entries_and_big_unsigned_files_stay_bounded() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    // 10,000 empty files (no signature): refused at the entry limit.
    let mut tar = Vec::new();
    for i in 0..10_000 {
        tar.extend(tar_header(&format!("f{i}"), 0));
    }
    let f = write(dir.path(), "many.sspack", &gzip_bomb(&tar, 0));
    let (result, peak) = peak_of(|| {
        safesteps_core::content::signing::read_stream(
            std::fs::File::open(&f).unwrap(),
            None,
            &Limits::default(),
        )
    });
    assert!(result.unwrap_err().to_string().contains("more than"));
    assert!(peak < LIMIT, "{}", mb(peak));
    println!("10,000 tiny entries (unverified read): peak {}", mb(peak));

    // Unverified reading of big files: refused once the total passes the limit.
    let headers: Vec<Vec<u8>> = (0..4)
        .map(|i| tar_header(&format!("media/{i}.bin"), 15 << 20))
        .collect();
    let parts: Vec<Part> = headers
        .iter()
        .flat_map(|h| [Part::Bytes(h), Part::Zeros(15)])
        .collect();
    let f = write(dir.path(), "big.sspack", &gzip_parts(&parts));
    let (result, peak) = peak_of(|| {
        safesteps_core::content::signing::read_stream(
            std::fs::File::open(&f).unwrap(),
            None,
            &Limits::default(),
        )
    });
    assert!(
        result
            .unwrap_err()
            .to_string()
            .contains("larger than a pack"),
        "refused on the total"
    );
    assert!(peak < LIMIT, "{}", mb(peak));
    println!("4 x 15 MiB files (unverified read): peak {}", mb(peak));

    // A file over the size limit is refused before it is read.
    let big = dir.path().join("too-big.sspack");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(Limits::default().max_file_bytes + 1).unwrap();
    let (result, peak) = peak_of(|| load_pack_file(&big, &trusted(&k), &Limits::default()));
    assert!(result.unwrap_err().to_string().contains("too large"));
    assert!(peak < 1_000_000, "{}", mb(peak));
}

/// The default pack, built, plus `extra` files added to the built pack, signed (as
/// anyone holding a trusted key could make it: the builder's own limits are not met).
fn signed_pack(k: &Keys, extra: Vec<(String, Vec<u8>)>) -> Vec<u8> {
    let mut files = PackFiles::embedded();
    let manifest = files
        .text("pack.toml")
        .unwrap()
        .replace("\nversion = \"0.1.0\"", "\nversion = \"9.0.0\"");
    files.insert("pack.toml", manifest);
    let mut files = built_files(&files).unwrap();
    for (path, bytes) in extra {
        files.insert(path, bytes);
    }
    sign_built_files(&files, &parse_secret_key(&k.secret).unwrap()).unwrap()
}

#[test]
fn signed_packs_at_every_limit_load_in_bounded_memory() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let k = keys();

    // The default pack, loaded completely (every locale): the baseline.
    let f = write(dir.path(), "default.sspack", &signed_pack(&k, vec![]));
    let (loaded, peak) = peak_of(|| load_pack_file(&f, &trusted(&k), &Limits::default()));
    loaded.unwrap();
    println!("default pack, every locale loaded: peak {}", mb(peak));
    assert!(peak < LIMIT);

    // Packs at the limits, as anyone holding a trusted key could make them: media up to
    // the unpacked limit, plus text at one of its limits.
    type Files = Vec<(String, Vec<u8>)>;
    let media = |text: usize| -> Files {
        let room = Limits::default().max_unpacked_bytes as usize - 1_000_000 - text;
        (0..room / (1 << 20))
            .map(|i| (format!("media/big/{i}.bin"), vec![7u8; 1 << 20]))
            .collect()
    };
    let in_files = |prefix: &str, suffix: &str, text: String| -> Files {
        let mut out = Vec::new();
        let mut file = String::new();
        for line in text.lines() {
            file.push_str(line);
            file.push('\n');
            if file.len() > 250_000 {
                out.push((
                    format!("{prefix}{}{suffix}", out.len()),
                    std::mem::take(&mut file).into_bytes(),
                ));
            }
        }
        out.push((format!("{prefix}{}{suffix}", out.len()), file.into_bytes()));
        out
    };
    let units = safesteps_core::content::scan::MAX_FLUENT_UNITS;
    let text_cap = safesteps_core::content::scan::MAX_TEXT_BYTES;
    // Leave room for the default pack's own ~3,000 units and 430 KB of text.
    let tiny: String = (0..units - 4_000).map(|n| format!("x{n} = y\n")).collect();
    let placeables: String = (0..(units - 4_000) / 2)
        .map(|n| format!("x{n} = {{ $a }}\n"))
        .collect();
    let long: String = (0..(text_cap - 500_000) / 1_000)
        .map(|n| format!("x{n} = {}\n", "y".repeat(990)))
        .collect();
    // The most words text at the limit can hold: every word the checker keeps costs
    // it far more than the two bytes it takes in the file.
    let words: String = (0..(text_cap - 500_000) / 1_000)
        .map(|n| format!("x{n} = {}\n", "a ".repeat(495)))
        .collect();
    let json_soup = format!("{{\"locale\":\"zz\",\"a\":[{}[]]}}", "[],".repeat(80_000));
    let cases: Vec<(&str, Files)> = vec![
        (
            "one-line messages at the unit limit",
            in_files("locales/en/x", ".ftl", tiny),
        ),
        (
            "placeables at the unit limit",
            in_files("locales/en/x", ".ftl", placeables),
        ),
        (
            "long messages at the text limit",
            in_files("locales/ur/x", ".ftl", long),
        ),
        (
            "one-letter words at the text limit",
            in_files("locales/en/x", ".ftl", words),
        ),
        (
            "a 240 KB JSON lexicon of brackets",
            vec![("lexicon/zz.json".into(), json_soup.into_bytes())],
        ),
    ];
    for (name, text) in cases {
        let size: usize = text.iter().map(|(_, b)| b.len()).sum();
        let mut extra = media(size);
        let media_mb = extra.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
        extra.extend(text);
        let f = write(dir.path(), "full.sspack", &signed_pack(&k, extra));
        let (loaded, peak) = peak_of(|| load_pack_file(&f, &trusted(&k), &Limits::default()));
        let outcome = match &loaded {
            Ok(_) => "loaded".to_string(),
            Err(e) => format!(
                "refused: {}",
                e.to_string().chars().take(100).collect::<String>()
            ),
        };
        println!(
            "signed pack, {media_mb:.0} MB of media + {name}: peak {} ({outcome})",
            mb(peak)
        );
        assert!(peak < LIMIT, "{name}: {}", mb(peak));
    }
}

/// A signed catalog over the size limit, or whose lengths claim far more than the file
/// holds, or full of the smallest elements that read as something, is refused before it
/// takes more memory than the limit.
#[test]
fn an_oversized_or_lying_catalog_is_refused_in_bounded_memory() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let built = built_files(&PackFiles::embedded()).unwrap();
    let catalog = built.get(CATALOG_FILE).unwrap().to_vec();
    let text_cap = safesteps_core::content::scan::MAX_TEXT_BYTES;
    let mut padded = catalog.clone();
    padded.resize(text_cap + 1024, 0);
    // The catalog's start: its magic, format and manifest (an empty catalog without its
    // last seven bytes: the empty module list and the six fields after it).
    let mut empty = BuiltCatalog::decode(&catalog).unwrap();
    empty.modules.clear();
    empty.videos = None;
    empty.weeks.clear();
    empty.contacts.clear();
    empty.pathways.clear();
    empty.screens = None;
    empty.characters = None;
    let empty = empty.encode().unwrap();
    assert_eq!(empty[empty.len() - 7..], [0; 7]);
    let head = &empty[..empty.len() - 7];
    let with_head = |rest: &[u8]| [head, rest].concat();
    // A varint of u64::MAX (ten bytes), where the list of modules says how long it is.
    let huge_length = [[0xff; 9].as_slice(), &[0x01]].concat();
    // A module list of 2^32 - 1 modules, then zeros up to near the size limit of the
    // pack's text and catalog (64 KiB left for the signature's list): each module of zero bytes reads as one with empty fields, 13
    // bytes for a few hundred in memory.
    let other_text: usize = built
        .iter()
        .filter(|(p, _)| p.ends_with(".json") || p.ends_with(".ftl"))
        .map(|(_, b)| b.len())
        .sum();
    let zeros = [
        [0xff, 0xff, 0xff, 0xff, 0x0f].as_slice(),
        &vec![0; text_cap - other_text - head.len() - 5 - (64 << 10)],
    ]
    .concat();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("a catalog over the size limit", padded, "too large"),
        (
            "4 MiB of a varint that never ends",
            with_head(&vec![0x80; 4 << 20]),
            "is damaged",
        ),
        (
            "a module list of 2^64 - 1 modules",
            with_head(&huge_length),
            "is damaged",
        ),
        (
            "8 MiB of modules of zero bytes",
            with_head(&zeros),
            "more memory than a catalog may",
        ),
    ];
    for (name, bytes, expect) in cases {
        let mut files = built.clone();
        files.insert(CATALOG_FILE, bytes);
        let pack = sign_built_files(&files, &parse_secret_key(&k.secret).unwrap()).unwrap();
        let f = write(dir.path(), "catalog.sspack", &pack);
        let peak = refused_peak(&f, &k, expect);
        println!("signed pack with {name}: peak {}", mb(peak));
    }
}

#[test]
fn a_manifest_listing_thousands_of_locales_loads_in_bounded_memory() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    // Every locale of a language without a lexicon of its own has the same safety rules:
    // listing 2,000 of them must not compile 2,000 rule sets; nor may a lexicon of its
    // own for each of 1,000 of them keep 1,000 rule sets at once.
    let mut locales = String::new();
    let mut files = PackFiles::embedded();
    for (i, tag) in (b'a'..=b'z')
        .flat_map(|a| (b'a'..=b'z').flat_map(move |b| (b'a'..=b'z').map(move |c| [a, b, c])))
        .take(2_000)
        .enumerate()
    {
        let tag = String::from_utf8(tag.to_vec()).unwrap();
        if i < 1_000 {
            files.insert(
                format!("lexicon/{tag}.toml"),
                format!(
                    "locale = \"{tag}\"\n[[entry]]\nid = \"{tag}.x\"\ncategory = \"term\"\nphrases = [\"qqq\"]\n"
                ),
            );
        }
        locales.push_str(&format!(
            "\n[[locales]]\ntag = \"{tag}\"\nstatus = \"draft\"\n"
        ));
    }
    let manifest = files
        .text("pack.toml")
        .unwrap()
        .replace("\nversion = \"0.1.0\"", "\nversion = \"9.0.0\"")
        + &locales;
    files.insert("pack.toml", manifest);
    let bytes = build_pack_file(&files, &parse_secret_key(&k.secret).unwrap()).unwrap();
    let f = write(dir.path(), "locales.sspack", &bytes);
    let (loaded, peak) = peak_of(|| load_pack_file(&f, &trusted(&k), &Limits::default()));
    let outcome = match &loaded {
        Ok(_) => "loaded".to_string(),
        Err(e) => format!(
            "refused: {}",
            e.to_string().chars().take(100).collect::<String>()
        ),
    };
    println!(
        "2,000 locales listed in the manifest, 1,000 with a lexicon: peak {} ({outcome})",
        mb(peak)
    );
    assert!(peak < LIMIT, "{}", mb(peak));
}

#[path = "../benches/common/mod.rs"]
mod common;

#[test]
fn the_benchmarks_ten_thousand_step_pack_loads_in_bounded_memory() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let mut files = common::generated_pack(100);
    let manifest = files
        .text("pack.toml")
        .unwrap()
        .replace("\nversion = \"0.1.0\"", "\nversion = \"9.0.0\"");
    files.insert("pack.toml", manifest);
    let bytes = build_pack_file(&files, &parse_secret_key(&k.secret).unwrap()).unwrap();
    let f = write(dir.path(), "big.sspack", &bytes);
    let (loaded, peak) = peak_of(|| load_pack_file(&f, &trusted(&k), &Limits::default()));
    let loaded = loaded.unwrap();
    let steps: usize = loaded
        .catalog
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .map(|l| l.steps.len())
        .sum();
    println!(
        "generated pack ({steps} steps, {} files, {} bytes): loaded at peak {}",
        loaded.catalog.files.len(),
        bytes.len(),
        mb(peak)
    );
    assert!(steps >= 10_000);
    assert!(peak < LIMIT, "{}", mb(peak));
}

#[test]
fn a_refused_bomb_through_install_pack_stays_bounded_and_changes_nothing() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let k = keys();
    let app = Engine::open(
        &dir.path().join("db.sqlite"),
        OpenOptions {
            trusted_publisher_keys: vec![k.public.clone()],
            ..Default::default()
        },
    )
    .unwrap();
    let bomb = write(dir.path(), "bomb.sspack", &gzip_bomb(&[], 1024));
    let (result, peak) = peak_of(|| app.install_pack(&bomb, false));
    assert!(result.is_err());
    println!("install_pack of the 1 GiB gzip bomb: peak {}", mb(peak));
    assert!(peak < LIMIT);
    assert!(!dir.path().join("db.sqlite-packs").exists());
}
