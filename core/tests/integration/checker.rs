//! One broken pack per validation rule: each must produce its diagnostic, at the right place.

use safesteps_core::content::{self, Diagnostic, PackFiles, locate};

use crate::support::{edit, errors};

const MANIFEST: &str = r#"id = "org.example.test"
version = "1.0.0"
publisher = "Test"
default_locale = "en"
min_core_version = "0.1.0"
sign_languages = ["pks", "sfs"]

[[locales]]
tag = "en"
status = "reviewed"

[[locales]]
tag = "ur"
status = "draft"
"#;

const MODULE: &str = r#"id = "m1"
audience = "child"
ages = "6-9"
prerequisites = []

[[lessons]]
id = "m1-l1"

[[lessons.steps]]
id = "m1-l1-story"
kind = "story"
picture = "media/m1/story.svg"

[[lessons.steps]]
id = "m1-l1-quiz"
kind = "quiz"
picture = "media/m1/story.svg"

[lessons.steps.question]
type = "single_choice"

[[lessons.steps.question.options]]
id = "yes"
correct = true

[[lessons.steps.question.options]]
id = "no"
"#;

const MODULE2: &str = r#"id = "m2"
audience = "caregiver"
prerequisites = ["m1"]

[[lessons]]
id = "m2-l1"

[[lessons.steps]]
id = "m2-l1-tip"
kind = "tip"
"#;

const FTL: &str = "m1-title = Module one
m1-summary = The first module.
m1-l1-title = Lesson one
m1-l1-story = A story.
    .alt = A child with a phone.
    .easy = A story.
m1-l1-quiz = A question?
    .alt = A child with a phone.
m1-l1-quiz-yes = Yes
    .feedback = Right.
m1-l1-quiz-no = No
    .feedback = Not quite.
m2-title = Module two
m2-summary = For caregivers.
m2-l1-title = Lesson
m2-l1-tip = A tip.
quiz-correct = Right.
quiz-partly = Partly ({ $score }%).
quiz-not-yet = Not yet.
quiz-reveal = Here is the answer.
home-welcome = Hello { $nickname }.
";

const VIDEOS: &str = r#"[[video]]
step = "m1-l1-story"
sign_language = "pks"
status = "needs_recording"
"#;

fn good() -> PackFiles {
    let mut f = PackFiles::default();
    f.insert("pack.toml", MANIFEST);
    f.insert("modules/01-m1.toml", MODULE);
    f.insert("modules/02-m2.toml", MODULE2);
    f.insert("locales/en/main.ftl", FTL);
    f.insert("locales/ur/main.ftl", "m1-title = ماڈیول ایک\n");
    f.insert("media/m1/story.svg", "<svg/>");
    f.insert("media/videos.toml", VIDEOS);
    f
}

/// The single error a broken pack must produce, with the text it points at.
fn only_error(files: &PackFiles, code: &str) -> (Diagnostic, String) {
    let errs = errors(files);
    assert!(
        errs.iter().any(|d| d.code == code),
        "expected {code}, got {errs:#?}"
    );
    let d = errs.into_iter().find(|d| d.code == code).unwrap();
    let text = locate(files, &d)
        .map(|r| files.text(&d.file).unwrap()[r].to_string())
        .unwrap_or_default();
    (d, text)
}

#[test]
fn the_fixture_is_valid_and_reports_coverage() {
    let all = content::check(&good()).unwrap();
    assert!(errors(&good()).is_empty(), "{all:#?}");
    let w001 = all
        .iter()
        .find(|d| d.code == "W001")
        .expect("ur coverage warning");
    assert!(w001.message.contains("'ur' has 1 of"), "{}", w001.message);
    let w002: Vec<_> = all.iter().filter(|d| d.code == "W002").collect();
    assert_eq!(w002.len(), 2, "one coverage line per sign language");
    assert!(
        w002[0]
            .message
            .contains("0 of 3 video slots recorded (lesson_step 0/3)"),
        "{}",
        w002[0].message
    );
}

