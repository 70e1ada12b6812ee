//! Every part of the format is validated (issue 10, items 2 to 4): one broken pack per
//! rule, in the default locale and in the ur and zu translations where the rule applies
//! to them, each diagnostic at the exact place.

use safesteps_core::content::{Diagnostic, PackFiles, Severity, locate};

use crate::support::{all, edit, errors};

const MANIFEST: &str = r#"id = "org.example.format"
version = "1.0.0"
publisher = "Test"
default_locale = "en"
min_core_version = "0.1.0"
sign_languages = ["pks", "sfs"]
mastery_threshold = 0.8

[[locales]]
tag = "en"
status = "reviewed"

[[locales]]
tag = "ur"
status = "draft"

[[locales]]
tag = "zu"
status = "draft"
"#;

const MODULE: &str = r#"id = "m1"
audience = "child"
ages = "10-14"
badge = "media/badges/m1.svg"

[knowledge_check]

[[knowledge_check.pre]]
id = "m1-check-1"
kind = "quiz"
picture = "media/m1/story.svg"

[knowledge_check.pre.question]
type = "true_false"

[[knowledge_check.pre.question.options]]
id = "true"

[[knowledge_check.pre.question.options]]
id = "false"
correct = true

[[lessons]]
id = "m1-l1"

[[lessons.steps]]
id = "m1-help"
kind = "tip"
picture = "media/m1/story.svg"

[[lessons.steps]]
id = "m1-story"
kind = "story"
picture = "media/m1/story.svg"

[[lessons.steps]]
id = "m1-tf"
kind = "quiz"
picture = "media/m1/story.svg"

[lessons.steps.question]
type = "true_false"

[[lessons.steps.question.options]]
id = "true"
correct = true

[[lessons.steps.question.options]]
id = "false"

[[lessons.steps]]
id = "m1-pick"
kind = "quiz"
picture = "media/m1/story.svg"

[lessons.steps.question]
type = "single_choice"

[[lessons.steps.question.options]]
id = "a"
correct = true

[[lessons.steps.question.options]]
id = "b"
"#;

const EN: &str = "m1-title = Module one
m1-summary = The first module.
m1-badge = Helper
    .alt = A round badge with a star.
m1-check-1 = True or false: paying makes it stop.
    .alt = A child with a phone.
m1-check-1-true = True
m1-check-1-false = False
m1-l1-title = Lesson one
m1-help = If someone threatens you, it is not your fault. You will not be in trouble. Call 116 111 or visit https://example.org/help.
    .easy = It is not your fault. You will not be in trouble. Call 116 111.
    .safety =
        it is not your fault.
        You will not be in trouble.
    .alt = A child with a phone.
m1-story = A story.
    .alt = A child with a phone.
m1-tf = True or false: a trusted adult can help.
    .alt = A child with a phone.
m1-tf-true = True
    .feedback = Yes.
m1-tf-false = False
    .feedback = No, an adult can help.
m1-pick = Pick one.
    .alt = A child with a phone.
m1-pick-a = Tell an adult.
    .feedback = Yes.
m1-pick-b = Stay quiet.
    .feedback = No.
quiz-correct = Right.
quiz-partly = Partly.
quiz-not-yet = Not yet.
quiz-reveal = Here is the answer.
home-welcome = Hello { $nickname }.
";

const UR: &str = "m1-title = ماڈیول ایک
m1-help = اگر کوئی آپ کو دھمکی دے، تو یہ آپ کا قصور نہیں ہے۔ آپ کو کوئی سزا نہیں ملے گی۔ 116 111 پر فون کریں یا https://example.org/help دیکھیں۔
    .easy = یہ آپ کا قصور نہیں ہے۔ آپ کو کوئی سزا نہیں ملے گی۔ 116 111 پر فون کریں۔
    .safety =
        یہ آپ کا قصور نہیں ہے۔
        آپ کو کوئی سزا نہیں ملے گی۔
m1-tf-true = درست
    .feedback = جی ہاں۔
