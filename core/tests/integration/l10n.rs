//! Localisation through the engine: negotiation, per-message fallback, plurals and
//! variables, direction, draft status, and sign language as a separate preference.

use safesteps_core::{Engine, OpenOptions, ReviewStatus, TextDirection, VideoStatus};

use crate::support::is_arabic_script;

fn open(locales: &[&str], sign: Option<&str>) -> (tempfile::TempDir, Engine) {
    let dir = tempfile::tempdir().unwrap();
    let app = Engine::open(
        &dir.path().join("db.sqlite"),
        OpenOptions {
            preferred_locales: locales.iter().map(|s| s.to_string()).collect(),
            sign_language: sign.map(String::from),
            ..Default::default()
        },
    )
    .unwrap();
    (dir, app)
}

#[test]
fn urdu_text_right_to_left_with_english_fallback_per_message() {
    let (_d, app) = open(&["ur-PK", "en"], None);
    let info = app.pack_info();
    assert_eq!(info.active_locale, "ur");
    assert_eq!(info.active_direction, TextDirection::Rtl);

    let lesson = app.lesson("private-info-1", None).unwrap();
    assert_eq!(lesson.direction, TextDirection::Rtl);
    assert!(is_arabic_script(&lesson.title), "{}", lesson.title);
    assert!(
        lesson
            .steps
            .iter()
            .all(|s| s.locale == "ur" && s.direction == TextDirection::Rtl)
    );

    // The teacher module is English-only: its texts fall back to English, message by message.
    let modules = app.modules(None).unwrap();
    let teachers = modules.iter().find(|m| m.id == "teachers").unwrap();
    assert!(!is_arabic_script(&teachers.title), "{}", teachers.title);
    assert!(!teachers.title.is_empty() && !teachers.title.contains("teachers-title"));
    let t = app.lesson(&teachers.lesson_ids[0], None).unwrap();
    assert_eq!(t.locale, "en");
    assert_eq!(t.direction, TextDirection::Ltr);
    let private = modules.iter().find(|m| m.id == "private-info").unwrap();
    assert!(is_arabic_script(&private.title));
}

#[test]
fn negotiation_filters_to_the_pack_and_ends_with_the_default() {
    let (_d, app) = open(&["fr-FR", "zu-ZA"], None);
    assert_eq!(app.pack_info().active_locale, "zu");
    let (_d, app) = open(&["de"], None);
    assert_eq!(
        app.pack_info().active_locale,
        "en",
        "an unknown locale falls back to the default"
    );
    let (_d, app) = open(&[], None);
    assert_eq!(app.pack_info().active_locale, "en");
    app.set_preferred_locales(&["ur".into()]).unwrap();
    assert_eq!(app.pack_info().active_locale, "ur");
    assert!(app.set_preferred_locales(&["not a tag!".into()]).is_err());
    assert_eq!(
        app.pack_info().active_locale,
        "ur",
        "a refused change keeps the current locales"
    );
}

#[test]
fn plurals_and_the_nickname_are_formatted() {
    let (_d, app) = open(&["en"], None);
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    assert_eq!(
        app.welcome(&kid.id).unwrap(),
        "Hello, Kite! Pick a lesson to start."
    );
    let lesson = app.lesson("private-info-1", None).unwrap();
    for s in &lesson.steps {
        app.mark_step_seen(&kid.id, &s.id).unwrap();
    }
    app.answer(
        &kid.id,
        "private-info-1-quiz",
        &["stop-tell-adult".into()],
        None,
    )
    .unwrap();
    assert_eq!(
        app.welcome(&kid.id).unwrap(),
        "Welcome back, Kite! You have finished 1 lesson."
    );
    app.set_preferred_locales(&["ur".into()]).unwrap();
    let ur = app.welcome(&kid.id).unwrap();
    assert!(is_arabic_script(&ur), "{ur}");
    assert!(ur.contains("Kite"), "the nickname is inserted: {ur}");
    assert!(ur.contains('1'), "{ur}");
    // Right-to-left text isolates the nickname so it cannot reorder the sentence.
    assert!(ur.contains("\u{2068}Kite\u{2069}"), "{ur:?}");
}

