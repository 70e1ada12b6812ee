//! Video slots and pictures wherever a child must understand something, the character
//! bible and easy-read readability: the default pack mutated one way at a time, and the
//! views an app shows.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use safesteps_core::content::slots::{self, SlotKind};
use safesteps_core::content::{self, Catalog, Diagnostic, PackFiles, Severity, VideoStatus};
use safesteps_core::store::Store;
use safesteps_core::{ContactKind, Engine, ErrorKind, LearnerSettings, OpenOptions};

use crate::support::{all, edit, errors};

fn pack() -> PackFiles {
    PackFiles::embedded()
}

fn with_code<'a>(ds: &'a [Diagnostic], code: &str) -> Vec<&'a Diagnostic> {
    ds.iter().filter(|d| d.code == code).collect()
}

fn coverage(files: &PackFiles, sl: &str, kind: SlotKind) -> content::Coverage {
    let parsed = content::parse(files).unwrap();
    content::coverage(&parsed)
        .into_iter()
        .find(|r| r.sign_language == sl && r.kind == kind)
        .unwrap()
}

#[test]
fn the_default_pack_has_a_slot_and_a_picture_for_everything_a_child_must_understand() {
    let cat = Catalog::embedded().unwrap();
    let all_slots = slots::video_slots(&cat);
    let count = |k: SlotKind| all_slots.iter().filter(|s| s.kind == k).count();
    let lesson_steps: usize = cat
        .modules
        .iter()
        .flat_map(|m| &m.lessons)
        .map(|l| l.steps.len())
        .sum();
    let pathway_steps: usize = cat.pathways.iter().map(|p| p.steps.len()).sum();
    assert_eq!(count(SlotKind::LessonStep), lesson_steps);
    assert_eq!(count(SlotKind::PathwayStep), pathway_steps);
    assert!(count(SlotKind::Question) >= 7);
    assert_eq!(count(SlotKind::ContactKind), ContactKind::ALL.len());
    assert_eq!(count(SlotKind::Screen), slots::KEY_SCREENS.len());
    // Lesson-step slots keep their step ids; others are prefixed.
    assert!(all_slots.iter().any(|s| s.id == "private-info-1-meet-sami"));
    assert!(
        all_slots
            .iter()
            .any(|s| s.id == "pathway.threatened-over-picture.1")
    );
    assert!(
        all_slots
            .iter()
            .any(|s| s.id == "question.private-info-check-address")
    );
    assert!(
        all_slots
            .iter()
            .any(|s| s.id == "contact-kind.child-helpline")
    );
    assert!(all_slots.iter().any(|s| s.id == "screen.quick-exit"));
    // Every child-facing slot has a picture (caregiver pathways may go without).
    for s in &all_slots {
        let child_facing = match s.kind {
            SlotKind::PathwayStep => {
                let id = s.id.split('.').nth(1).unwrap();
                cat.pathway(id).unwrap().audience == content::Audience::Child
            }
            SlotKind::LessonStep => {
                cat.step(&s.id).unwrap().module.audience == content::Audience::Child
            }
            _ => true,
        };
        if child_facing {
            assert!(s.picture.is_some(), "{} has no picture", s.id);
        }
    }
    // Every slot is listed for every sign language of the pack.
    let files = pack();
    for sl in &cat.manifest.sign_languages {
        for kind in SlotKind::ALL {
            let c = coverage(&files, sl, kind);
            assert_eq!(c.listed, c.total, "{sl} {kind:?}");
            assert!(c.total > 0);
        }
    }
}