m1-tf-false = غلط
    .feedback = نہیں۔
";

const ZU: &str = "m1-title = Imojula yokuqala
m1-help = Uma othile ekusongela, akulona iphutha lakho. Awukho enkingeni. Shayela u-116 111 noma uvakashele https://example.org/help.
    .easy = Akulona iphutha lakho. Awukho enkingeni. Shayela u-116 111.
    .safety =
        akulona iphutha lakho.
        Awukho enkingeni.
m1-tf-true = Kuyiqiniso
    .feedback = Yebo.
m1-tf-false = Akulona iqiniso
    .feedback = Cha.
";

fn good() -> PackFiles {
    let mut f = PackFiles::default();
    f.insert("pack.toml", MANIFEST);
    f.insert("modules/01-m1.toml", MODULE);
    f.insert("locales/en/main.ftl", EN);
    f.insert("locales/ur/main.ftl", UR);
    f.insert("locales/zu/main.ftl", ZU);
    f.insert("media/m1/story.svg", "<svg/>");
    f.insert("media/badges/m1.svg", "<svg/>");
    f
}

fn broken(path: &str, from: &str, to: &str) -> PackFiles {
    let mut f = good();
    edit(&mut f, path, from, to);
    f
}

/// The diagnostic with `code` in `file`, and the text it points at.
fn found(files: &PackFiles, code: &str, file: &str) -> (Diagnostic, String) {
    let list = all(files);
    let d = list
        .iter()
        .find(|d| d.code == code && d.file == file)
        .unwrap_or_else(|| panic!("expected {code} in {file}, got {list:#?}"))
        .clone();
    let text = locate(files, &d)
        .map(|r| files.text(&d.file).unwrap()[r].to_string())
        .unwrap_or_default();
    (d, text)
}

const EN_FILE: &str = "locales/en/main.ftl";
const UR_FILE: &str = "locales/ur/main.ftl";
const ZU_FILE: &str = "locales/zu/main.ftl";
const MOD_FILE: &str = "modules/01-m1.toml";

#[test]
fn the_fixture_is_clean() {
    let errs = errors(&good());
    assert!(errs.is_empty(), "{errs:#?}");
    assert!(
        all(&good())
            .iter()
            .all(|d| !matches!(d.code, "W007" | "W008")),
        "{:#?}",
        all(&good())
    );
}

// ---- Easy-read keeps the safety sentences (E032, E033, E034, E051) ----

#[test]
fn e032_easy_read_drops_a_marked_safety_sentence_in_each_locale() {
    let f = broken(
        EN_FILE,
        "    .easy = It is not your fault. You will not be in trouble. Call 116 111.",
        "    .easy = It is not your fault. Call 116 111.",
    );
    let (d, text) = found(&f, "E032", EN_FILE);
    assert_eq!(text, "It is not your fault. Call 116 111.");
    assert!(
        d.message.contains("You will not be in trouble"),
        "{}",
        d.message
    );
    let f = broken(
        UR_FILE,
        "    .easy = یہ آپ کا قصور نہیں ہے۔ آپ کو کوئی سزا نہیں ملے گی۔",
        "    .easy = یہ آپ کا قصور نہیں ہے۔",
    );
    let (d, _) = found(&f, "E032", UR_FILE);
    assert!(
        d.message.contains("[draft translation: ur]"),
        "{}",
        d.message
    );
    let f = broken(
        ZU_FILE,
        "    .easy = Akulona iphutha lakho. Awukho enkingeni.",
        "    .easy = Awukho enkingeni.",
    );
    found(&f, "E032", ZU_FILE);
}

#[test]
fn e033_a_marked_sentence_must_be_in_the_text() {
    let f = broken(
        EN_FILE,
        "        You will not be in trouble.",
        "        You will get a prize.",
    );
    let (d, text) = found(&f, "E033", EN_FILE);
    assert!(text.contains("You will get a prize"), "{text}");
    assert!(d.message.contains("not in the text"));
}

