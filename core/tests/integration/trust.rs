//! Trust between devices and data that is never lost, leaked or rewritten: each test
//! names a hole that was reproduced against the code before pairing, tombstones and the
//! clock-safe throttle, and fails there.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use safesteps_core::content::Catalog;
use safesteps_core::exchange::{MAX_TRANSFERS, PIECE_HEADER_BYTES};
use safesteps_core::store::Store;
use safesteps_core::{
    AssignmentTarget, CheckPhase, Engine, ErrorKind, NewAssignment, OpenOptions, PinCheck,
    SignInResult, TeacherSession,
};

const T0: i64 = 1_800_000_000_000;
const DAY: i64 = 24 * 60 * 60 * 1000;
const PIN: &str = "4826";

/// A device with a wall clock and a monotonic clock the test moves by hand.
struct Dev {
    app: Engine,
    wall: Arc<AtomicI64>,
    mono: Arc<AtomicI64>,
}

impl Dev {
    fn wall_to(&self, ms: i64) {
        self.wall.store(ms, Ordering::SeqCst);
    }
    /// Real time passes: both clocks move.
    fn pass(&self, ms: i64) {
        self.wall.fetch_add(ms, Ordering::SeqCst);
        self.mono.fetch_add(ms, Ordering::SeqCst);
    }
    fn session(&self) -> TeacherSession {
        if !self.app.has_teacher_pin().unwrap() {
            self.app.set_teacher_pin(None, PIN).unwrap();
        }
        self.app.teacher_session(PIN).unwrap()
    }
}

fn device_on(store: Store) -> Dev {
    let wall = Arc::new(AtomicI64::new(T0));
    let mono = Arc::new(AtomicI64::new(0));
    let w = Arc::clone(&wall);
    let app = Engine::open_with(
        store,
        Catalog::embedded().unwrap(),
        OpenOptions {
            preferred_locales: vec!["en".into()],
            ..Default::default()
        },
        None,
        Arc::new(move || w.load(Ordering::SeqCst)),
    )
    .unwrap();
    let m = Arc::clone(&mono);
    app.set_monotonic_clock(Arc::new(move || {
        Duration::from_millis(m.load(Ordering::SeqCst) as u64)
    }));
    Dev { app, wall, mono }
}

fn device() -> Dev {
    device_on(Store::open_in_memory().unwrap())
}

/// Pair a teacher's device and a learner's device, both ways.
fn pair(teacher: &Dev, learner: &Dev) {
    let o = learner.app.pairing_offer().unwrap();
    teacher
        .session()
        .pair_learner_device(&o.offer, &o.code)
        .unwrap();
    let o = teacher.app.pairing_offer().unwrap();
    learner.app.pair_teacher_device(&o.offer, &o.code).unwrap();
}

fn refused(e: safesteps_core::Error, why: &str) {
    assert_eq!(e.kind(), ErrorKind::BundleRefused, "{e}");
    assert!(e.to_string().contains(why), "{e}");
}

// ---- forged bundles ----------------------------------------------------------------

#[test]
fn a_bundle_from_an_unpaired_device_or_this_device_changes_nothing() {
    let teacher = device();
    let stranger = device();
    let kid = stranger.app.create_learner("Kite", "kite", None).unwrap();
    stranger
        .app
        .mark_step_seen(&kid.id, "private-info-1-meet-sami")
        .unwrap();
    let bundle = stranger.app.export_progress_bundle(&[]).unwrap();
    refused(
        teacher.app.import_bundle(&bundle).unwrap_err(),
        "not paired",
    );
    assert!(teacher.app.learners().unwrap().is_empty());
    // Its own bundle sent back to itself is refused too (its id is never a sender).
    let own = teacher.session().export_assignments_bundle().unwrap();
    refused(
        teacher.app.import_bundle(&own).unwrap_err(),
        "this very device",
    );
    // Pairing refuses a code that does not match (a swapped QR code gives another code).
    let o = stranger.app.pairing_offer().unwrap();
    let wrong = if o.code == "000000" {
        "000001"
    } else {
        "000000"
    };
    let e = teacher
        .session()
        .pair_learner_device(&o.offer, wrong)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BundleRefused);
    assert_eq!(e.reason(), Some("pairing"));
    assert!(teacher.app.paired_devices().unwrap().is_empty());
}