#[test]
fn e001_duplicate_ids() {
    let mut f = good();
    edit(
        &mut f,
        "modules/02-m2.toml",
        "id = \"m2-l1-tip\"",
        "id = \"m1-l1-story\"",
    );
    let (d, text) = only_error(&f, "E001");
    assert_eq!(d.file, "modules/02-m2.toml");
    assert_eq!(text, "\"m1-l1-story\"");
    assert!(d.message.contains("first used in modules/01-m1.toml"));
}

#[test]
fn e002_unknown_prerequisite() {
    let mut f = good();
    edit(&mut f, "modules/02-m2.toml", "[\"m1\"]", "[\"m9\"]");
    let (d, text) = only_error(&f, "E002");
    assert!(d.message.contains("'m9'"));
    assert_eq!(text, "\"m9\"");
}

#[test]
fn e003_prerequisite_cycle() {
    let mut f = good();
    edit(
        &mut f,
        "modules/01-m1.toml",
        "prerequisites = []",
        "prerequisites = [\"m2\"]",
    );
    let (d, _) = only_error(&f, "E003");
    assert!(
        d.message.contains("m1 -> m2 -> m1") || d.message.contains("m2 -> m1 -> m2"),
        "{}",
        d.message
    );
}

#[test]
fn e004_message_missing_in_default_locale() {
    let mut f = good();
    edit(
        &mut f,
        "locales/en/main.ftl",
        "m1-l1-title = Lesson one\n",
        "",
    );
    let (d, text) = only_error(&f, "E004");
    assert!(d.message.contains("'m1-l1-title'"), "{}", d.message);
    assert_eq!(text, "\"m1-l1\"", "points at the lesson id");
}

#[test]
fn e004_messages_the_app_shows_are_required() {
    let mut f = good();
    edit(
        &mut f,
        "locales/en/main.ftl",
        "quiz-not-yet = Not yet.\n",
        "",
    );
    let (d, _) = only_error(&f, "E004");
    assert_eq!(d.file, "pack.toml");
    assert!(d.message.contains("'quiz-not-yet'"), "{}", d.message);
}

#[test]
fn e005_missing_picture() {
    let mut f = good();
    f.remove("media/m1/story.svg");
    let (d, text) = only_error(&f, "E005");
    assert_eq!(text, "\"media/m1/story.svg\"");
    assert!(d.message.contains("not in the pack"));
}

#[test]
fn e006_picture_without_alt_text() {
    let mut f = good();
    edit(
        &mut f,
        "locales/en/main.ftl",
        "    .alt = A child with a phone.\n",
        "",
    );
    let (d, text) = only_error(&f, "E006");
    assert!(d.message.contains("alt text"));
    assert_eq!(text, "\"media/m1/story.svg\"");
}

#[test]
fn e007_quiz_without_correct_answer() {
    let mut f = good();
    edit(
        &mut f,
        "modules/01-m1.toml",
        "correct = true",
        "correct = false",
    );
    let (d, _) = only_error(&f, "E007");
    assert!(d.message.contains("no correct answer"));
    assert!(d.help.is_some());
}

#[test]
fn e008_fluent_syntax_error() {
    let mut f = good();
    edit(
        &mut f,
        "locales/en/main.ftl",
        "m2-l1-tip = A tip.",
        "m2-l1-tip = A { tip.",
    );
    let (d, _) = only_error(&f, "E008");
    assert_eq!(d.file, "locales/en/main.ftl");
}

#[test]
fn e009_quiz_without_question() {
    let mut f = good();
    edit(
        &mut f,
        "modules/02-m2.toml",
        "kind = \"tip\"",
        "kind = \"quiz\"",
    );
    let (d, text) = only_error(&f, "E009");
    assert!(d.message.contains("has no [question]"));
    assert_eq!(text, "\"quiz\"");
}