#[test]
fn e034_easy_read_drops_an_unmarked_safety_message_in_each_locale() {
    // Without any mark, the lexicon knows "not your fault" is a safety message.
    let f = broken(
        EN_FILE,
        "m1-story = A story.",
        "m1-story = It is never your fault if someone asks.\n    .easy = Someone asks.",
    );
    let (_, text) = found(&f, "E034", EN_FILE);
    assert_eq!(text, "Someone asks.");
    let f = broken(
        UR_FILE,
        "m1-title = ماڈیول ایک",
        "m1-title = ماڈیول ایک\nm1-story = یہ آپ کا قصور نہیں ہے۔ کوئی پوچھے تو بتائیں۔\n    .easy = کوئی پوچھے تو بتائیں۔",
    );
    found(&f, "E034", UR_FILE);
    let f = broken(
        ZU_FILE,
        "m1-title = Imojula yokuqala",
        "m1-title = Imojula yokuqala\nm1-story = Akulona iphutha lakho. Tshela umuntu omdala.\n    .easy = Tshela umuntu omdala.",
    );
    found(&f, "E034", ZU_FILE);
    // Do not pay, do not save: dropped from easy-read.
    let f = broken(
        EN_FILE,
        "m1-story = A story.",
        "m1-story = Do not pay. Tell an adult.\n    .easy = Tell an adult.",
    );
    found(&f, "E034", EN_FILE);
}

#[test]
fn e051_a_translation_marks_the_same_safety_sentences() {
    let f = broken(
        UR_FILE,
        "    .safety =\n        یہ آپ کا قصور نہیں ہے۔\n        آپ کو کوئی سزا نہیں ملے گی۔\n",
        "",
    );
    let (d, text) = found(&f, "E051", UR_FILE);
    assert_eq!(text, "m1-help");
    assert!(d.message.contains("2 safety sentence(s)"), "{}", d.message);
    let f = broken(ZU_FILE, "        Awukho enkingeni.\n", "");
    found(&f, "E051", ZU_FILE);
}

#[test]
fn w007_w008_easy_read_is_easier_in_words() {
    let f = broken(
        EN_FILE,
        "m1-story = A story.",
        "m1-story = A short story.\n    .easy = A considerably more complicated story.",
    );
    let (d, _) = found(&f, "W007", EN_FILE);
    assert_eq!(d.severity, Severity::Warning);
    let f = broken(
        EN_FILE,
        "    .easy = It is not your fault. You will not be in trouble. Call 116 111.",
        "    .easy = It is not your fault. You will not be in trouble. Call 116 111 immediately.",
    );
    let (_, text) = found(&f, "W008", EN_FILE);
    assert_eq!(text, "immediately");
}

// ---- Messages: duplicates, empty texts (E036, E037) ----

#[test]
fn e036_duplicate_message_id_in_any_locale() {
    for (file, from, to) in [
        (
            EN_FILE,
            "m1-story = A story.",
            "m1-story = A story.\nm1-title = Again",
        ),
        (
            UR_FILE,
            "m1-title = ماڈیول ایک",
            "m1-title = ماڈیول ایک\nm1-title = دوبارہ",
        ),
        (
            ZU_FILE,
            "m1-title = Imojula yokuqala",
            "m1-title = Imojula yokuqala\nm1-title = Futhi",
        ),
    ] {
        let f = broken(file, from, to);
        let (d, text) = found(&f, "E036", file);
        assert_eq!(text, "m1-title");
        assert!(d.message.contains("defined twice"), "{}", d.message);
        // The second definition is the one pointed at.
        let r = locate(&f, &d).unwrap();
        assert!(r.start > f.text(file).unwrap().find("m1-title").unwrap());
    }
    // Across two files of one locale too.
    let mut f = good();
    f.insert("locales/zu/more.ftl", "m1-title = Futhi\n");
    let (d, _) = found(&f, "E036", "locales/zu/more.ftl");
    assert!(
        d.message.contains("first in locales/zu/main.ftl"),
        "{}",
        d.message
    );
}