#[test]
fn e052_a_child_facing_step_question_or_screen_without_a_picture_is_refused() {
    // A pathway step a child sees.
    let mut f = pack();
    edit(
        &mut f,
        "pathways/being-bullied.toml",
        "picture = \"media/pictures-privacy/stop-hand.svg\"\n",
        "",
    );
    let e = errors(&f);
    let e052 = with_code(&e, "E052");
    assert_eq!(e052.len(), 1, "{e:#?}");
    assert!(
        e052[0].message.contains("'do-not-reply'"),
        "{}",
        e052[0].message
    );
    assert_eq!(e052[0].file, "pathways/being-bullied.toml");
    // A knowledge-check question.
    let mut f = pack();
    edit(
        &mut f,
        "modules/06-pictures-privacy.toml",
        "picture = \"media/pictures-privacy/do-not.svg\"\n",
        "",
    );
    let e = errors(&f);
    assert!(
        with_code(&e, "E052")
            .iter()
            .any(|d| d.message.contains("knowledge-check question")),
        "{e:#?}"
    );
    // A lesson step of a child module.
    let mut f = pack();
    edit(
        &mut f,
        "modules/01-private-info.toml",
        "picture = \"media/private-info/sami-phone.svg\"\n",
        "",
    );
    let e = errors(&f);
    assert!(
        with_code(&e, "E052")
            .iter()
            .any(|d| d.message.contains("private-info-1-meet-sami")),
        "{e:#?}"
    );
    // A key screen and a contact kind's explanation.
    let mut f = pack();
    edit(
        &mut f,
        "screens.toml",
        "picture = \"media/screens/home.svg\"\n",
        "",
    );
    edit(
        &mut f,
        "screens.toml",
        "picture = \"media/help/kind-emergency.svg\"\n",
        "",
    );
    let e = errors(&f);
    let e052 = with_code(&e, "E052");
    assert_eq!(e052.len(), 2, "{e:#?}");
    assert!(e052.iter().any(|d| d.message.contains("screen 'home'")));
    assert!(e052.iter().any(|d| d.message.contains("'emergency'")));
    // A picture without alt text is E006, a missing file E005.
    let mut f = pack();
    edit(
        &mut f,
        "locales/en/screens.ftl",
        "    .alt = Three cards in green",
        "    .note = Three cards in green",
    );
    assert!(!with_code(&errors(&f), "E006").is_empty());
    let mut f = pack();
    f.remove("media/help/police.svg");
    assert!(!with_code(&errors(&f), "E005").is_empty());
    // The loader refuses what the checker refuses.
    let mut f = pack();
    edit(
        &mut f,
        "pathways/wants-to-meet.toml",
        "picture = \"media/help/do-not-go.svg\"\n",
        "",
    );
    let err = Catalog::load(f).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ContentInvalid);
}