#[test]
fn drafts_are_marked_and_exposed() {
    let (_d, app) = open(&["en"], None);
    let info = app.pack_info();
    let status = |tag: &str| info.locales.iter().find(|l| l.tag == tag).unwrap().status;
    assert_eq!(status("en"), ReviewStatus::Reviewed);
    assert_eq!(status("ur"), ReviewStatus::Draft);
    assert_eq!(status("zu"), ReviewStatus::Draft);
    let ur = info.locales.iter().find(|l| l.tag == "ur").unwrap();
    assert_eq!(ur.direction, TextDirection::Rtl);
}

#[test]
fn sign_language_is_separate_from_the_text_locale() {
    // A deaf child in Pakistan reads Urdu and signs Pakistan Sign Language.
    let (_d, app) = open(&["ur"], Some("PKS"));
    assert_eq!(app.sign_language().as_deref(), Some("pks"));
    let step = &app.lesson("private-info-1", None).unwrap().steps[0];
    assert_eq!(step.locale, "ur");
    let langs: Vec<&str> = step
        .videos
        .iter()
        .map(|v| v.sign_language.as_str())
        .collect();
    assert_eq!(langs[0], "pks", "the learner's sign language comes first");
    assert_eq!(langs.len(), 5, "the others stay available to switch to");
    assert!(
        step.videos
            .iter()
            .all(|v| v.status == VideoStatus::NeedsRecording && v.path.is_none())
    );

    app.set_sign_language(Some("zsl".into())).unwrap();
    let step = &app.lesson("private-info-1", None).unwrap().steps[0];
    assert_eq!(step.videos[0].sign_language, "zsl");
    assert_eq!(
        step.locale, "ur",
        "changing the sign language leaves the text alone"
    );
    assert!(app.set_sign_language(Some("sign".into())).is_err());
}

/// An engine over a pack that was never checked (built-in content from a broken build).
fn open_unchecked(files: safesteps_core::content::PackFiles, locales: &[&str]) -> Engine {
    Engine::open_with(
        safesteps_core::store::Store::open_in_memory().unwrap(),
        safesteps_core::content::Catalog::unchecked(files).unwrap(),
        OpenOptions {
            preferred_locales: locales.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        },
        None,
        std::sync::Arc::new(|| 0),
    )
    .unwrap()
}

#[test]
fn a_broken_locale_falls_back_to_the_default_and_says_why() {
    let mut files = safesteps_core::content::PackFiles::embedded();
    let ur = files.text("locales/ur/common.ftl").unwrap().to_string();
    files.insert(
        "locales/ur/common.ftl",
        format!("{ur}\nquiz-correct = دوسرا\nhome-welcome = x\n"),
    );
    let app = open_unchecked(files, &["ur", "zu"]);
    let info = app.pack_info();
    assert_eq!(
        info.active_locale, "zu",
        "the next preferred locale is used"
    );
    assert_eq!(info.locale_problems.len(), 1, "{:?}", info.locale_problems);
    let p = &info.locale_problems[0];
    assert_eq!(p.locale, "ur");
    assert!(
        p.problem.contains("quiz-correct") && p.problem.contains("home-welcome"),
        "{}",
        p.problem
    );
    assert!(p.problem.contains("shown in en instead"), "{}", p.problem);

    // Switching to the broken locale alone works too and shows the default locale.
    app.set_preferred_locales(&["ur".into()]).unwrap();
    let info = app.pack_info();
    assert_eq!(info.active_locale, "en");
    assert_eq!(info.locale_problems[0].locale, "ur");
    let lesson = app.lesson("private-info-1", None).unwrap();
    assert_eq!(lesson.locale, "en");
    assert!(!is_arabic_script(&lesson.title));

    // A locale that is fine reports nothing.
    app.set_preferred_locales(&["zu".into()]).unwrap();
    assert!(app.pack_info().locale_problems.is_empty());
}

#[test]
fn the_default_pack_has_no_locale_problems_in_any_locale() {
    let files = safesteps_core::content::PackFiles::embedded();
    let parsed = safesteps_core::content::parse(&files).unwrap();
    let needed = safesteps_core::content::needed_messages(&parsed);
    assert!(needed.len() > 100, "{}", needed.len());
    let problems = safesteps_core::l10n::check_all_locales(&parsed.resources, &needed);
    assert!(problems.is_empty(), "{problems:?}");
    for locale in ["en", "ur", "zu"] {
        let (_d, app) = open(&[locale], None);
        assert!(app.pack_info().locale_problems.is_empty());
    }
}

