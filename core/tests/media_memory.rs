//! Peak heap while importing a large video and installing a media pack that holds it:
//! both stream (a counting global allocator measures every allocation). A 60 MB video
//! must never be held in memory. Run with `--nocapture` to see the figures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

use safesteps_core::content::ReviewDecision;
use safesteps_core::content::signing::{generate_key, parse_secret_key};
use safesteps_core::media::probe::VideoLimits;
use safesteps_core::media::test_media;
use safesteps_core::media::workshop::Workshop;
use safesteps_core::{Engine, OpenOptions};

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

fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = NOW.load(SeqCst);
    PEAK.store(base, SeqCst);
    let out = f();
    (out, PEAK.load(SeqCst).saturating_sub(base))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// Memory that does not grow with the video: far below the video's size.
const LIMIT: usize = 16 * 1000 * 1000;

#[test]
fn a_60_mb_video_is_imported_and_installed_with_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"),
        &pack,
    );
    let media = dir.path().join("media");
    let rec = dir.path().join("rec");
    std::fs::create_dir_all(&rec).unwrap();
    let slot = "private-info-1-meet-sami";
    {
        // Written in one go, then dropped before anything is measured.
        let clip = test_media::mp4_sized(1280, 720, 60, 1_000_000);
        assert!(clip.len() > 60_000_000);
        std::fs::write(rec.join(format!("{slot}.mp4")), &clip).unwrap();
    }
    let mut ws = Workshop::open(&pack, &media).unwrap();
    let (report, import_peak) = peak_of(|| {
        ws.import(&rec, "zsl", Some("A"), &VideoLimits::default(), 0)
            .unwrap()
    });
    let bytes = report.videos[0].1.bytes;
    ws.review("zsl", slot, "B", ReviewDecision::Approved, None, 0)
        .unwrap();
    let (secret, public) = generate_key().unwrap();
    let out = dir.path().join("zsl.sspack");
    let (_, build_peak) = peak_of(|| {
        safesteps_core::media::pack::build(&ws, "zsl", &parse_secret_key(&secret).unwrap(), &out)
            .unwrap()
    });
    let phone = dir.path().join("phone");
    std::fs::create_dir_all(&phone).unwrap();
    let app = Engine::open(
        &phone.join("db.sqlite"),
        OpenOptions {
            sign_language: Some("zsl".into()),
            trusted_publisher_keys: vec![public],
            ..Default::default()
        },
    )
    .unwrap();
    let (info, install_peak) = peak_of(|| app.install_media_pack(&out).unwrap());
    assert_eq!(info.videos, 1);
    println!(
        "video {bytes} bytes: peak heap import {import_peak} B, build {build_peak} B, install {install_peak} B"
    );
    for (what, peak) in [
        ("import", import_peak),
        ("build", build_peak),
        ("install", install_peak),
    ] {
        assert!(peak < LIMIT, "{what} held {peak} bytes at once");
    }
}