#[test]
fn e037_empty_alt_text_and_empty_texts() {
    let f = broken(
        EN_FILE,
        "    .alt = A child with a phone.",
        "    .alt = { \"\" }",
    );
    let (d, _) = found(&f, "E037", EN_FILE);
    assert!(d.message.contains("empty alt text"), "{}", d.message);
    let f = broken(UR_FILE, "m1-tf-true = درست", "m1-tf-true = { \" \" }");
    found(&f, "E037", UR_FILE);
}

// ---- Questions: feedback, true/false, knowledge checks (E038, E045, E047) ----

#[test]
fn e038_every_option_of_a_lesson_question_has_feedback() {
    let f = broken(
        EN_FILE,
        "m1-pick-b = Stay quiet.\n    .feedback = No.",
        "m1-pick-b = Stay quiet.",
    );
    let (d, text) = found(&f, "E038", MOD_FILE);
    assert_eq!(text, "\"b\"");
    assert!(d.message.contains("m1-pick-b"), "{}", d.message);
}

#[test]
fn e045_knowledge_checks_are_validated() {
    // A knowledge-check question needs its text, options and a correct answer.
    let f = broken(
        EN_FILE,
        "m1-check-1 = True or false: paying makes it stop.\n",
        "",
    );
    let (_, text) = found(&f, "E004", MOD_FILE);
    assert_eq!(text, "\"m1-check-1\"");
    let f = broken(
        MOD_FILE,
        "id = \"false\"\ncorrect = true\n\n[[lessons]]",
        "id = \"false\"\n\n[[lessons]]",
    );
    found(&f, "E007", MOD_FILE);
    // Unique ids across the pack.
    let f = broken(MOD_FILE, "id = \"m1-check-1\"", "id = \"m1-help\"");
    let (_, text) = found(&f, "E001", MOD_FILE);
    assert_eq!(text, "\"m1-help\"");
    // Post must match pre in length.
    let f = broken(
        MOD_FILE,
        "[[lessons]]\nid = \"m1-l1\"",
        "[[knowledge_check.post]]\nid = \"m1-check-2\"\nkind = \"quiz\"\n\n[knowledge_check.post.question]\ntype = \"true_false\"\n\n[[knowledge_check.post.question.options]]\nid = \"true\"\ncorrect = true\n\n[[knowledge_check.post.question.options]]\nid = \"false\"\n\n[[knowledge_check.post]]\nid = \"m1-check-3\"\nkind = \"tip\"\n\n[[lessons]]\nid = \"m1-l1\"",
    );
    let list = errors(&f);
    assert!(
        list.iter().filter(|d| d.code == "E045").count() >= 2,
        "{list:#?}"
    );
}

#[test]
fn e047_true_false_labels_are_the_same_in_every_locale() {
    // Option ids must be "true" and "false".
    let f = broken(
        MOD_FILE,
        "id = \"true\"\ncorrect = true",
        "id = \"yes\"\ncorrect = true",
    );
    found(&f, "E047", MOD_FILE);
    // One question labelled differently from the others in a translation.
    for (file, from, to) in [
        (
            EN_FILE,
            "m1-check-1-true = True",
            "m1-check-1-true = Correct",
        ),
        (
            UR_FILE,
            "m1-tf-true = درست",
            "m1-tf-true = درست\nm1-check-1-true = صحیح",
        ),
        (
            ZU_FILE,
            "m1-tf-false = Akulona iqiniso",
            "m1-tf-false = Akulona iqiniso\nm1-check-1-false = Amanga",
        ),
    ] {
        let f = broken(file, from, to);
        let (d, _) = found(&f, "E047", file);
        assert!(d.message.contains("differs"), "{}", d.message);
    }
    // True and false with the same word.
    let f = broken(
        ZU_FILE,
        "m1-tf-false = Akulona iqiniso",
        "m1-tf-false = Kuyiqiniso",
    );
    found(&f, "E047", ZU_FILE);
}

