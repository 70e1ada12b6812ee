//! Teachers: sessions, classes and groups, assignments and what learners see, every report
//! figure against a hand-computed fixture, aggregate suppression, and device-to-device
//! bundles (round trip, double and reordered import, tampering, chunked resume).

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use safesteps_core::content::Catalog;
use safesteps_core::exchange::PIECE_HEADER_BYTES;
use safesteps_core::store::Store;
use safesteps_core::{
    AgeBand, AssignmentTarget, BundleKind, CheckPhase, DueState, Engine, ErrorKind, ModuleState,
    NewAssignment, OpenOptions, TeacherSession,
};

const T0: i64 = 1_800_000_000_000;
const MIN: i64 = 60_000;
const DAY: i64 = 24 * 60 * MIN;

struct Dev {
    app: Engine,
    clock: Arc<AtomicI64>,
}

impl Dev {
    fn at(&self, ms: i64) {
        self.clock.store(ms, Ordering::SeqCst);
    }
}

fn device_on(store: Store) -> Dev {
    let clock = Arc::new(AtomicI64::new(T0));
    let c = Arc::clone(&clock);
    let app = Engine::open_with(
        store,
        Catalog::embedded().unwrap(),
        OpenOptions {
            preferred_locales: vec!["en".into()],
            ..Default::default()
        },
        None,
        Arc::new(move || c.load(Ordering::SeqCst)),
    )
    .unwrap();
    Dev { app, clock }
}

fn device() -> Dev {
    device_on(Store::open_in_memory().unwrap())
}

fn teacher(dev: &Dev) -> TeacherSession {
    if !dev.app.has_teacher_pin().unwrap() {
        dev.app.set_teacher_pin(None, "4826").unwrap();
    }
    dev.app.teacher_session("4826").unwrap()
}

/// Pair a teacher's device and a learner's device, as two people would: each device
/// reads the other's offer and the code its screen shows.
fn pair(teacher_dev: &Dev, learner: &Dev) {
    let session = teacher(teacher_dev);
    let offer = learner.app.pairing_offer().unwrap();
    session
        .pair_learner_device(&offer.offer, &offer.code)
        .unwrap();
    let offer = teacher_dev.app.pairing_offer().unwrap();
    learner
        .app
        .pair_teacher_device(&offer.offer, &offer.code)
        .unwrap();
}

fn assign(
    dev: &Dev,
    t: &TeacherSession,
    modules: &[&str],
    target: AssignmentTarget,
    due: Option<i64>,
) -> String {
    let _ = dev;
    t.assign(&NewAssignment {
        module_ids: modules.iter().map(|s| s.to_string()).collect(),
        target,
        start_ms: None,
        due_ms: due,
    })
    .unwrap()
    .id
}

#[test]
fn teacher_calls_need_an_open_session() {
    let d = device();
    assert_eq!(
        d.app.teacher_session("4826").unwrap_err().kind(),
        ErrorKind::Locked,
        "no PIN yet"
    );
    let t = teacher(&d);
    assert_eq!(
        d.app.teacher_session("0000").unwrap_err().kind(),
        ErrorKind::Locked
    );
    t.create_class("Grade 5 B").unwrap();
    d.at(T0 + 14 * MIN);
    assert_eq!(t.classes().unwrap().len(), 1, "use extends the session");
    d.at(T0 + 30 * MIN);
    let e = t.classes().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Locked);
    assert!(e.to_string().contains("ended"), "{e}");
    let t2 = teacher(&d);
    t2.close();
    assert_eq!(t2.classes().unwrap_err().kind(), ErrorKind::Locked);
    assert_eq!(
        teacher(&d).create_class("  ").unwrap_err().kind(),
        ErrorKind::NameRefused
    );
}