#[test]
fn a_learner_device_cannot_change_classes_or_a_classmates_record() {
    let teacher = device();
    let phone = device();
    let other_phone = device();
    pair(&teacher, &phone);
    pair(&teacher, &other_phone);
    let t = teacher.session();
    let class = t.create_class("Grade 6").unwrap();
    // A classmate from another phone, already on the teacher's device.
    let mate = other_phone.app.create_learner("Mate", "sun", None).unwrap();
    other_phone
        .app
        .mark_step_seen(&mate.id, "private-info-1-meet-sami")
        .unwrap();
    teacher
        .app
        .import_bundle(&other_phone.app.export_progress_bundle(&[]).unwrap())
        .unwrap();
    t.add_to_class(&class.id, &mate.id).unwrap();

    // The phone imports the teacher's assignments (classes travel to learners' devices)...
    t.assign(&NewAssignment {
        module_ids: vec!["private-info".into()],
        target: AssignmentTarget::Class(class.id.clone()),
        start_ms: None,
        due_ms: None,
    })
    .unwrap();
    phone
        .app
        .import_bundle(&t.export_assignments_bundle().unwrap())
        .unwrap();
    // ...and a teacher on the phone cannot send them back as if they were the teacher's:
    // an assignments bundle from a learner's device is refused.
    phone.app.set_teacher_pin(None, "1357").unwrap();
    let pt = phone.app.teacher_session("1357").unwrap();
    pt.rename_class(&class.id, "Renamed by a phone").unwrap();
    let forged = pt.export_assignments_bundle().unwrap();
    refused(
        teacher.app.import_bundle(&forged).unwrap_err(),
        "only the paired teacher's device",
    );
    assert_eq!(t.classes().unwrap()[0].name, "Grade 6");

    // A learner's device accepts nothing from another learner's device.
    let stolen = phone
        .app
        .import_bundle(&other_phone.app.export_progress_bundle(&[]).unwrap());
    refused(stolen.unwrap_err(), "not paired");
    let before = t.class_report(&class.id).unwrap().learners[0].attempts;
    let own = phone.app.create_learner("Own", "kite", None).unwrap();
    phone
        .app
        .mark_step_seen(&own.id, "private-info-1-meet-sami")
        .unwrap();
    teacher
        .app
        .import_bundle(&phone.app.export_progress_bundle(&[]).unwrap())
        .unwrap();
    assert_eq!(
        t.class_report(&class.id).unwrap().learners[0].attempts,
        before
    );
    assert_eq!(
        t.class_report(&class.id).unwrap().learners.len(),
        1,
        "membership does not come from a phone"
    );
    // The phone cannot export another device's learner either.
    let e = teacher
        .app
        .export_progress_bundle(std::slice::from_ref(&mate.id));
    assert_eq!(e.unwrap_err().kind(), ErrorKind::InvalidInput);
}

#[test]
fn a_reset_device_must_pair_again() {
    let dir = tempfile::tempdir().unwrap();
    let phone_db = dir.path().join("phone.sqlite");
    let teacher = device();
    let phone = device_on(Store::open(&phone_db).unwrap());
    pair(&teacher, &phone);
    let kid = phone.app.create_learner("Kai", "kite", None).unwrap();
    teacher
        .app
        .import_bundle(&phone.app.export_progress_bundle(&[]).unwrap())
        .unwrap();
    drop(phone);
    rusqlite::Connection::open(&phone_db)
        .unwrap()
        .execute("DELETE FROM meta WHERE key = 'device_signing_key'", [])
        .unwrap();
    let phone = device_on(Store::open(&phone_db).unwrap());
    phone
        .app
        .mark_step_seen(&kid.id, "private-info-1-meet-sami")
        .unwrap();
    let e = teacher
        .app
        .import_bundle(&phone.app.export_progress_bundle(&[]).unwrap())
        .unwrap_err();
    refused(e, "signed with another key");
    pair(&teacher, &phone);
    let s = teacher
        .app
        .import_bundle(&phone.app.export_progress_bundle(&[]).unwrap())
        .unwrap();
    assert_eq!(s.events_added, 1);
}