#[test]
fn a_needed_message_missing_everywhere_is_a_locale_problem() {
    let files = safesteps_core::content::PackFiles::embedded();
    let parsed = safesteps_core::content::parse(&files).unwrap();
    let mut needed = safesteps_core::content::needed_messages(&parsed);
    needed.push(("no-such-text".into(), None));
    let problems = safesteps_core::l10n::check_all_locales(&parsed.resources, &needed);
    let locales: Vec<&str> = problems.iter().map(|p| p.locale.as_str()).collect();
    assert_eq!(locales, ["en", "ur", "zu"]);
    assert!(problems.iter().all(|p| p.problem.contains("no-such-text")));
}

#[test]
fn the_checker_refuses_a_locale_that_install_would_refuse() {
    use safesteps_core::content::{PackFiles, Severity, check};
    let with = |path: &str, edit: &dyn Fn(&str) -> String| {
        let mut files = PackFiles::embedded();
        let text = edit(files.text(path).unwrap_or(""));
        files.insert(path, text);
        check(&files).unwrap()
    };
    // A translation that refers to a message no file defines.
    let d = with("locales/zu/common.ftl", &|t| {
        t.replacen("quiz-correct = ", "quiz-correct = { no-such-message } ", 1)
    });
    let e = d
        .iter()
        .find(|d| d.severity == Severity::Error)
        .expect("an error");
    assert_eq!((e.code, e.file.as_str()), ("L001", "pack.toml"), "{d:?}");
    assert!(
        e.message.contains("'zu'") && e.message.contains("no-such-message"),
        "{}",
        e.message
    );
    let files = PackFiles::embedded();
    let span = safesteps_core::content::locate(&files, e).expect("the locale's entry");
    assert!(files.text("pack.toml").unwrap()[span].contains("zu"));

    // A message defined twice in a translation: an error, at the manifest or the file.
    let d = with("locales/ur/common.ftl", &|t| {
        format!("{t}\nquiz-correct = x\n")
    });
    assert!(
        d.iter().any(|d| d.severity == Severity::Error
            && d.message.contains("quiz-correct")
            && (d.file == "pack.toml" || d.file.starts_with("locales/ur/"))),
        "{d:?}"
    );

    // The default pack stays clean.
    assert!(
        !check(&PackFiles::embedded())
            .unwrap()
            .iter()
            .any(|d| d.severity == Severity::Error)
    );
}

/// Text direction without CLDR's likely-subtags tables (left out of the library for size):
/// a tag without a script takes its language's usual script, per region where it differs.
#[test]
fn direction_follows_the_usual_script_of_a_language_and_region() {
    use safesteps_core::l10n::{direction_of, parse_locale};
    let cases = [
        ("ur", TextDirection::Rtl),
        ("ar", TextDirection::Rtl),
        ("he", TextDirection::Rtl),
        ("fa-AF", TextDirection::Rtl),
        ("en", TextDirection::Ltr),
        ("zu", TextDirection::Ltr),
        // Languages unic-langid lists as possibly right to left, usually written in Latin
        // (or Gurmukhi) script...
        ("ha", TextDirection::Ltr),
        ("ha-NG", TextDirection::Ltr),
        ("pa", TextDirection::Ltr),
        ("ms", TextDirection::Ltr),
        ("az", TextDirection::Ltr),
        ("uz", TextDirection::Ltr),
        ("ff", TextDirection::Ltr),
        ("bm", TextDirection::Ltr),
        // ...but in Arabic script in these regions,
        ("ha-CM", TextDirection::Rtl),
        ("pa-PK", TextDirection::Rtl),
        ("az-IR", TextDirection::Rtl),
        ("uz-AF", TextDirection::Rtl),
        // and Sindhi in India in Devanagari.
        ("sd", TextDirection::Rtl),
        ("sd-IN", TextDirection::Ltr),
        // An explicit script always decides.
        ("pa-Arab", TextDirection::Rtl),
        ("ha-Arab-NG", TextDirection::Rtl),
        ("az-Latn-IR", TextDirection::Ltr),
        ("ur-Latn", TextDirection::Ltr),
    ];
    for (tag, want) in cases {
        assert_eq!(direction_of(&parse_locale(tag).unwrap()), want, "{tag}");
    }
}