// ---- Translation safety: options, numbers, URLs, negation (E048, E049, E050) ----

#[test]
fn e048_numbers_and_urls_match_the_default_locale() {
    let f = broken(UR_FILE, "116 111 پر فون کریں یا", "116 112 پر فون کریں یا");
    let (d, _) = found(&f, "E048", UR_FILE);
    assert!(d.message.contains("[112, 116]"), "{}", d.message);
    let f = broken(
        ZU_FILE,
        "https://example.org/help",
        "https://example.net/help",
    );
    let (d, text) = found(&f, "E048", ZU_FILE);
    assert!(d.message.contains("example.net"), "{}", d.message);
    assert!(text.starts_with("Uma othile"), "{text}");
    // Urdu digits are the same numbers.
    let f = broken(UR_FILE, "116 111 پر فون کریں۔", "۱۱۶ ۱۱۱ پر فون کریں۔");
    assert!(
        !errors(&f).iter().any(|d| d.code == "E048"),
        "{:#?}",
        errors(&f)
    );
}

#[test]
fn e049_a_negated_warning_stays_negated_in_translation() {
    let mut f = good();
    edit(
        &mut f,
        EN_FILE,
        "m1-story = A story.",
        "m1-story = Do not pay.",
    );
    edit(
        &mut f,
        UR_FILE,
        "m1-title = ماڈیول ایک",
        "m1-title = ماڈیول ایک\nm1-story = پیسے مت دیں۔",
    );
    edit(
        &mut f,
        ZU_FILE,
        "m1-title = Imojula yokuqala",
        "m1-title = Imojula yokuqala\nm1-story = Ungakhokhi.",
    );
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
    // The translations lose the negation (and would say "pay").
    let mut g = f.clone();
    edit(
        &mut g,
        UR_FILE,
        "m1-story = پیسے مت دیں۔",
        "m1-story = پیسے کا خیال رکھیں۔",
    );
    let (_, text) = found(&g, "E049", UR_FILE);
    assert_eq!(text, "پیسے کا خیال رکھیں۔");
    let mut g = f.clone();
    edit(
        &mut g,
        ZU_FILE,
        "m1-story = Ungakhokhi.",
        "m1-story = Cabanga ngemali.",
    );
    found(&g, "E049", ZU_FILE);
}

#[test]
fn e050_a_question_is_translated_with_all_its_options() {
    let f = broken(UR_FILE, "m1-tf-false = غلط\n    .feedback = نہیں۔\n", "");
    let (d, text) = found(&f, "E050", UR_FILE);
    assert_eq!(text, "m1-tf-true");
    assert!(d.message.contains("1 of 2"), "{}", d.message);
    let f = broken(
        ZU_FILE,
        "m1-tf-true = Kuyiqiniso\n    .feedback = Yebo.\n",
        "",
    );
    found(&f, "E050", ZU_FILE);
}

// ---- Manifest and modules (E039 to E045) ----

#[test]
fn e039_age_bands() {
    for bad in ["5-9", "10-20", "14-10", "ten", "6 to 9"] {
        let f = broken(MOD_FILE, "ages = \"10-14\"", &format!("ages = \"{bad}\""));
        let (_, text) = found(&f, "E039", MOD_FILE);
        assert_eq!(text, format!("\"{bad}\""));
    }
}

#[test]
fn e040_sign_language_codes_are_iso_639_3_sign_languages() {
    for bad in ["psl-x", "urd", "en", "PKS"] {
        let f = broken(
            "pack.toml",
            "[\"pks\", \"sfs\"]",
            &format!("[\"pks\", \"{bad}\"]"),
        );
        let (_, text) = found(&f, "E040", "pack.toml");
        assert_eq!(text, format!("\"{bad}\""));
    }
    let f = broken(
        "pack.toml",
        "[\"pks\", \"sfs\"]",
        "[\"ase\", \"bfi\", \"zsl\"]",
    );
    assert!(errors(&f).iter().all(|d| d.code != "E040"));
}