// ---- erasure that holds everywhere -------------------------------------------------------

#[test]
fn an_erased_learner_never_comes_back_and_the_erasure_travels() {
    let teacher = device();
    let phone = device();
    pair(&teacher, &phone);
    let t = teacher.session();
    let kid = phone.app.create_learner("Kite", "kite", None).unwrap();
    let stay = phone.app.create_learner("Stay", "sun", None).unwrap();
    phone
        .app
        .mark_step_seen(&kid.id, "private-info-1-meet-sami")
        .unwrap();
    let old = phone.app.export_progress_bundle(&[]).unwrap();
    let old_pieces = phone.app.bundle_chunks(&old, 200).unwrap();
    teacher.app.import_bundle(&old).unwrap();
    t.assign(&NewAssignment {
        module_ids: vec!["kind-online".into()],
        target: AssignmentTarget::Learner(kid.id.clone()),
        start_ms: None,
        due_ms: None,
    })
    .unwrap();
    // The child is erased on the phone; the erasure travels in the next bundle.
    phone.app.delete_learner(&kid.id).unwrap();
    let s = teacher
        .app
        .import_bundle(&phone.app.export_progress_bundle(&[]).unwrap())
        .unwrap();
    assert_eq!(s.learners_erased, 1);
    assert!(teacher.app.learner(&kid.id).is_err());
    assert!(
        t.assignments().unwrap().is_empty(),
        "an assignment to the erased learner alone goes too"
    );
    // Re-importing the old bundle, or the last piece of an old transfer, brings nothing back.
    let s = teacher.app.import_bundle(&old).unwrap();
    assert_eq!((s.learners_added, s.events_added), (0, 0));
    for p in &old_pieces {
        teacher.app.receive_chunk(p).unwrap();
    }
    assert!(teacher.app.learner(&kid.id).is_err());
    assert!(teacher.app.learner(&stay.id).is_ok());

    // An erasure on the teacher's device reaches the phone too.
    teacher.app.delete_learner(&stay.id).unwrap();
    let s = phone
        .app
        .import_bundle(&t.export_assignments_bundle().unwrap())
        .unwrap();
    assert_eq!(s.learners_erased, 1);
    assert!(phone.app.learners().unwrap().is_empty());
}

#[test]
fn an_erasure_while_another_connection_reads_is_reported_and_wiped_later() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite");
    let app = Engine::open(&db, OpenOptions::default()).unwrap();
    let nickname = "Zqxvjw";
    let kid = app.create_learner(nickname, "kite", None).unwrap();
    let other = app.create_learner("Other", "sun", None).unwrap();
    let reader = rusqlite::Connection::open(&db).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let n: i64 = reader
        .query_row("SELECT count(*) FROM learners", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2);
    // The erasure is done, but the log cannot be wiped while the reader holds it: an
    // error says so (the old code said Ok with the nickname still in the -wal).
    let e = app.delete_learner(&kid.id).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Storage, "{e}");
    assert!(app.learner(&kid.id).is_err(), "erased all the same");
    reader.execute_batch("COMMIT").unwrap();
    drop(reader);
    // The next write wipes it.
    app.mark_step_seen(&other.id, "private-info-1-meet-sami")
        .unwrap();
    let mut bytes = std::fs::read(&db).unwrap();
    bytes.extend(std::fs::read(dir.path().join("db.sqlite-wal")).unwrap_or_default());
    assert!(
        !bytes
            .windows(nickname.len())
            .any(|w| w == nickname.as_bytes()),
        "the nickname is gone from the file and its log"
    );
}

// ---- memory before verification, pieces ----------------------------------------------------