#[test]
fn assignments_reach_class_group_and_learner_and_come_first() {
    let d = device();
    let t = teacher(&d);
    let a = d
        .app
        .create_learner("Ayesha", "star", Some(AgeBand::Ages6To9))
        .unwrap();
    let b = d
        .app
        .create_learner("Thabo", "sun", Some(AgeBand::Ages6To9))
        .unwrap();
    let c = d
        .app
        .create_learner("Mwila", "fish", Some(AgeBand::Ages6To9))
        .unwrap();
    let class = t.create_class("Grade 3").unwrap();
    for l in [&a, &b] {
        t.add_to_class(&class.id, &l.id).unwrap();
    }
    let other = t.create_class("Grade 4").unwrap();
    t.add_to_class(&other.id, &a.id).unwrap();
    assert_eq!(
        t.classes()
            .unwrap()
            .iter()
            .filter(|c| c.learner_ids.contains(&a.id))
            .count(),
        2,
        "in several classes"
    );
    let group = t.create_group(&class.id, "Blue table").unwrap();
    t.add_to_group(&group.id, &a.id).unwrap();
    assert_eq!(
        t.add_to_group(&group.id, &c.id).unwrap_err().kind(),
        ErrorKind::InvalidInput,
        "not in the class"
    );

    let first = |learner: &str| d.app.modules(Some(learner)).unwrap()[0].clone();
    assign(
        &d,
        &t,
        &["kind-online"],
        AssignmentTarget::Class(class.id.clone()),
        Some(T0 + 10 * DAY),
    );
    assign(
        &d,
        &t,
        &["uh-oh-feelings"],
        AssignmentTarget::Group(group.id.clone()),
        Some(T0 + DAY),
    );
    let to_c = assign(
        &d,
        &t,
        &["online-friends"],
        AssignmentTarget::Learner(c.id.clone()),
        None,
    );

    let ma = d.app.modules(Some(&a.id)).unwrap();
    assert_eq!(ma[0].id, "uh-oh-feelings", "earliest due first");
    assert_eq!(
        ma[0].assignment.as_ref().unwrap().due_state,
        DueState::DueSoon
    );
    assert_eq!(ma[1].id, "kind-online");
    assert_eq!(ma[1].assignment.as_ref().unwrap().due_state, DueState::Open);
    assert!(ma[2].assignment.is_none());
    assert_eq!(first(&b.id).id, "kind-online");
    assert!(
        d.app
            .modules(Some(&b.id))
            .unwrap()
            .iter()
            .find(|m| m.id == "uh-oh-feelings")
            .unwrap()
            .assignment
            .is_none()
    );
    let mc = first(&c.id);
    assert_eq!(mc.id, "online-friends");
    assert_eq!(
        mc.state,
        ModuleState::Available,
        "an assignment opens a module for another age band"
    );
    assert_eq!(
        mc.assignment.as_ref().unwrap().due_state,
        DueState::NoDueDate
    );

    // Overdue after the date; done when complete.
    d.at(T0 + 11 * DAY);
    assert_eq!(
        d.app.modules(Some(&b.id)).unwrap()[0]
            .assignment
            .as_ref()
            .unwrap()
            .due_state,
        DueState::Overdue
    );

    // Changed and withdrawn assignments.
    let t = teacher(&d);
    let later = T0 + 30 * DAY;
    t.update_assignment(
        &to_c,
        &NewAssignment {
            module_ids: vec!["getting-help".into()],
            target: AssignmentTarget::Learner(c.id.clone()),
            start_ms: None,
            due_ms: Some(later),
        },
    )
    .unwrap();
    assert_eq!(first(&c.id).id, "getting-help");
    t.withdraw_assignment(&to_c).unwrap();
    assert!(
        d.app
            .modules(Some(&c.id))
            .unwrap()
            .iter()
            .all(|m| m.assignment.is_none())
    );
    assert!(
        t.assignments()
            .unwrap()
            .iter()
            .any(|x| x.id == to_c && x.withdrawn && x.learner_count == 0)
    );
    // Not shown before its start date.
    t.assign(&NewAssignment {
        module_ids: vec!["private-info".into()],
        target: AssignmentTarget::Learner(c.id.clone()),
        start_ms: Some(T0 + 20 * DAY),
        due_ms: None,
    })
    .unwrap();
    assert!(
        d.app
            .modules(Some(&c.id))
            .unwrap()
            .iter()
            .all(|m| m.assignment.is_none())
    );
    d.at(T0 + 20 * DAY);
    let t = teacher(&d);
    assert_eq!(first(&c.id).id, "private-info");
    // Bad input
    let bad = |m: &str, target| NewAssignment {
        module_ids: vec![m.into()],
        target,
        start_ms: None,
        due_ms: None,
    };
    assert_eq!(
        t.assign(&bad("nope", AssignmentTarget::Class(class.id.clone())))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        t.assign(&bad("kind-online", AssignmentTarget::Group("x".into())))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

/// A class with a known history, and the report computed by hand.
#[test]
fn every_report_figure_matches_a_hand_computed_fixture() {
    let d = device();
    let t = teacher(&d);
    let ids: Vec<String> = ["Ayesha", "Thabo", "Mwila"]
        .iter()
        .map(|n| d.app.create_learner(n, "star", None).unwrap().id)
        .collect();
    let class = t.create_class("Grade 5 B").unwrap();
    for id in &ids {
        t.add_to_class(&class.id, id).unwrap();
    }
    assign(
        &d,
        &t,
        &["private-info"],
        AssignmentTarget::Class(class.id.clone()),
        None,
    );
    assign(
        &d,
        &t,
        &["kind-online"],
        AssignmentTarget::Learner(ids[1].clone()),
        None,
    );
    let steps: Vec<String> = d
        .app
        .lesson("private-info-1", None)
        .unwrap()
        .steps
        .iter()
        .map(|s| s.id.clone())
        .collect();
    // Knowledge check for Ayesha and Mwila: pre 1/3 and 2/3, post 3/3 and 3/3.
    let check = |who: &str, phase, right: [bool; 3]| {
        let answers: [(&str, Vec<&str>, Vec<&str>); 3] = [
            ("private-info-check-address", vec!["false"], vec!["true"]),
            (
                "private-info-check-private",
                vec!["school", "phone", "home"],
                vec!["colour"],
            ),
            ("private-info-check-asked", vec!["tell"], vec!["answer"]),
        ];
        for (i, (qid, good, bad)) in answers.iter().enumerate() {
            let sel: Vec<String> = if right[i] { good } else { bad }
                .iter()
                .map(|s| s.to_string())
                .collect();
            d.app
                .answer_check(who, "private-info", phase, qid, &sel)
                .unwrap();
        }
    };
    // The "before" checks come a day before the module starts (they close when it starts).
    d.at(T0);
    check(&ids[0], CheckPhase::Pre, [true, false, false]);
    check(&ids[2], CheckPhase::Pre, [true, true, false]);
    let q = "private-info-1-quiz";
    let mut now = T0 + DAY;
    let mut tick = |d: &Dev, gap: i64| {
        now += gap;
        d.at(now);
    };
    // Ayesha: sees 5 steps one minute apart, answers right first time. Mastered.
    for s in &steps {
        tick(&d, MIN);
        d.app.mark_step_seen(&ids[0], s).unwrap();
    }
    tick(&d, MIN);
    d.app
        .answer(&ids[0], q, &["stop-tell-adult".into()], Some(20_000))
        .unwrap();
    // Thabo: 2 steps, a 10-minute break, then tell-school (wrong), send-photo (wrong), right. Completed? No: 2 steps only.
    tick(&d, MIN);
    d.app.mark_step_seen(&ids[1], &steps[0]).unwrap();
    tick(&d, 2 * MIN);
    d.app.mark_step_seen(&ids[1], &steps[1]).unwrap();
    tick(&d, 10 * MIN);
    d.app
        .answer(&ids[1], q, &["tell-school".into()], None)
        .unwrap();
    tick(&d, MIN);
    d.app
        .answer(&ids[1], q, &["send-photo".into()], None)
        .unwrap();
    tick(&d, MIN);
    d.app
        .answer(&ids[1], q, &["stop-tell-adult".into()], None)
        .unwrap();
    // Mwila: all steps 30 s apart, wrong (tell-school) then right. Completed, not mastered.
    for s in &steps {
        tick(&d, 30_000);
        d.app.mark_step_seen(&ids[2], s).unwrap();
    }
    tick(&d, 30_000);
    d.app
        .answer(&ids[2], q, &["tell-school".into()], None)
        .unwrap();
    tick(&d, 30_000);
    d.app
        .answer(&ids[2], q, &["stop-tell-adult".into()], None)
        .unwrap();
    // The checks happen the next day, so they are a sitting of their own.
    tick(&d, DAY);
    check(&ids[0], CheckPhase::Post, [true, true, true]);
    check(&ids[2], CheckPhase::Post, [true, true, true]);

    let t = teacher(&d);
    let r = t.class_report(&class.id).unwrap();
    assert_eq!(r.class_name, "Grade 5 B");
    let row = |i: usize| r.learners.iter().find(|l| l.learner_id == ids[i]).unwrap();
    // Ayesha: 1 assigned, started, completed, mastered; score 1.0; 1 answer;
    // time = 5 gaps of 1 min between her 6 learning events, plus 2 gaps of 1 ms in each
    // of her two knowledge-check sittings (3 answers at one clock instant, 1 ms apart).
    let a = row(0);
    assert_eq!(
        (a.assigned, a.started, a.completed, a.mastered, a.attempts),
        (1, 1, 1, 1, 1)
    );
    assert_eq!(a.quiz_score, Some(1.0));
    assert_eq!(a.time_spent_ms, 5 * MIN + 4);
    // Thabo: 2 assigned (private-info + kind-online); private-info started; first try 0.0;
    // 3 answers; time = 2 min + (10 min break not counted) + 1 + 1 = 4 min.
    let b = row(1);
    assert_eq!(
        (b.assigned, b.started, b.completed, b.mastered, b.attempts),
        (2, 1, 0, 0, 3)
    );
    assert_eq!(b.quiz_score, Some(0.0));
    assert_eq!(b.time_spent_ms, 4 * MIN);
    // Mwila: completed, first try 0.0 so not mastered; 2 answers; 6 gaps of 30 s = 3 min,
    // plus 2 ms in each of her two knowledge-check sittings.
    let c = row(2);
    assert_eq!(
        (c.assigned, c.started, c.completed, c.mastered, c.attempts),
        (1, 1, 1, 0, 2)
    );
    assert_eq!(c.time_spent_ms, 3 * MIN + 4);

    let pi = r
        .modules
        .iter()
        .find(|m| m.module_id == "private-info")
        .unwrap();
    assert_eq!(
        (pi.assigned, pi.started, pi.completed, pi.mastered),
        (3, 3, 2, 1)
    );
    assert_eq!(pi.title, "My private information");
    assert!(
        (pi.quiz_score.unwrap() - 1.0 / 3.0).abs() < 1e-9,
        "first tries 1, 0, 0"
    );
    let g = pi.gain.as_ref().unwrap();
    assert_eq!(g.learners, 2);
    assert!((g.pre - 0.5).abs() < 1e-9, "(1/3 + 2/3) / 2");
    assert!((g.post - 1.0).abs() < 1e-9);
    let ko = r
        .modules
        .iter()
        .find(|m| m.module_id == "kind-online")
        .unwrap();
    assert_eq!((ko.assigned, ko.started, ko.completed), (1, 0, 0));

    // The question: 6 answers, 3 wrong (Thabo twice, Mwila once); tell-school chosen twice.
    let qr = r.questions.iter().find(|x| x.question_id == q).unwrap();
    assert_eq!((qr.attempts, qr.wrong), (6, 3));
    assert!((qr.wrong_rate - 0.5).abs() < 1e-9);
    assert_eq!(qr.top_wrong_option.as_deref(), Some("tell-school"));
    assert_eq!(qr.top_wrong_count, 2);
    assert_eq!(
        qr.top_wrong_text.as_deref(),
        Some("Write the name of the school.")
    );

    // CSV per learner: the same figures, with nicknames.
    let csv_text = t.export_learners_csv(&class.id).unwrap();
    let mut rd = csv::Reader::from_reader(csv_text.as_bytes());
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    let thabo = rows.iter().find(|r| &r[1] == "Thabo").unwrap();
    assert_eq!(
        (
            &thabo[2], &thabo[3], &thabo[4], &thabo[6], &thabo[7], &thabo[8]
        ),
        ("2", "1", "0", "0.00", "3", "4.0")
    );
}

#[test]
fn the_aggregate_export_has_no_nicknames_and_suppresses_small_groups() {
    let d = device();
    let t = teacher(&d);
    let small = t.create_class("Small class").unwrap();
    let big = t.create_class("Big class").unwrap();
    for i in 0..9 {
        let l = d
            .app
            .create_learner(&format!("Kid{i}"), "star", None)
            .unwrap();
        let class = if i < 4 { &small } else { &big };
        t.add_to_class(&class.id, &l.id).unwrap();
        if i % 2 == 0 {
            for s in d.app.lesson("private-info-1", None).unwrap().steps {
                d.app.mark_step_seen(&l.id, &s.id).unwrap();
            }
            d.app
                .answer(
                    &l.id,
                    "private-info-1-quiz",
                    &["stop-tell-adult".into()],
                    None,
                )
                .unwrap();
        }
    }
    for c in [&small, &big] {
        assign(
            &d,
            &t,
            &["private-info"],
            AssignmentTarget::Class(c.id.clone()),
            None,
        );
    }
    let csv_text = t.export_aggregate_csv(5).unwrap();
    assert!(!csv_text.contains("Kid"), "no nicknames: {csv_text}");
    let mut rd = csv::Reader::from_reader(csv_text.as_bytes());
    let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.unwrap()).collect();
    let small_row = rows.iter().find(|r| &r[0] == "Small class").unwrap();
    assert_eq!(&small_row[2], "<5");
    assert_eq!(&small_row[10], "true");
    assert!(
        (3..10).all(|i| small_row[i].is_empty()),
        "no figures for 4 learners"
    );
    let big_row = rows.iter().find(|r| &r[0] == "Big class").unwrap();
    // Big class: Kid4..Kid8, those with even numbers (4, 6, 8) completed and mastered.
    assert_eq!(
        (
            &big_row[2],
            &big_row[3],
            &big_row[4],
            &big_row[5],
            &big_row[10]
        ),
        ("5", "60%", "60%", "60%", "false")
    );
    // A higher threshold suppresses the big class too.
    let strict = t.export_aggregate_csv(6).unwrap();
    assert!(
        strict.lines().skip(1).all(|l| l.ends_with("true")),
        "{strict}"
    );
}

/// Teacher device T and a child's phone C exchange bundles.
fn teacher_and_child() -> (Dev, Dev, TeacherSession, String) {
    let t = device();
    let c = device();
    let token = teacher(&t);
    pair(&t, &c);
    let class = token.create_class("Grade 6").unwrap();
    assign(
        &t,
        &token,
        &["private-info"],
        AssignmentTarget::Class(class.id.clone()),
        Some(T0 + 7 * DAY),
    );
    (t, c, token, class.id)
}

#[test]
fn bundles_round_trip_and_import_is_idempotent_and_order_independent() {
    let (t, c, token, class_id) = teacher_and_child();
    // Assignments travel to the child's phone.
    let assignments = token.export_assignments_bundle().unwrap();
    let s = c.app.import_bundle(&assignments).unwrap();
    assert_eq!(
        (s.kind, s.assignments_changed, s.classes_changed),
        (BundleKind::Assignments, 1, 1)
    );
    let kid = c.app.create_learner("Chanda", "kite", None).unwrap();
    // On the phone, a teacher puts the child in the class so the assignment shows there;
    // memberships made on a learner's device stay there.
    c.app.set_teacher_pin(None, "1357").unwrap();
    let ct = c.app.teacher_session("1357").unwrap();
    ct.add_to_class(&class_id, &kid.id).unwrap();
    let m = &c.app.modules(Some(&kid.id)).unwrap()[0];
    assert_eq!(m.id, "private-info");
    assert!(m.assignment.is_some());
    // The child completes it, in two sittings (two bundles).
    let lesson = c.app.lesson("private-info-1", Some(&kid.id)).unwrap();
    for s in &lesson.steps[..2] {
        c.app.mark_step_seen(&kid.id, &s.id).unwrap();
    }
    let first = c.app.export_progress_bundle(&[]).unwrap();
    for s in &lesson.steps[2..] {
        c.app.mark_step_seen(&kid.id, &s.id).unwrap();
    }
    c.app
        .answer(
            &kid.id,
            "private-info-1-quiz",
            &["stop-tell-adult".into()],
            None,
        )
        .unwrap();
    let second = c.app.export_progress_bundle(&[]).unwrap();
    assert!(second.len() < 4096, "compact: {} bytes", second.len());

    // The teacher imports the newer bundle first, then the older one, then both again.
    let s2 = t.app.import_bundle(&second).unwrap();
    assert_eq!(
        (s2.learners_added, s2.events_added, s2.events_already_here),
        (1, 6, 0)
    );
    let s1 = t.app.import_bundle(&first).unwrap();
    assert_eq!(
        (s1.learners_added, s1.events_added, s1.events_already_here),
        (0, 0, 2)
    );
    let again = t.app.import_bundle(&second).unwrap();
    assert_eq!((again.events_added, again.events_already_here), (0, 6));
    token.add_to_class(&class_id, &kid.id).unwrap();
    let report = token.class_report(&class_id).unwrap();
    assert_eq!(report.learners.len(), 1);
    assert_eq!(report.learners[0].nickname, "Chanda");
    assert_eq!(
        (report.learners[0].completed, report.learners[0].mastered),
        (1, 1)
    );
    let p = t.app.lesson_progress(&kid.id, "private-info-1").unwrap();
    assert_eq!(
        p.resume_step_id.as_deref(),
        Some(lesson.steps.last().unwrap().id.as_str()),
        "the same state as on the phone"
    );

    // Another teacher device receiving the bundles in the other order ends up the same.
    let t2 = device();
    pair(&t2, &c);
    t2.app.import_bundle(&first).unwrap();
    t2.app.import_bundle(&second).unwrap();
    assert_eq!(
        t2.app.lesson_progress(&kid.id, "private-info-1").unwrap(),
        p
    );
}

#[test]
fn an_altered_or_truncated_bundle_is_refused_with_nothing_applied() {
    let (t, c, token, _) = teacher_and_child();
    let kid = c.app.create_learner("Ellie", "sun", None).unwrap();
    c.app
        .mark_step_seen(&kid.id, "private-info-1-meet-sami")
        .unwrap();
    let bundle = c.app.export_progress_bundle(&[]).unwrap();
    let mut altered = bundle.clone();
    let mid = 12 + (bundle.len() - 12 - 64) / 2;
    altered[mid] ^= 0x20;
    for bad in [
        altered,
        bundle[..bundle.len() - 10].to_vec(),
        b"SSBNDL garbage".to_vec(),
    ] {
        let e = t.app.import_bundle(&bad).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::BundleRefused);
        assert!(e.to_string().starts_with("the bundle was refused"), "{e}");
    }
    assert!(t.app.learners().unwrap().is_empty(), "nothing applied");
    // A bundle claiming a known device but signed with another key is refused: the
    // device's key is pinned on first contact
    let dir = tempfile::tempdir().unwrap();
    let phone_db = dir.path().join("phone.sqlite");
    let phone = device_on(Store::open(&phone_db).unwrap());
    pair(&t, &phone);
    let k = phone.app.create_learner("Kai", "kite", None).unwrap();
    let genuine = phone.app.export_progress_bundle(&[]).unwrap();
    t.app.import_bundle(&genuine).unwrap();
    drop(phone);
    rusqlite::Connection::open(&phone_db)
        .unwrap()
        .execute("DELETE FROM meta WHERE key = 'device_signing_key'", [])
        .unwrap();
    let phone = device_on(Store::open(&phone_db).unwrap());
    phone
        .app
        .mark_step_seen(&k.id, "private-info-1-meet-sami")
        .unwrap();
    let forged = phone.app.export_progress_bundle(&[]).unwrap();
    let e = t.app.import_bundle(&forged).unwrap_err();
    assert!(e.to_string().contains("signed with another key"), "{e}");
    assert_eq!(
        t.app
            .lesson_progress(&k.id, "private-info-1")
            .unwrap()
            .steps_seen,
        0,
        "nothing applied"
    );
    let _ = token;
}