#[test]
fn e011_child_module_without_age_band() {
    let mut f = good();
    edit(&mut f, "modules/01-m1.toml", "ages = \"6-9\"\n", "");
    only_error(&f, "E011");
}

#[test]
fn e014_terms_to_avoid_with_suggestion() {
    let mut f = good();
    edit(
        &mut f,
        "locales/en/main.ftl",
        "A tip.",
        "Report child pornography here.",
    );
    let (d, text) = only_error(&f, "E014");
    assert_eq!(text, "child pornography");
    assert_eq!(
        d.help.as_deref(),
        Some("say \"child sexual abuse material\"")
    );
    let mut f = good();
    edit(
        &mut f,
        "locales/ur/main.ftl",
        "ماڈیول ایک",
        "child prostitute",
    );
    let (d, _) = only_error(&f, "E014");
    assert_eq!(
        d.file, "locales/ur/main.ftl",
        "translations are checked too"
    );
}

#[test]
fn e015_toml_syntax_error_with_position() {
    let mut f = good();
    edit(
        &mut f,
        "modules/02-m2.toml",
        "audience = \"caregiver\"",
        "audience = caregiver",
    );
    let (d, _) = only_error(&f, "E015");
    assert_eq!(d.file, "modules/02-m2.toml");
    assert!(locate(&f, &d).is_some(), "a TOML error has a position");
}

#[test]
fn e016_e017_videos_for_unknown_steps_and_sign_languages() {
    let mut f = good();
    edit(&mut f, "media/videos.toml", "m1-l1-story", "m1-l1-nope");
    only_error(&f, "E016");
    let mut f = good();
    edit(&mut f, "media/videos.toml", "\"pks\"", "\"xyz\"");
    only_error(&f, "E017");
}

#[test]
fn e018_e020_recorded_video_without_captions_or_hash() {
    let mut f = good();
    edit(
        &mut f,
        "media/videos.toml",
        "status = \"needs_recording\"",
        "status = \"recorded\"",
    );
    only_error(&f, "E018");
    only_error(&f, "E020");
}

#[test]
fn e019_e021_captions_must_be_webvtt_and_videos_match_their_hash() {
    let video = b"not really a video";
    let sha = safesteps_core::content::signing::sha256_hex(video);
    let mut f = good();
    f.insert("media/video/pks/story.mp4", &video[..]);
    f.insert(
        "media/captions/en/story.vtt",
        "WEBVTT\n\n00:00.000 --> 00:02.000\nA story.\n",
    );
    f.insert(
        "media/videos.toml",
        format!(
            "[[video]]\nstep = \"m1-l1-story\"\nsign_language = \"pks\"\nstatus = \"recorded\"\nfile = \"media/video/pks/story.mp4\"\nbytes = {}\nsha256 = \"{sha}\"\ncaptions = {{ en = \"media/captions/en/story.vtt\" }}\n",
            video.len()
        ),
    );
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
    f.insert(
        "media/captions/en/story.vtt",
        "1\n00:00:00,000 --> 00:00:02,000\nSRT, not VTT\n",
    );
    only_error(&f, "E019");
    f.insert("media/captions/en/story.vtt", "WEBVTT\n");
    f.insert("media/video/pks/story.mp4", "tampered video");
    only_error(&f, "E021");
}

#[test]
fn the_loader_refuses_what_the_checker_refuses() {
    let mut f = good();
    f.remove("media/m1/story.svg");
    let e = safesteps_core::content::Catalog::load(f).unwrap_err();
    assert_eq!(e.kind(), safesteps_core::ErrorKind::ContentInvalid);
    assert!(e.to_string().contains("media/m1/story.svg"), "{e}");
}

#[test]
fn the_default_pack_passes_the_checker() {
    let files = PackFiles::embedded();
    let errs = errors(&files);
    assert!(errs.is_empty(), "{errs:#?}");
}
