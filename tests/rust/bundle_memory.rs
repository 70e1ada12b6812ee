//! Memory is not spent before a bundle is trusted: a decompression bomb (a few hundred
//! kilobytes that inflate to hundreds of megabytes), validly signed, is refused with peak
//! heap far below 64 MB, whether its sender is unpaired (refused before inflating) or
//! paired (inflation stops at the cap). The heap is measured by a counting allocator.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

use ed25519_dalek::{Signer, SigningKey};
use safesteps_core::{Engine, ErrorKind, OpenOptions};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator and only counts sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Ordering::SeqCst);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let now = NOW.fetch_add(new_size - layout.size(), Ordering::SeqCst)
                    + (new_size - layout.size());
                PEAK.fetch_max(now, Ordering::SeqCst);
            } else {
                NOW.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Peak heap above what was in use when `f` started.
fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = NOW.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    let out = f();
    (out, PEAK.load(Ordering::SeqCst).saturating_sub(base))
}

fn open(path: &std::path::Path) -> Engine {
    Engine::open(
        path,
        OpenOptions {
            preferred_locales: vec!["en".into()],
            ..Default::default()
        },
    )
    .unwrap()
}

/// A progress bundle (format 2) whose payload is `inflated` bytes of JSON whitespace,
/// signed with the phone's own key: anyone can make one.
fn bomb(phone_db: &std::path::Path, device_id: &str, inflated: usize) -> Vec<u8> {
    let secret: String = rusqlite::Connection::open(phone_db)
        .unwrap()
        .query_row(
            "SELECT value FROM meta WHERE key = 'device_signing_key'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let key = SigningKey::from_bytes(&hex::decode(secret).unwrap().try_into().unwrap());
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..inflated >> 20 {
        z.write_all(&chunk).unwrap();
    }
    z.write_all(b"{}").unwrap();
    let compressed = z.finish().unwrap();
    let mut out = b"SSBNDL".to_vec();
    out.extend_from_slice(&2u16.to_be_bytes());
    out.push(1);
    out.push(device_id.len() as u8);
    out.extend_from_slice(device_id.as_bytes());
    out.extend_from_slice(&key.verifying_key().to_bytes());
    out.extend_from_slice(&(compressed.len() as u32).to_be_bytes());
    out.extend_from_slice(&compressed);
    let sig = key.sign(&out);
    out.extend_from_slice(&sig.to_bytes());
    out
}

#[test]
fn a_signed_decompression_bomb_is_refused_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let phone_db = dir.path().join("phone.sqlite");
    let phone = open(&phone_db);
    let offer = phone.pairing_offer().unwrap(); // makes the phone's key
    let bundle = bomb(&phone_db, &phone.device_id(), 128 << 20);
    println!("bomb: {} bytes inflating to 128 MiB", bundle.len());
    let teacher = open(&dir.path().join("teacher.sqlite"));
    // Unpaired sender: refused before a byte is inflated.
    let (result, peak) = peak_during(|| teacher.import_bundle(&bundle));
    let e = result.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BundleRefused);
    assert!(e.to_string().contains("not paired"), "{e}");
    println!(
        "unpaired sender: peak heap {:.1} MiB",
        peak as f64 / (1 << 20) as f64
    );
    assert!(peak < 64 << 20, "{peak}");
    // Paired sender: inflation stops at the cap.
    teacher.set_teacher_pin(None, "2468").unwrap();
    teacher
        .teacher_session("2468")
        .unwrap()
        .pair_learner_device(&offer.offer, &offer.code)
        .unwrap();
    let (result, peak) = peak_during(|| teacher.import_bundle(&bundle));
    let e = result.unwrap_err();
    assert!(e.to_string().contains("too large"), "{e}");
    println!(
        "paired sender: peak heap {:.1} MiB",
        peak as f64 / (1 << 20) as f64
    );
    assert!(peak < 64 << 20, "{peak}");
    // As pieces: the same bound.
    let pieces = phone.bundle_chunks(&bundle, 60_000).unwrap();
    let (result, peak) = peak_during(|| {
        let mut last = None;
        for p in &pieces {
            last = Some(teacher.receive_chunk(p));
        }
        last.unwrap()
    });
    assert!(result.is_err());
    println!(
        "paired sender, in {} pieces: peak heap {:.1} MiB",
        pieces.len(),
        peak as f64 / (1 << 20) as f64
    );
    assert!(peak < 64 << 20, "{peak}");
    assert!(teacher.learners().unwrap().is_empty());
}