#[test]
fn coverage_drops_when_a_slot_leaves_the_video_manifest_and_rises_when_one_is_recorded() {
    let f = pack();
    let before = coverage(&f, "zsl", SlotKind::PathwayStep);
    assert_eq!((before.listed, before.recorded), (before.total, 0));

    // Remove one pathway slot from the zsl list.
    let mut f = pack();
    edit(&mut f, content::VIDEOS, "\"pathway.wants-to-meet.2\", ", "");
    let zsl_line = f
        .text(content::VIDEOS)
        .unwrap()
        .lines()
        .find(|l| l.starts_with("zsl"))
        .unwrap()
        .to_string();
    // Only the first list lost it (the lists are per sign language, in name order).
    let after = coverage(&f, "ase", SlotKind::PathwayStep);
    assert_eq!(after.listed, before.total - 1);
    assert!(zsl_line.contains("pathway.wants-to-meet.2"));
    let ds = all(&f);
    let w012 = with_code(&ds, "W012");
    assert_eq!(w012.len(), 1, "{ds:#?}");
    // Totals follow the pack (modules for ages 15-17 add slots): all kinds, then pathways.
    let all_slots: usize = [
        SlotKind::LessonStep,
        SlotKind::PathwayStep,
        SlotKind::Question,
        SlotKind::ContactKind,
        SlotKind::Screen,
    ]
    .into_iter()
    .map(|k| coverage(&pack(), "ase", k).total)
    .sum();
    assert!(
        w012[0]
            .message
            .contains(&format!("'ase': 1 of {all_slots}"))
            && w012[0]
                .message
                .contains(&format!("pathway_step 1/{}", before.total)),
        "{}",
        w012[0].message
    );
    // W002 gives recorded figures per kind for every sign language.
    let w002 = with_code(&ds, "W002");
    assert_eq!(w002.len(), 5);
    assert!(
        w002.iter().all(|d| d.message.contains("question 0/")
            && d.message.contains("contact_kind 0/10")
            && d.message.contains("screen 0/9")),
        "{w002:#?}"
    );

    // A recorded video of a pathway step counts.
    let mut f = pack();
    let video = b"test clip, not signing";
    let sha = content::signing::sha256_hex(video);
    f.insert("media/video/zsl/p.mp4", &video[..]);
    f.insert(
        "media/captions/en/p.vtt",
        "WEBVTT\n\n00:00.000 --> 00:02.000\nDo not go.\n",
    );
    // Only zsl's list loses it.
    let text = f
        .text(content::VIDEOS)
        .unwrap()
        .lines()
        .map(|l| {
            if l.starts_with("zsl") {
                l.replacen("\"pathway.wants-to-meet.1\", ", "", 1)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    f.insert(
        content::VIDEOS,
        format!(
            "{text}\n\n[[video]]\nstep = \"pathway.wants-to-meet.1\"\nsign_language = \"zsl\"\nstatus = \"recorded\"\nfile = \"media/video/zsl/p.mp4\"\nbytes = {}\nsha256 = \"{sha}\"\ncaptions = {{ en = \"media/captions/en/p.vtt\" }}\n",
            video.len()
        ),
    );
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
    let c = coverage(&f, "zsl", SlotKind::PathwayStep);
    assert_eq!((c.listed, c.recorded), (c.total, 1));
    // Its view carries the recorded video.
    let cat = Catalog::load(f).unwrap();
    let l10n_ok = cat
        .videos_of("pathway.wants-to-meet.1")
        .any(|v| v.sign_language == "zsl" && v.status == VideoStatus::Recorded);
    assert!(l10n_ok);

    // An unknown slot id is E016.
    let mut f = pack();
    edit(
        &mut f,
        content::VIDEOS,
        "\"pathway.wants-to-meet.2\"",
        "\"pathway.wants-to-meet.99\"",
    );
    assert!(!with_code(&errors(&f), "E016").is_empty());
}

#[test]
fn plan_videos_lists_every_slot_for_every_sign_language() {
    let mut f = pack();
    f.remove(content::VIDEOS);
    let parsed = content::parse(&f).unwrap();
    let plan = content::plan_videos(&parsed);
    let slots = content::parsed_slots(&parsed);
    for sl in &parsed.manifest.sign_languages {
        let list = &plan.needs_recording[sl];
        assert_eq!(list.len(), slots.len());
        assert_eq!(
            list,
            &slots.iter().map(|s| s.id.clone()).collect::<Vec<_>>()
        );
    }
    // The embedded manifest is exactly the plan (nothing is recorded yet).
    let embedded = content::parse(&pack()).unwrap();
    assert_eq!(
        embedded.videos.needs_recording,
        content::plan_videos(&embedded).needs_recording
    );
}

#[test]
fn w010_key_screens_and_contact_kinds_without_explanations() {
    let mut f = pack();
    let text = f.text("screens.toml").unwrap().to_string();
    let cut = text
        .replacen(
            "[[screen]]\nname = \"settings\"\npicture = \"media/screens/settings.svg\"\n",
            "",
            1,
        )
        .replacen(
            "[[contact_kind]]\nkind = \"police_cyber\"\npicture = \"media/help/kind-police-cyber.svg\"\n",
            "",
            1,
        );
    assert_ne!(cut, text);
    f.insert("screens.toml", cut);
    let ds = all(&f);
    let w010 = with_code(&ds, "W010");
    assert_eq!(w010.len(), 2, "{w010:#?}");
    assert!(w010.iter().any(|d| d.message.contains("settings")));
    assert!(w010.iter().any(|d| d.message.contains("police_cyber")));
    // A duplicate screen is an error.
    let mut f = pack();
    let text = f.text("screens.toml").unwrap().to_string();
    f.insert(
        "screens.toml",
        format!("{text}\n[[screen]]\nname = \"home\"\npicture = \"media/screens/home.svg\"\n"),
    );
    assert!(
        with_code(&errors(&f), "E001")
            .iter()
            .any(|d| d.file == "screens.toml")
    );
}

#[test]
fn the_character_bible_holds_names_ages_and_age_bands() {
    // The default pack follows it: no E053, E054 or W009.
    let ds = all(&pack());
    for code in ["E053", "E054", "W009"] {
        assert!(with_code(&ds, code).is_empty(), "{code}: {ds:#?}");
    }
    // A 14-year-old listed in a module for ages 6-9.
    let mut f = pack();
    edit(
        &mut f,
        "modules/01-private-info.toml",
        "characters = [\"sami\"]",
        "characters = [\"sami\", \"musa\"]",
    );
    let e = errors(&f);
    let e053 = with_code(&e, "E053");
    assert_eq!(e053.len(), 1, "{e:#?}");
    assert!(
        e053[0].message.contains("Musa is 14") && e053[0].message.contains("6-9"),
        "{}",
        e053[0].message
    );
    // An unknown character.
    let mut f = pack();
    edit(
        &mut f,
        "modules/01-private-info.toml",
        "characters = [\"sami\"]",
        "characters = [\"sami\", \"nobody\"]",
    );
    assert!(
        with_code(&errors(&f), "E053")
            .iter()
            .any(|d| d.message.contains("unknown character 'nobody'"))
    );
    // A text that gives a character another age (the drift the issue found).
    let mut f = pack();
    edit(
        &mut f,
        "locales/en/pictures-privacy.ftl",
        "Musa is 14.",
        "Musa is 9.",
    );
    let e = errors(&f);
    let e054 = with_code(&e, "E054");
    assert_eq!(e054.len(), 1, "{e:#?}");
    assert!(e054[0].message.contains("the character bible says 14"));
    // A character the module does not list (picture alt text too).
    let mut f = pack();
    edit(
        &mut f,
        "locales/en/private-info.ftl",
        "Sami shows the phone to a smiling grown-up.",
        "Chanda shows the phone to a smiling grown-up.",
    );
    let ds = all(&f);
    let w009 = with_code(&ds, "W009");
    assert_eq!(w009.len(), 1, "{w009:#?}");
    assert!(w009[0].message.contains("Chanda"));
    // A sign language that is not one.
    let mut f = pack();
    edit(
        &mut f,
        "characters.toml",
        "sign_language = \"zsl\"",
        "sign_language = \"xx\"",
    );
    assert!(!with_code(&errors(&f), "E053").is_empty());
    // Some main characters are deaf and sign, and three are 15-17.
    let parsed = content::parse(&pack()).unwrap();
    let bible = &parsed.characters.character;
    assert!(
        bible
            .iter()
            .filter(|c| c.deaf && c.sign_language.is_some())
            .count()
            >= 5
    );
    assert!(bible.iter().filter(|c| (15..=17).contains(&c.age)).count() >= 3);
    assert!(
        bible
            .iter()
            .any(|c| (15..=17).contains(&c.age) && c.deaf && c.sign_language.is_some())
    );
}

#[test]
fn easy_read_for_ages_6_to_9_is_held_to_its_limits() {
    let ds = all(&pack());
    assert!(with_code(&ds, "E055").is_empty());
    assert!(with_code(&ds, "W011").is_empty(), "{ds:#?}");
    // Long words in a module's easy-read: over the letters and syllables limits.
    let mut f = pack();
    let text = f.text("locales/en/private-info.ftl").unwrap().to_string();
    let long = text.replace(
        ".easy = A player writes: \"What school do you go to?\"",
        ".easy = Unfortunately, unidentified individuals occasionally communicate inappropriately. Consequently, additional information regarding educational institutions necessitates consideration.",
    );
    assert_ne!(long, text);
    f.insert("locales/en/private-info.ftl", long);
    let e = errors(&f);
    let e055 = with_code(&e, "E055");
    assert_eq!(e055.len(), 1, "{e:#?}");
    assert!(e055[0].message.contains("'private-info'"));
    // A long sentence is a warning.
    let mut f = pack();
    edit(
        &mut f,
        "locales/en/private-info.ftl",
        ".easy = A player writes: \"What school do you go to?\"",
        ".easy = A player in the game writes to you and asks you what school you go to every day.",
    );
    assert_eq!(with_code(&all(&f), "W011").len(), 1);
    // The report compares full and easy-read text per locale.
    let parsed = content::parse(&pack()).unwrap();
    let rows = content::readability(&pack(), &parsed);
    let en = rows
        .iter()
        .find(|r| r.locale == "en" && r.scope == "6-9")
        .unwrap();
    assert!(en.easy.words_per_sentence() < en.full.words_per_sentence());
    assert!(en.easy.letters_per_word() < en.full.letters_per_word());
    assert!(en.easy.syllables_per_word().unwrap() < en.full.syllables_per_word().unwrap());
    let (w, l, s) = content::EASY_6_9_LIMITS;
    assert!(en.easy.words_per_sentence() <= w && en.easy.letters_per_word() <= l);
    assert!(en.easy.syllables_per_word().unwrap() <= s);
    let ur = rows
        .iter()
        .find(|r| r.locale == "ur" && r.scope == "all")
        .unwrap();
    assert!(ur.easy.syllables.is_none() && ur.easy.words > 0);
}

fn engine() -> Engine {
    let clock = Arc::new(AtomicI64::new(1_700_000_000_000));
    Engine::open_with(
        Store::open_in_memory().unwrap(),
        Catalog::embedded().unwrap(),
        OpenOptions {
            preferred_locales: vec!["en".into()],
            sign_language: Some("zsl".into()),
            ..Default::default()
        },
        None,
        Arc::new(move || clock.fetch_add(1, Ordering::SeqCst)),
    )
    .unwrap()
}

#[test]
fn views_carry_pictures_and_sign_language_videos() {
    let app = engine();
    // Pathway steps, the quick exit and the contact kinds on the screen.
    let p = app
        .pathway("threatened-over-picture", Some("ZM"), None, None)
        .unwrap();
    for s in &p.steps {
        let pic = s.picture.as_ref().expect("picture");
        assert!(!pic.alt.is_empty());
        assert_eq!(s.videos.len(), 5, "{}", s.id);
        assert_eq!(
            s.videos[0].sign_language, "zsl",
            "the app's sign language first"
        );
        assert!(
            s.videos
                .iter()
                .all(|v| v.status == VideoStatus::NeedsRecording)
        );
    }
    let qe = p.quick_exit.as_ref().expect("quick-exit explanation");
    assert!(qe.picture.is_some() && qe.easy_text.is_some() && qe.videos.len() == 5);
    assert!(
        p.contact_kinds
            .iter()
            .any(|k| k.kind == ContactKind::ChildHelpline)
    );
    assert!(
        p.contact_kinds
            .iter()
            .all(|k| k.picture.is_some() && !k.text.is_empty())
    );
    // Knowledge-check questions and lesson quiz questions.
    let kc = app
        .knowledge_check("private-info", safesteps_core::CheckPhase::Pre, None)
        .unwrap();
    for q in &kc.questions {
        assert!(
            q.picture.as_ref().is_some_and(|p| !p.alt.is_empty()),
            "{}",
            q.id
        );
        assert_eq!(q.videos.len(), 5);
    }
    let q = app.question("private-info-1-quiz", None).unwrap();
    assert!(q.picture.is_some() && q.videos.len() == 5);
    // Screens, in the learner's text variant.
    let kid = app.create_learner("Kite", "kite", None).unwrap();
    let home = app.screen_instructions("home", Some(&kid.id)).unwrap();
    assert!(home.picture.is_some() && home.videos.len() == 5);
    let mut settings = LearnerSettings {
        easy_read: true,
        sign_language: Some("bfi".into()),
        ..Default::default()
    };
    settings.locales = vec!["en".into()];
    app.update_learner_settings(&kid.id, settings).unwrap();
    let easy = app.screen_instructions("home", Some(&kid.id)).unwrap();
    assert_eq!(Some(easy.text.clone()), easy.easy_text);
    assert_ne!(easy.text, home.text);
    assert_eq!(easy.videos[0].sign_language, "bfi");
    for name in slots::KEY_SCREENS {
        app.screen_instructions(name, None).unwrap();
    }
    let err = app.screen_instructions("nope", None).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    let kinds = app.contact_kinds(Some(&kid.id)).unwrap();
    assert_eq!(kinds.len(), ContactKind::ALL.len());
    let helpline = kinds
        .iter()
        .find(|k| k.kind == ContactKind::ChildHelpline)
        .unwrap();
    assert_eq!(helpline.label, "Child helpline");
    assert_eq!(Some(helpline.text.clone()), helpline.easy_text);
    // Urdu: a draft translation, right to left.
    let ur = app.create_learner("Moon", "star", None).unwrap();
    app.update_learner_settings(
        &ur.id,
        LearnerSettings {
            locales: vec!["ur".into()],
            ..Default::default()
        },
    )
    .unwrap();
    let s = app.screen_instructions("quick-exit", Some(&ur.id)).unwrap();
    assert_eq!(s.locale, "ur");
    assert_eq!(s.direction, safesteps_core::TextDirection::Rtl);
}

#[test]
fn w013_a_picture_with_words_or_an_embedded_image_is_flagged() {
    let files = pack();
    assert!(with_code(&all(&files), "W013").is_empty());
    let mut files = pack();
    edit(
        &mut files,
        "media/screens/quiz.svg",
        "</svg>",
        "<text x=\"10\" y=\"20\">Quiz</text></svg>",
    );
    let mut with_image = pack();
    edit(
        &mut with_image,
        "media/screens/home.svg",
        "</svg>",
        "<image href=\"photo.png\" width=\"10\" height=\"10\"/></svg>",
    );
    for (files, path) in [
        (&files, "media/screens/quiz.svg"),
        (&with_image, "media/screens/home.svg"),
    ] {
        let ds = all(files);
        let found = with_code(&ds, "W013");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].file, path);
        assert_eq!(found[0].severity, Severity::Warning);
    }
}