#[test]
fn pieces_are_checked_one_by_one_and_storage_for_them_is_bounded() {
    let teacher = device();
    let phone = device();
    pair(&teacher, &phone);
    let kid = phone.app.create_learner("Kite", "kite", None).unwrap();
    for s in phone.app.lesson("private-info-1", None).unwrap().steps {
        phone.app.mark_step_seen(&kid.id, &s.id).unwrap();
    }
    let bundle = phone.app.export_progress_bundle(&[]).unwrap();
    let pieces = phone.app.bundle_chunks(&bundle, 100).unwrap();
    // A damaged piece is refused alone; the transfer goes on and completes.
    let mut bad = pieces[1].clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    assert!(teacher.app.receive_chunk(&bad).is_err());
    let mut done = None;
    for p in &pieces {
        done = teacher.app.receive_chunk(p).unwrap().imported;
    }
    assert_eq!(done.unwrap().learners_added, 1);
    // Another piece format is refused with a clear message.
    let mut v9 = pieces[0].clone();
    v9[5] = 9;
    assert!(
        teacher
            .app
            .receive_chunk(&v9)
            .unwrap_err()
            .to_string()
            .contains("format 9")
    );
    // Too small a piece size is refused, not silently changed.
    assert!(phone.app.bundle_chunks(&bundle, 10).is_err());
    assert!(pieces.iter().all(|p| p.len() <= 100 + PIECE_HEADER_BYTES));
    // Many unfinished transfers: at most MAX_TRANSFERS are kept; a new one makes the
    // stalest give way, so abandoned transfers never block a new one.
    let (mut firsts, mut seconds) = (Vec::new(), Vec::new());
    for i in 0..=MAX_TRANSFERS {
        let mut fake = bundle.clone();
        fake.push(i as u8);
        let mut ps = phone.app.bundle_chunks(&fake, 100).unwrap();
        seconds.push(ps.remove(1));
        firsts.push(ps.remove(0));
    }
    for p in &firsts[..MAX_TRANSFERS as usize] {
        teacher.app.receive_chunk(p).unwrap();
        teacher.pass(1_000);
    }
    let newest = teacher
        .app
        .receive_chunk(&firsts[MAX_TRANSFERS as usize])
        .unwrap();
    assert_eq!(newest.received, 1);
    // The second transfer is still there: its next piece makes two ...
    teacher.pass(1_000);
    assert_eq!(teacher.app.receive_chunk(&seconds[1]).unwrap().received, 2);
    // ... but the first gave way: its next piece starts it again.
    teacher.pass(1_000);
    assert_eq!(teacher.app.receive_chunk(&seconds[0]).unwrap().received, 1);
    // A week without pieces: every transfer is dropped.
    teacher.pass(8 * DAY);
    assert_eq!(
        teacher.app.receive_chunk(&firsts[3]).unwrap().received,
        1,
        "stale transfers expired"
    );
}

// ---- attempt limits that do not trust the clock -------------------------------------------

#[test]
fn the_wait_after_wrong_pins_holds_when_the_clock_moves_either_way() {
    let d = device();
    d.app.set_teacher_pin(None, PIN).unwrap();
    for _ in 0..3 {
        assert!(matches!(
            d.app.check_teacher_pin("0000").unwrap(),
            PinCheck::Wrong { .. }
        ));
    }
    // Clock set forward a day: the wait is not over (the app kept running).
    d.wall_to(T0 + DAY);
    assert!(matches!(
        d.app.check_teacher_pin(PIN).unwrap(),
        PinCheck::Wait { .. }
    ));
    // Clock set back to the year 2000: the right PIN waits at most the throttle's
    // longest wait (an hour), never years.
    d.wall_to(946_684_800_000);
    match d.app.check_teacher_pin(PIN).unwrap() {
        PinCheck::Wait { seconds } => assert!(seconds <= 3600, "{seconds}"),
        other => panic!("{other:?}"),
    }
    d.pass(31_000);
    assert_eq!(d.app.check_teacher_pin(PIN).unwrap(), PinCheck::Ok);
}