#[test]
fn e041_locale_tags() {
    let f = broken("pack.toml", "tag = \"zu\"", "tag = \"ur\"");
    let (d, _) = found(&f, "E041", "pack.toml");
    assert!(
        d.message.contains("twice") || d.message.contains("not listed"),
        "{}",
        d.message
    );
    let f = broken("pack.toml", "tag = \"zu\"", "tag = \"ZU\"");
    let list = errors(&f);
    assert!(
        list.iter()
            .any(|d| d.code == "E041" && d.message.contains("canonical")),
        "{list:#?}"
    );
    let mut f = good();
    f.insert("locales/xh/main.ftl", "m1-title = Imodyuli\n");
    let (d, _) = found(&f, "E041", "pack.toml");
    assert!(d.message.contains("locales/xh/"), "{}", d.message);
}

#[test]
fn e042_empty_modules_and_lessons() {
    let mut f = good();
    let module = format!("{MODULE}\n[[lessons]]\nid = \"m1-l2\"\nsteps = []\n");
    f.insert(MOD_FILE, module);
    edit(
        &mut f,
        EN_FILE,
        "quiz-correct",
        "m1-l2-title = Two\nquiz-correct",
    );
    let (d, text) = found(&f, "E042", MOD_FILE);
    assert_eq!(text, "\"m1-l2\"");
    assert!(d.message.contains("no steps"), "{}", d.message);
    let mut f = good();
    f.insert(
        "modules/02-empty.toml",
        "id = \"m2\"\naudience = \"caregiver\"\nlessons = []\n",
    );
    edit(
        &mut f,
        EN_FILE,
        "quiz-correct",
        "m2-title = Two\nm2-summary = Two.\nquiz-correct",
    );
    let (_, text) = found(&f, "E042", "modules/02-empty.toml");
    assert_eq!(text, "\"m2\"");
}

#[test]
fn e043_mastery_threshold_in_zero_to_one() {
    for bad in ["0.0", "1.5", "-0.2"] {
        let f = broken(
            "pack.toml",
            "mastery_threshold = 0.8",
            &format!("mastery_threshold = {bad}"),
        );
        let (_, text) = found(&f, "E043", "pack.toml");
        assert_eq!(text, bad);
        let f = broken(
            MOD_FILE,
            "ages = \"10-14\"",
            &format!("ages = \"10-14\"\nmastery_threshold = {bad}"),
        );
        found(&f, "E043", MOD_FILE);
    }
    let f = broken(
        "pack.toml",
        "mastery_threshold = 0.8",
        "mastery_threshold = 1.0",
    );
    assert!(errors(&f).is_empty());
}

#[test]
fn e044_text_length_limits_per_age_band() {
    let long = vec!["word"; 111].join(" ");
    let f = broken(
        EN_FILE,
        "m1-story = A story.",
        &format!("m1-story = {long}."),
    );
    let (d, _) = found(&f, "E044", EN_FILE);
    assert!(d.message.contains("ages 10-14"), "{}", d.message);
    // Younger children get shorter texts.
    let mid = vec!["word"; 90].join(" ");
    let f = broken(
        EN_FILE,
        "m1-story = A story.",
        &format!("m1-story = {mid}."),
    );
    assert!(errors(&f).iter().all(|d| d.code != "E044"));
    let f = {
        let mut f = broken(
            EN_FILE,
            "m1-story = A story.",
            &format!("m1-story = {mid}."),
        );
        edit(&mut f, MOD_FILE, "ages = \"10-14\"", "ages = \"6-9\"");
        f
    };
    found(&f, "E044", EN_FILE);
    // Easy-read has its own, smaller limit; translations too.
    let easy = vec!["word"; 100].join(" ");
    let f = broken(
        ZU_FILE,
        "    .easy = Akulona iphutha lakho. Awukho enkingeni.",
        &format!("    .easy = Akulona iphutha lakho. Awukho enkingeni. {easy}"),
    );
    let (d, _) = found(&f, "E044", ZU_FILE);
    assert!(
        d.message.contains("[draft translation: zu]"),
        "{}",
        d.message
    );
}