#[test]
fn a_chunked_transfer_resumes_after_an_interruption() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("teacher.sqlite");
    let c = device();
    let kid = c.app.create_learner("Sami", "kite", None).unwrap();
    for s in c.app.lesson("private-info-1", None).unwrap().steps {
        c.app.mark_step_seen(&kid.id, &s.id).unwrap();
    }
    c.app
        .answer(
            &kid.id,
            "private-info-1-quiz",
            &["stop-tell-adult".into()],
            Some(9000),
        )
        .unwrap();
    let bundle = c.app.export_progress_bundle(&[]).unwrap();
    let pieces = c.app.bundle_chunks(&bundle, 200).unwrap();
    assert!(pieces.len() >= 3, "{} pieces", pieces.len());
    assert!(pieces.iter().all(|p| p.len() <= 200 + PIECE_HEADER_BYTES));

    // The teacher's device receives half the pieces (one twice), then the app is closed.
    {
        let t = device_on(Store::open(&db).unwrap());
        pair(&t, &c);
        let half = pieces.len() / 2;
        for p in &pieces[..half] {
            let progress = t.app.receive_chunk(p).unwrap();
            assert!(progress.imported.is_none());
        }
        let again = t.app.receive_chunk(&pieces[0]).unwrap();
        assert_eq!(
            again.received as usize, half,
            "a repeated piece is not counted twice"
        );
        assert_eq!(again.missing.len(), pieces.len() - half);
        assert!(
            t.app.learners().unwrap().is_empty(),
            "nothing applied before the bundle is whole"
        );
    }
    // Reopened: the rest arrives, in reverse order; the last piece imports it
    let t = device_on(Store::open(&db).unwrap());
    let half = pieces.len() / 2;
    let mut last = None;
    for p in pieces[half..].iter().rev() {
        last = Some(t.app.receive_chunk(p).unwrap());
    }
    let done = last.unwrap();
    assert!(done.missing.is_empty());
    let summary = done.imported.expect("imported when whole");
    assert_eq!(summary.learners_added, 1);
    assert!(
        t.app
            .lesson_progress(&kid.id, "private-info-1")
            .unwrap()
            .completed
    );

    // A damaged piece is refused, and a bundle whose pieces were altered is not applied.
    let mut bad = pieces[0].clone();
    bad.truncate(bad.len() - 1);
    assert_eq!(
        t.app.receive_chunk(&bad).unwrap_err().kind(),
        ErrorKind::BundleRefused
    );
    let other = device();
    let k2 = other.app.create_learner("Kai", "sun", None).unwrap();
    other
        .app
        .mark_step_seen(&k2.id, "private-info-1-meet-sami")
        .unwrap();
    let b2 = other.app.export_progress_bundle(&[]).unwrap();
    let mut p2 = other.app.bundle_chunks(&b2, 100).unwrap();
    let last_piece = p2.len() - 1;
    let n = p2[last_piece].len();
    p2[last_piece][n - 1] ^= 0xff;
    let mut result = Ok(());
    for p in &p2 {
        if let Err(e) = t.app.receive_chunk(p) {
            result = Err(e);
        }
    }
    assert!(result.is_err());
    assert!(t.app.learner(&k2.id).is_err(), "nothing applied");
}