#[test]
fn after_a_restart_with_the_clock_set_back_the_wait_is_still_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.sqlite");
    {
        let d = device_on(Store::open(&db).unwrap());
        d.app.set_teacher_pin(None, PIN).unwrap();
        // Ten wrong PINs, each after its wait: the wait has grown to the maximum.
        for _ in 0..10 {
            let _ = d.app.check_teacher_pin("0000").unwrap();
            d.pass(3_600_000);
        }
        let _ = d.app.check_teacher_pin("0000").unwrap();
    }
    // The phone loses power and restarts in the year 2000.
    let d = device_on(Store::open(&db).unwrap());
    d.wall_to(946_684_800_000);
    match d.app.check_teacher_pin(PIN).unwrap() {
        PinCheck::Wait { seconds } => assert!(seconds <= 3600, "{seconds}"),
        other => panic!("{other:?}"),
    }
    d.pass(3_600_000);
    assert_eq!(d.app.check_teacher_pin(PIN).unwrap(), PinCheck::Ok);
}

#[test]
fn parallel_wrong_pins_get_only_the_free_tries() {
    let d = Arc::new(device());
    d.app.set_teacher_pin(None, PIN).unwrap();
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let d = Arc::clone(&d);
            std::thread::spawn(move || d.app.check_teacher_pin("0000").unwrap())
        })
        .collect();
    let results: Vec<PinCheck> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let checked = results
        .iter()
        .filter(|r| matches!(r, PinCheck::Wrong { .. }))
        .count();
    assert_eq!(checked, 3, "{results:?}");
    // The recovery code counts against the same limit.
    let e = d.app.recover_teacher_pin("AAAA-BBBB-CCCC-DDDD", "1111");
    assert_eq!(e.unwrap_err().kind(), ErrorKind::Locked);
}

#[test]
fn a_childs_picture_password_wait_survives_a_clock_set_forward() {
    let d = device();
    let kid = d.app.create_learner("Kite", "kite", None).unwrap();
    let seq: Vec<String> = vec!["apple".into(), "ball".into(), "boat".into()];
    let wrong: Vec<String> = vec!["ball".into(), "apple".into(), "boat".into()];
    d.app.set_picture_password(&kid.id, Some(&seq)).unwrap();
    for _ in 0..5 {
        d.app.sign_in(&kid.id, Some(&wrong)).unwrap();
    }
    d.wall_to(T0 + 10 * DAY);
    assert!(matches!(
        d.app.sign_in(&kid.id, Some(&seq)).unwrap(),
        SignInResult::Wait { .. }
    ));
    d.pass(30_000);
    assert!(matches!(
        d.app.sign_in(&kid.id, Some(&seq)).unwrap(),
        SignInResult::SignedIn { .. }
    ));
}

// ---- the app developer's contract ---------------------------------------------------------------

#[test]
fn nicknames_with_contact_details_in_any_form_are_refused() {
    let d = device();
    for bad in [
        "07 12 34 56",
        "0712-345",
        "+27 82 1",
        "call ٠٣٠٠١٢",
        "kid＠mail",
        "０７１２３",
        "1\u{200B}2\u{200B}3\u{200B}4\u{200B}5",
    ] {
        let e = d.app.create_learner(bad, "kite", None).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::NameRefused, "{bad}");
    }
    for good in ["Kite 2015", "Ayesha", "Thabo 7", "نور"] {
        d.app.create_learner(good, "kite", None).unwrap();
    }
    let l = d.app.create_learner("Ｋｉｔｅ", "kite", None).unwrap();
    assert_eq!(l.nickname, "Kite", "stored as NFKC");
}

#[test]
fn csv_exports_never_carry_a_formula() {
    let d = device();
    let t = d.session();
    let class = t.create_class("=HYPERLINK(\"x\")").unwrap();
    let kid = d.app.create_learner("-Kite", "kite", None).unwrap();
    t.add_to_class(&class.id, &kid.id).unwrap();
    let csv = t.export_learners_csv(&class.id).unwrap();
    for cell in csv.lines().skip(1).flat_map(|l| l.split(',')) {
        let cell = cell.trim_matches('"');
        assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell} in\n{csv}");
    }
}