#[test]
fn badges_need_their_picture_name_and_alt_text() {
    let mut f = good();
    f.remove("media/badges/m1.svg");
    let (_, text) = found(&f, "E005", MOD_FILE);
    assert_eq!(text, "\"media/badges/m1.svg\"");
    let f = broken(EN_FILE, "    .alt = A round badge with a star.\n", "");
    let (_, text) = found(&f, "E006", MOD_FILE);
    assert_eq!(text, "\"media/badges/m1.svg\"");
    let f = broken(
        EN_FILE,
        "m1-badge = Helper\n    .alt = A round badge with a star.\n",
        "",
    );
    found(&f, "E004", MOD_FILE);
}

#[test]
fn many_faults_are_all_reported_at_once() {
    let mut f = good();
    edit(
        &mut f,
        "pack.toml",
        "mastery_threshold = 0.8",
        "mastery_threshold = 2",
    );
    edit(&mut f, "pack.toml", "[\"pks\", \"sfs\"]", "[\"xyz\"]");
    edit(&mut f, MOD_FILE, "ages = \"10-14\"", "ages = \"3-4\"");
    edit(
        &mut f,
        EN_FILE,
        "    .alt = A child with a phone.",
        "    .alt = { \"\" }",
    );
    edit(
        &mut f,
        UR_FILE,
        "m1-title = ماڈیول ایک",
        "m1-title = ماڈیول ایک\nm1-title = x",
    );
    edit(
        &mut f,
        ZU_FILE,
        "https://example.org/help",
        "https://example.net/help",
    );
    let codes: Vec<&str> = errors(&f).iter().map(|d| d.code).collect();
    for want in ["E043", "E040", "E039", "E037", "E036", "E048"] {
        assert!(codes.contains(&want), "{want} missing from {codes:?}");
    }
}

// ---- Rules that predate issue 10, each with its own broken pack ----

#[test]
fn e010_default_locale_must_be_listed() {
    let f = broken(
        "pack.toml",
        "default_locale = \"en\"",
        "default_locale = \"fr\"",
    );
    let (d, text) = found(&f, "E010", "pack.toml");
    assert_eq!(text, "\"fr\"");
    assert!(d.message.contains("'fr'"), "{}", d.message);
}

#[test]
fn e012_e013_picture_choice_options_and_option_counts() {
    let f = broken(
        MOD_FILE,
        "type = \"single_choice\"",
        "type = \"picture_choice\"",
    );
    let (d, _) = found(&f, "E012", MOD_FILE);
    assert!(d.message.contains("has no picture"), "{}", d.message);
    let f = broken(
        MOD_FILE,
        "[[lessons.steps.question.options]]\nid = \"b\"\n",
        "",
    );
    let (d, _) = found(&f, "E013", MOD_FILE);
    assert!(d.message.contains("at least 2 options"), "{}", d.message);
}

#[test]
fn e028_unknown_pathway_and_w003_several_correct_in_single_choice() {
    let f = broken(
        MOD_FILE,
        "id = \"m1-help\"\nkind = \"tip\"",
        "id = \"m1-help\"\nkind = \"tip\"\npathway = \"nowhere\"",
    );
    let (_, text) = found(&f, "E028", MOD_FILE);
    assert_eq!(text, "\"nowhere\"");
    let f = broken(MOD_FILE, "id = \"b\"", "id = \"b\"\ncorrect = true");
    let (d, _) = found(&f, "W003", MOD_FILE);
    assert_eq!(d.severity, Severity::Warning);
}

/// The fixture with the help labels and one contact file.
fn with_contact(contact: &str) -> PackFiles {
    let mut f = good();
    let embedded = PackFiles::embedded();
    f.insert(
        "locales/en/help.ftl",
        embedded.text("locales/en/help.ftl").unwrap(),
    );
    f.insert("contacts/zz.toml", contact);
    f
}