#[test]
fn a_forgotten_pin_is_recovered_with_the_code_or_teacher_mode_is_erased() {
    let d = device();
    let code = d.app.set_teacher_pin(None, "4826").unwrap();
    assert_eq!(code.len(), 19, "{code}");
    let t = d.app.teacher_session("4826").unwrap();
    let class = t.create_class("Grade 2").unwrap();
    let local = d.app.create_learner("Local", "sun", None).unwrap();
    t.add_to_class(&class.id, &local.id).unwrap();
    d.app
        .mark_step_seen(&local.id, "private-info-1-meet-sami")
        .unwrap();
    // A learner whose progress came from a child's phone.
    let phone = device();
    pair(&d, &phone);
    let visitor = phone.app.create_learner("Visitor", "kite", None).unwrap();
    phone
        .app
        .mark_step_seen(&visitor.id, "private-info-1-meet-sami")
        .unwrap();
    d.app
        .import_bundle(&phone.app.export_progress_bundle(&[]).unwrap())
        .unwrap();

    // Wrong codes are refused and count as failures; the right one (any case, any dashes) works.
    assert_eq!(
        d.app
            .recover_teacher_pin("AAAA-BBBB-CCCC-DDDD", "1111")
            .unwrap_err()
            .kind(),
        ErrorKind::Locked
    );
    let new_code = d
        .app
        .recover_teacher_pin(&code.to_lowercase().replace('-', ""), "1111")
        .unwrap();
    assert_ne!(new_code, code);
    assert!(d.app.teacher_session("4826").is_err());
    assert!(d.app.teacher_session("1111").is_ok());
    assert!(
        d.app.recover_teacher_pin(&code, "2222").is_err(),
        "an old code no longer works"
    );

    // Both lost: erase teacher mode. Nobody gets the reports; local learners keep their progress.
    assert_eq!(d.app.erase_teacher_mode().unwrap(), 1);
    assert!(!d.app.has_teacher_pin().unwrap());
    assert!(
        d.app.learner(&visitor.id).is_err(),
        "imported learners are erased"
    );
    assert_eq!(
        d.app
            .lesson_progress(&local.id, "private-info-1")
            .unwrap()
            .steps_seen,
        1
    );
    d.app.set_teacher_pin(None, "3333").unwrap();
    let t = d.app.teacher_session("3333").unwrap();
    assert!(t.classes().unwrap().is_empty(), "classes are gone");
    assert!(t.assignments().unwrap().is_empty());
}