#[test]
fn a_closed_engine_refuses_every_later_call() {
    let d = device();
    let kid = d.app.create_learner("Kite", "kite", None).unwrap();
    let other = d.app.clone();
    d.app.close();
    for e in [
        other.learners().map(drop).unwrap_err(),
        other
            .lesson("private-info-1", Some(&kid.id))
            .map(drop)
            .unwrap_err(),
        other.set_country(Some("ZA".into())).unwrap_err(),
    ] {
        assert_eq!(e.kind(), ErrorKind::Closed, "{e}");
    }
}

#[test]
fn before_answers_are_frozen_once_the_module_starts() {
    let d = device();
    let kid = d.app.create_learner("Kite", "kite", None).unwrap();
    let q = "private-info-check-address";
    d.app
        .answer_check(
            &kid.id,
            "private-info",
            CheckPhase::Pre,
            q,
            &["false".into()],
        )
        .unwrap();
    d.app
        .mark_step_seen(&kid.id, "private-info-1-meet-sami")
        .unwrap();
    let e = d
        .app
        .answer_check(
            &kid.id,
            "private-info",
            CheckPhase::Pre,
            q,
            &["true".into()],
        )
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::AnswerShape);
    d.app
        .answer_check(
            &kid.id,
            "private-info",
            CheckPhase::Post,
            q,
            &["true".into()],
        )
        .unwrap();
}

#[test]
fn a_path_that_names_no_file_is_refused() {
    for bad in ["", "  ", ":memory:", "some/folder/"] {
        let e = Engine::open(std::path::Path::new(bad), OpenOptions::default()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{bad:?}");
    }
}

#[test]
fn a_missing_folder_or_an_overlong_name_is_the_apps_mistake_and_makes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    let long = "d".repeat(248) + ".sqlite";
    for path in [missing.join("safesteps.sqlite"), dir.path().join(&long)] {
        let e = Engine::open(&path, OpenOptions::default()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{}", e);
        assert!(e.to_string().len() < 300, "{e}");
        let e = Engine::open_recovering(&path, OpenOptions::default()).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{}", e);
    }
    assert!(!missing.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // The longest name allowed still opens, with room for its log's suffixes.
    let longest = "d".repeat(247 - ".sqlite".len()) + ".sqlite";
    Engine::open(&dir.path().join(longest), OpenOptions::default()).unwrap();
}

#[test]
fn refused_options_make_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("safesteps.sqlite");
    let bad = [
        OpenOptions {
            preferred_locales: vec!["\0".into()],
            ..OpenOptions::default()
        },
        OpenOptions {
            country: Some("ZZZ".into()),
            ..OpenOptions::default()
        },
        OpenOptions {
            sign_language: Some("xx-yy".into()),
            ..OpenOptions::default()
        },
        OpenOptions {
            trusted_publisher_keys: vec!["not a key".into()],
            ..OpenOptions::default()
        },
    ];
    for options in bad {
        let e = Engine::open(&path, options.clone()).unwrap_err();
        assert_ne!(e.kind(), ErrorKind::Storage, "{e}");
        let e = Engine::open_recovering(&path, options).unwrap_err();
        assert_ne!(e.kind(), ErrorKind::Storage, "{e}");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "a refused open left a file: {e}"
        );
    }
    // Good options on the same path make the database.
    Engine::open(&path, OpenOptions::default()).unwrap();
    assert!(path.exists());
}

#[test]
fn messages_quote_only_a_short_escaped_excerpt_of_bad_input() {
    let d = device();
    let huge = "x".repeat(1_000_000) + "\0\u{7}";
    for e in [
        d.app.lesson(&huge, None).map(drop).unwrap_err(),
        d.app.learner(&huge).map(drop).unwrap_err(),
        d.app
            .create_learner("Kite", &huge, None)
            .map(drop)
            .unwrap_err(),
        d.app
            .answer(
                &huge,
                "private-info-1-quiz",
                std::slice::from_ref(&huge),
                None,
            )
            .map(drop)
            .unwrap_err(),
    ] {
        let m = e.to_string();
        assert!(m.len() < 300, "{} bytes", m.len());
        assert!(!m.contains('\0'));
    }
}