const CONTACT: &str = r#"[[contact]]
id = "zz-line"
country = "ZZ"
organisation = "Example Line"
kind = "child_helpline"
source_url = "https://example.org/source"
source_seen = "2025-01-01"
confidence = "high"
verify_before_shipping = false

[[contact.channel]]
type = "web"
value = "https://example.org"
hours = "Mo-Fr 08:00-17:00"
timezone = "Africa/Lusaka"
"#;

#[test]
fn contacts_e024_e025_e026_w005_w006() {
    let errs = errors(&with_contact(CONTACT));
    assert!(errs.is_empty(), "{errs:#?}");
    let f = with_contact(&CONTACT.replace("Mo-Fr 08:00-17:00", "weekdays 8 to 5"));
    let (_, text) = found(&f, "E024", "contacts/zz.toml");
    assert_eq!(text, "\"weekdays 8 to 5\"");
    // Valid syntax, but not the same every week: the app evaluates a week's table.
    let f = with_contact(&CONTACT.replace("Mo-Fr 08:00-17:00", "Jan-Mar Mo-Fr 08:00-17:00"));
    let (d, text) = found(&f, "E024", "contacts/zz.toml");
    assert_eq!(text, "\"Jan-Mar Mo-Fr 08:00-17:00\"");
    assert!(d.message.contains("one week to another"), "{}", d.message);
    let f = with_contact(&CONTACT.replace("Africa/Lusaka", "Mars/Olympus"));
    let (_, text) = found(&f, "E024", "contacts/zz.toml");
    assert_eq!(text, "\"Mars/Olympus\"");
    let f = with_contact(&CONTACT.replace("https://example.org/source", "example.org"));
    found(&f, "E025", "contacts/zz.toml");
    let f = with_contact(&CONTACT.replace("country = \"ZZ\"", "country = \"Zambia\""));
    let (_, text) = found(&f, "E026", "contacts/zz.toml");
    assert_eq!(text, "\"Zambia\"");
    let i = CONTACT.find("[[contact.channel]]").unwrap();
    let f = with_contact(&CONTACT[..i]);
    found(&f, "W005", "contacts/zz.toml");
    let f = with_contact(&CONTACT.replace("Example Line", "Sextortion Help Line"));
    let (d, text) = found(&f, "W006", "contacts/zz.toml");
    assert_eq!(text, "\"Sextortion Help Line\"");
    assert_eq!(d.severity, Severity::Warning);
}

#[test]
fn text_rules_in_the_ur_and_zu_translations_too() {
    // E033: a marked sentence that is not in the text.
    let f = broken(
        UR_FILE,
        "        آپ کو کوئی سزا نہیں ملے گی۔\n",
        "        آپ کو انعام ملے گا۔\n",
    );
    found(&f, "E033", UR_FILE);
    let f = broken(
        ZU_FILE,
        "        Awukho enkingeni.\n",
        "        Uzothola umklomelo.\n",
    );
    found(&f, "E033", ZU_FILE);
    // E037: empty text.
    let f = broken(ZU_FILE, "m1-tf-true = Kuyiqiniso", "m1-tf-true = { \"\" }");
    found(&f, "E037", ZU_FILE);
    // E044: too long for the age band.
    let long = vec!["لفظ"; 200].join(" ");
    let f = broken(
        UR_FILE,
        "m1-title = ماڈیول ایک",
        &format!("m1-title = ماڈیول ایک\nm1-story = {long}"),
    );
    found(&f, "E044", UR_FILE);
    // E008: Fluent syntax errors in translations, with the valid messages still checked.
    for file in [UR_FILE, ZU_FILE] {
        let mut f = good();
        let t = format!("{}broken = {{ oops\n", f.text(file).unwrap());
        f.insert(file, t);
        found(&f, "E008", file);
    }
}
