//! The apps' words from one source: every UI text in en, ur and zu, drafts marked, Urdu
//! right to left, variables and plurals, the core's texts standing in for what an
//! installed pack lacks, and every error kind with a stable code and a message.

use std::collections::HashMap;
use std::sync::Arc;

use safesteps_core::content::{Catalog, PackFiles};
use safesteps_core::store::Store;
use safesteps_core::{Engine, ErrorKind, OpenOptions, ReviewStatus, TextDirection, UiArg};

use crate::support::is_arabic_script;

fn open(locales: &[&str]) -> Engine {
    open_with(Catalog::embedded().unwrap(), locales)
}

fn open_with(catalog: Catalog, locales: &[&str]) -> Engine {
    Engine::open_with(
        Store::open_in_memory().unwrap(),
        catalog,
        OpenOptions {
            preferred_locales: locales.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        },
        None,
        Arc::new(|| 1_800_000_000_000),
    )
    .unwrap()
}

/// Message ids of a locale's ui.ftl in the default pack.
fn ids(locale: &str) -> Vec<String> {
    let files = PackFiles::embedded();
    let text = files.text(&format!("locales/{locale}/ui.ftl")).unwrap();
    let mut ids: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with("ui-"))
        .map(|l| l.split(" =").next().unwrap().trim().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn every_ui_text_exists_in_english_urdu_and_isizulu() {
    let en = ids("en");
    assert!(en.len() > 200, "{} UI texts", en.len());
    assert_eq!(ids("ur"), en);
    assert_eq!(ids("zu"), en);
}

#[test]
fn switching_locale_changes_every_string_and_urdu_is_right_to_left() {
    let app = open(&["en"]);
    let en = app.ui_text(&[]).unwrap();
    assert_eq!(en.locale, "en");
    assert_eq!(en.direction, TextDirection::Ltr);
    assert_eq!(en.status, ReviewStatus::Reviewed);
    assert_eq!(en.strings["back"], "Back");
    assert!(en.with_arguments.contains(&"step-n-of-m".to_string()));
    assert!(!en.strings.contains_key("step-n-of-m"));

    let ur = app.ui_text(&["ur-PK".into()]).unwrap();
    assert_eq!(ur.locale, "ur");
    assert_eq!(ur.direction, TextDirection::Rtl);
    assert_eq!(ur.status, ReviewStatus::Draft);
    let zu = app.ui_text(&["zu".into()]).unwrap();
    assert_eq!(zu.direction, TextDirection::Ltr);
    assert_eq!(zu.status, ReviewStatus::Draft);
    assert_eq!(ur.strings.len(), en.strings.len());
    assert_eq!(zu.strings.len(), en.strings.len());
    for (key, english) in &en.strings {
        // Names that stay as they are in every language.
        if matches!(key.as_str(), "app-name" | "ok") {
            continue;
        }
        assert!(
            is_arabic_script(&ur.strings[key]),
            "ur {key}: {}",
            ur.strings[key]
        );
        if key != "pin" {
            assert_ne!(&zu.strings[key], english, "zu {key} is still English");
        }
    }
    // The app's own locale list, when none is given.
    let app_ur = open(&["ur"]);
    assert_eq!(app_ur.ui_text(&[]).unwrap().direction, TextDirection::Rtl);
}

#[test]
fn texts_with_variables_format_with_plurals() {
    let app = open(&["en"]);
    let args = |pairs: &[(&str, i64)]| -> HashMap<String, UiArg> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), UiArg::Number { value: *v }))
            .collect()
    };
    assert_eq!(
        app.ui_format("step-n-of-m", &args(&[("number", 2), ("total", 5)]), &[])
            .unwrap(),
        "Step 2 of 5"
    );
    assert_eq!(
        app.ui_format("tries-left", &args(&[("count", 1)]), &[])
            .unwrap(),
        "1 try left"
    );
    assert_eq!(
        app.ui_format("tries-left", &args(&[("count", 3)]), &[])
            .unwrap(),
        "3 tries left"
    );
    // Every whole number the app can pass shows as it was given, the largest too (Fluent
    // keeps numbers as f64, which rounds past 2^53).
    for n in [
        (1 << 53) - 1,
        1 << 53,
        (1 << 53) + 1,
        i64::MAX,
        i64::MIN,
        -(1 << 53) - 1,
    ] {
        let text = app
            .ui_format("step-n-of-m", &args(&[("number", n), ("total", 5)]), &[])
            .unwrap();
        assert_eq!(text, format!("Step {n} of 5"));
        let text = app
            .ui_format("tries-left", &args(&[("count", n)]), &[])
            .unwrap();
        assert_eq!(text, format!("{n} tries left"));
    }
    let ur = app
        .ui_format("tries-left", &args(&[("count", 3)]), &["ur".into()])
        .unwrap();
    assert!(is_arabic_script(&ur) && ur.contains('3'), "{ur}");
    let nick = HashMap::from([(
        "nickname".to_string(),
        UiArg::Text {
            value: "Kite".into(),
        },
    )]);
    assert_eq!(
        app.ui_format("tap-your-pictures", &nick, &[]).unwrap(),
        "Kite, tap your pictures in order."
    );
    // An unknown key, and a text without the variables it needs.
    let e = app.ui_format("no-such-text", &nick, &[]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    let e = app.ui_format("step-n-of-m", &nick, &[]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    // A bad locale tag is its own kind.
    let e = app.ui_text(&["not a tag!".into()]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownLocale);
}

#[test]
fn an_installed_pack_without_ui_texts_gets_the_cores() {
    let mut files = PackFiles::embedded();
    for l in ["en", "ur", "zu"] {
        files.remove(&format!("locales/{l}/ui.ftl"));
    }
    // The pack changes one text in English: the pack's word wins over the core's.
    files.insert("locales/en/ui.ftl", "ui-back = Go back\n");
    let app = open_with(Catalog::unchecked(files).unwrap(), &["en"]);
    let en = app.ui_text(&[]).unwrap();
    assert_eq!(en.strings["back"], "Go back");
    assert_eq!(en.strings["next"], "Next");
    let ur = app.ui_text(&["ur".into()]).unwrap();
    assert_eq!(ur.locale, "ur");
    assert!(is_arabic_script(&ur.strings["back"]));
    assert!(is_arabic_script(&ur.strings["next"]));
}

#[test]
fn every_error_kind_has_a_code_and_a_message_in_each_locale() {
    let mut codes: Vec<&str> = ErrorKind::ALL.iter().map(|k| k.code()).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), ErrorKind::ALL.len(), "codes are distinct");
    for locale in ["en", "ur", "zu"] {
        let app = open(&[locale]);
        let ui = app.ui_text(&[]).unwrap();
        for kind in ErrorKind::ALL {
            let key = format!("error-{}", kind.code());
            let text = ui
                .strings
                .get(&key)
                .unwrap_or_else(|| panic!("{locale}: {key}"));
            assert!(!text.is_empty());
            if locale == "ur" {
                assert!(is_arabic_script(text), "{key}: {text}");
            }
        }
    }
}

#[test]
fn input_errors_are_split_into_the_kinds_an_app_reacts_to() {
    let app = open(&["en"]);
    // Names.
    let e = app.create_learner("  ", "cat", None).unwrap_err();
    assert_eq!(
        (e.kind(), e.reason()),
        (ErrorKind::NameRefused, Some("empty"))
    );
    assert_eq!(app.error_text(&e), "Please type a name.");
    let e = app
        .create_learner("call 0300 1234567", "cat", None)
        .unwrap_err();
    assert_eq!(
        (e.kind(), e.reason()),
        (ErrorKind::NameRefused, Some("contact"))
    );
    let e = app
        .create_learner(&"x".repeat(200), "cat", None)
        .unwrap_err();
    assert_eq!(
        (e.kind(), e.reason()),
        (ErrorKind::NameRefused, Some("too-long"))
    );
    let e = app.create_learner("a\u{200B}b", "cat", None).unwrap_err();
    assert_eq!(
        (e.kind(), e.reason()),
        (ErrorKind::NameRefused, Some("hidden"))
    );
    // PIN format (a wrong PIN is Locked, not this).
    let e = app.set_teacher_pin(None, "12a").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::PinFormat);
    app.set_teacher_pin(None, "1234").unwrap();
    let e = app.set_teacher_pin(None, "5678").unwrap_err();
    assert_eq!(
        (e.kind(), e.reason()),
        (ErrorKind::PinFormat, Some("current-needed"))
    );
    // A wrong PIN is Locked, and its words say so (with the wait when there is one).
    let e = app.teacher_session("0000").unwrap_err();
    assert_eq!(
        (e.kind(), e.reason()),
        (ErrorKind::Locked, Some("wrong-pin"))
    );
    assert!(
        app.error_text(&e)
            .starts_with("That PIN was not right. Try again"),
        "{}",
        app.error_text(&e)
    );
    let e = app.recover_teacher_pin("short", "5678").unwrap_err();
    assert_eq!(
        (e.kind(), e.reason()),
        (ErrorKind::PinFormat, Some("recovery-code"))
    );
    let learner = app.create_learner("Kite", "kite", None).unwrap();
    let e = app
        .set_picture_password(&learner.id, Some(&["apple".to_string()]))
        .unwrap_err();
    assert_eq!(
        (e.kind(), e.reason()),
        (ErrorKind::PinFormat, Some("picture-password"))
    );
    // Answer shape.
    let lesson = app.lesson("private-info-1", Some(&learner.id)).unwrap();
    let quiz = lesson
        .steps
        .iter()
        .find_map(|s| s.question.as_ref())
        .expect("a quiz step");
    let e = app
        .answer(&learner.id, &quiz.id, &["not-an-option".into()], None)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::AnswerShape);
    // Locales, sign languages and countries.
    assert_eq!(
        app.set_preferred_locales(&["!!".into()])
            .unwrap_err()
            .kind(),
        ErrorKind::UnknownLocale
    );
    assert_eq!(
        app.set_country(Some("Pakistan".into())).unwrap_err().kind(),
        ErrorKind::UnknownLocale
    );
    assert_eq!(
        app.set_sign_language(Some("x".into())).unwrap_err().kind(),
        ErrorKind::UnknownLocale
    );
    // Bundles and pairing.
    let e = app
        .receive_chunk(b"not a piece at all, just bytes")
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BundleRefused);
    let e = app.pair_teacher_device("hello", "123456").unwrap_err();
    assert_eq!(
        (e.kind(), e.reason()),
        (ErrorKind::BundleRefused, Some("pairing"))
    );
    // The message follows the app's locale; the detail stays English.
    app.set_preferred_locales(&["ur".into()]).unwrap();
    let e = app.create_learner("", "cat", None).unwrap_err();
    assert!(is_arabic_script(&app.error_text(&e)));
    assert_eq!(e.to_string(), "a nickname is needed");
}
