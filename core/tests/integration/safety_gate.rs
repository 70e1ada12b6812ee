//! The safety gate (issue 10): one broken pack per lexicon rule and per locale (en, ur,
//! zu), each refused at the exact place, with what may pass next to it (negations, wrong
//! options with their correction, speech quoted in a story).

use safesteps_core::content::{self, Diagnostic, PackFiles, Severity, locate};

use crate::support::errors;

const MANIFEST: &str = r#"id = "org.example.safety"
version = "1.0.0"
publisher = "Test"
default_locale = "en"
min_core_version = "0.1.0"
sign_languages = ["pks"]

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

[[lessons]]
id = "m1-l1"

[[lessons.steps]]
id = "m1-story"
kind = "story"
picture = "media/m1/p.svg"

[[lessons.steps]]
id = "m1-tip"
kind = "tip"
picture = "media/m1/p.svg"

[[lessons.steps]]
id = "m1-quiz"
kind = "quiz"
picture = "media/m1/p.svg"

[lessons.steps.question]
type = "single_choice"

[[lessons.steps.question.options]]
id = "tell"
correct = true

[[lessons.steps.question.options]]
id = "wrong"

[[lessons.steps]]
id = "m1-tf"
kind = "quiz"
picture = "media/m1/p.svg"

[lessons.steps.question]
type = "true_false"

[[lessons.steps.question.options]]
id = "true"

[[lessons.steps.question.options]]
id = "false"
correct = true
"#;

const EN: &str = "m1-title = Pictures
m1-summary = What to do.
m1-l1-title = Lesson one
m1-story = Thabo gets a message.
    .alt = A phone.
    .easy = Thabo gets a message.
m1-tip = Tell a trusted adult.
    .easy = Tell a trusted adult.
    .alt = A phone.
m1-quiz = What should Thabo do?
    .alt = A phone.
m1-quiz-tell = Tell a trusted adult.
    .feedback = Yes. A trusted adult can help.
m1-quiz-wrong = Ignore it.
    .feedback = No. Tell a trusted adult.
m1-tf = True or false: telling an adult is good.
    .alt = A phone.
m1-tf-true = True
    .feedback = Yes.
m1-tf-false = False
    .feedback = No, it is true.
quiz-correct = Right.
quiz-partly = Partly.
quiz-not-yet = Not yet.
quiz-reveal = Here is the answer.
home-welcome = Hello { $nickname }.
";

const UR: &str = "m1-title = تصویریں
m1-tip = بھروسے والے کسی بڑے کو بتائیں۔
    .easy = کسی بڑے کو بتائیں۔
";

const ZU: &str = "m1-title = Izithombe
m1-tip = Tshela umuntu omdala omethembayo.
    .easy = Tshela umuntu omdala.
";

fn good() -> PackFiles {
    let mut f = PackFiles::default();
    f.insert("pack.toml", MANIFEST);
    f.insert("modules/01-m1.toml", MODULE);
    f.insert("locales/en/main.ftl", EN);
    f.insert("locales/ur/main.ftl", UR);
    f.insert("locales/zu/main.ftl", ZU);
    f.insert("media/m1/p.svg", "<svg/>");
    f
}

/// The text a diagnostic points at.
fn pointed(files: &PackFiles, d: &Diagnostic) -> String {
    locate(files, d)
        .map(|r| files.text(&d.file).unwrap()[r].to_string())
        .unwrap_or_default()
}

/// Replace one line of a locale file.
fn with(locale: &str, from: &str, to: &str) -> PackFiles {
    let mut f = good();
    let path = format!("locales/{locale}/main.ftl");
    let text = f.text(&path).unwrap().to_string();
    assert!(text.contains(from), "{from} not in {path}");
    f.insert(path, text.replacen(from, to, 1));
    f
}

/// The pack with `text` as the tip's text in `locale` must be refused with `code`,
/// pointing at `excerpt` in that locale's file.
fn refused(locale: &str, text: &str, code: &str, excerpt: &str) {
    let from = match locale {
        "en" => "m1-tip = Tell a trusted adult.",
        "ur" => "m1-tip = بھروسے والے کسی بڑے کو بتائیں۔",
        _ => "m1-tip = Tshela umuntu omdala omethembayo.",
    };
    let f = with(locale, from, &format!("m1-tip = {text}"));
    let errs = errors(&f);
    let hit = errs
        .iter()
        .find(|d| d.code == code && d.file == format!("locales/{locale}/main.ftl"));
    let Some(d) = hit else {
        panic!("{locale}: \"{text}\" was not refused with {code}: {errs:#?}")
    };
    assert_eq!(pointed(&f, d), excerpt, "{locale}: {text}: {}", d.message);
    if locale != "en" {
        assert!(
            d.message
                .contains(&format!("[draft translation: {locale}]")),
            "draft locales are marked: {}",
            d.message
        );
    }
    // The loader, and so install and `pack build`, refuse it too.
    let e = content::Catalog::load(f).unwrap_err();
    assert!(
        e.to_string().contains(code) || e.to_string().contains("problem"),
        "{e}"
    );
}

/// The pack with `text` as the tip's text in `locale` (and no easy-read variant) passes.
fn allowed(locale: &str, text: &str) {
    let from = match locale {
        "en" => "m1-tip = Tell a trusted adult.\n    .easy = Tell a trusted adult.",
        "ur" => "m1-tip = بھروسے والے کسی بڑے کو بتائیں۔\n    .easy = کسی بڑے کو بتائیں۔",
        _ => "m1-tip = Tshela umuntu omdala omethembayo.\n    .easy = Tshela umuntu omdala.",
    };
    let mut f = with(locale, from, &format!("m1-tip = {text}"));
    // The other locales' translations of the tip are left out (they fall back).
    for (other, block) in [
        (
            "en",
            "m1-tip = Tell a trusted adult.\n    .easy = Tell a trusted adult.\n",
        ),
        (
            "ur",
            "m1-tip = بھروسے والے کسی بڑے کو بتائیں۔\n    .easy = کسی بڑے کو بتائیں۔\n",
        ),
        (
            "zu",
            "m1-tip = Tshela umuntu omdala omethembayo.\n    .easy = Tshela umuntu omdala.\n",
        ),
    ] {
        if other != locale && other != "en" {
            let path = format!("locales/{other}/main.ftl");
            let t = f.text(&path).unwrap().replacen(block, "", 1);
            f.insert(path, t);
        }
    }
    let errs = errors(&f);
    assert!(
        errs.is_empty(),
        "{locale}: \"{text}\" was refused: {errs:#?}"
    );
}

#[test]
fn the_fixture_passes() {
    let errs = errors(&good());
    assert!(errs.is_empty(), "{errs:#?}");
}

// ---- Unsafe advice (E030) ----

#[test]
fn e030_unsafe_advice_en_the_issue_examples() {
    refused(
        "en",
        "Take a screenshot of the picture.",
        "E030",
        "Take a screenshot",
    );
    refused(
        "en",
        "Save the image as evidence.",
        "E030",
        "Save the image as evidence",
    );
    refused("en", "Pay the blackmailer and it will stop.", "E030", "Pay");
    refused(
        "en",
        "Send them more pictures so they stay calm.",
        "E030",
        "Send them more pictures",
    );
    refused(
        "en",
        "Download the video and forward it to your friends.",
        "E030",
        "Download the video",
    );
    refused("en", "Confront the person who sent it.", "E030", "Confront");
    refused(
        "en",
        "Reply to the blackmailer and ask them to stop.",
        "E030",
        "Reply to the blackmailer",
    );
    refused(
        "en",
        "Just do what they ask so it stops.",
        "E030",
        "do what they ask",
    );
    refused(
        "en",
        "Give them the money and they will delete it.",
        "E030",
        "Give them the money",
    );
    refused(
        "en",
        "Send the pictures to the police as evidence.",
        "E030",
        "Send the pictures to the police as evidence",
    );
    refused(
        "en",
        "Keep copies of the photos for the police.",
        "E030",
        "Keep copies of the photos for the police",
    );
}

#[test]
fn e030_unsafe_advice_ur() {
    refused(
        "ur",
        "تصویر کا اسکرین شاٹ لے کر محفوظ کریں۔",
        "E030",
        "تصویر کا اسکرین شاٹ",
    );
    refused(
        "ur",
        "ثبوت کے لیے تصویر سیو کر لیں۔",
        "E030",
        "ثبوت کے لیے تصویر سیو",
    );
    refused("ur", "اسے پیسے دے دیں۔", "E030", "پیسے دے دیں");
    refused(
        "ur",
        "مزید تصویریں بھیج دیں۔",
        "E030",
        "مزید تصویریں بھیج دیں",
    );
    refused("ur", "tasveer save kar lo.", "E030", "tasveer save");
}

#[test]
fn e030_unsafe_advice_zu() {
    refused(
        "zu",
        "Gcina isithombe njengobufakazi.",
        "E030",
        "Gcina isithombe njengobufakazi",
    );
    refused(
        "zu",
        "Thatha i-screenshot yesithombe.",
        "E030",
        "screenshot yesithombe",
    );
    refused("zu", "Khokha imali uma ekusongela.", "E030", "Khokha");
    refused(
        "zu",
        "Mthumelele ezinye izithombe.",
        "E030",
        "Mthumelele ezinye izithombe",
    );
}

#[test]
fn negated_advice_is_allowed_in_every_locale() {
    allowed("en", "Do not save the picture.");
    allowed("en", "Never pay. Do not send more pictures.");
    allowed("en", "You do not need to copy any picture.");
    allowed("en", "Paying does not make it stop.");
    allowed("ur", "تصویر محفوظ نہ کریں۔ پیسے مت دیں۔");
    allowed("ur", "tasveer save na karein.");
    allowed("zu", "Ungakhokhi. Ungathumeli ezinye izithombe.");
    allowed("zu", "Ungasigcini isithombe.");
}

#[test]
fn a_negation_does_not_reach_past_a_comma_or_but() {
    refused(
        "en",
        "Do not panic, take a screenshot of it.",
        "E030",
        "take a screenshot",
    );
    refused(
        "en",
        "Do not worry but save the picture.",
        "E030",
        "save the picture",
    );
    refused(
        "ur",
        "گھبرائیں نہیں، تصویر محفوظ کر لیں۔",
        "E030",
        "تصویر محفوظ",
    );
}

// ---- Victim blaming (E031) ----

#[test]
fn e031_victim_blaming_en() {
    refused(
        "en",
        "It was your fault for sending it.",
        "E031",
        "your fault",
    );
    refused(
        "en",
        "You should have known better.",
        "E031",
        "should have known better",
    );
    refused(
        "en",
        "You brought it on yourself.",
        "E031",
        "brought it on yourself",
    );
    refused(
        "en",
        "This happened because you were sexting.",
        "E031",
        "because you were sexting",
    );
    refused(
        "en",
        "You were stupid to send it.",
        "E031",
        "stupid to send it",
    );
    allowed("en", "It is never your fault.");
    allowed("en", "It is not your fault.");
}

#[test]
fn e031_victim_blaming_ur() {
    refused("ur", "تصویر بھیجنا آپ کی غلطی تھی۔", "E031", "آپ کی غلطی");
    refused("ur", "یہ tumhari ghalti hai.", "E031", "tumhari ghalti");
    allowed("ur", "یہ آپ کا قصور نہیں ہے۔");
}

#[test]
fn e031_victim_blaming_zu() {
    refused(
        "zu",
        "Yiphutha lakho ngoba uthumele isithombe.",
        "E031",
        "Yiphutha lakho",
    );
    refused("zu", "Bekufanele wazi.", "E031", "Bekufanele wazi");
    allowed("zu", "Akulona iphutha lakho.");
}

// ---- Discouraged terms (E014) ----

#[test]
fn e014_discouraged_terms_in_every_locale_with_the_preferred_term() {
    refused(
        "en",
        "Report child pornography here.",
        "E014",
        "child pornography",
    );
    refused(
        "en",
        "Never a child prostitute.",
        "E014",
        "child prostitute",
    );
    refused(
        "ur",
        "بچوں کی فحش تصاویر کی رپورٹ کریں۔",
        "E014",
        "بچوں کی فحش تصاویر",
    );
    refused(
        "ur",
        "bachon ki porn ki report karein.",
        "E014",
        "bachon ki porn",
    );
    refused(
        "zu",
        "Bika iphonografi yezingane.",
        "E014",
        "iphonografi yezingane",
    );
    // English terms are caught in every locale's texts.
    refused("zu", "Bika i-child porn.", "E014", "child porn");
    let f = with(
        "en",
        "m1-tip = Tell a trusted adult.",
        "m1-tip = Do not look at child pornography.",
    );
    let d = errors(&f).into_iter().find(|d| d.code == "E014").unwrap();
    assert_eq!(
        d.help.as_deref(),
        Some("say \"child sexual abuse material\"")
    );
}

// ---- Folding: the same words written to slip past ----

#[test]
fn folding_defeats_width_case_spacing_invisible_characters_and_diacritics() {
    // Full-width letters, no-break spaces, zero-width characters, soft hyphens.
    refused(
        "en",
        "Ｔａｋｅ\u{00A0}a\u{200B} screen\u{00AD}shot of the picture.",
        "E030",
        "Ｔａｋｅ\u{00A0}a\u{200B} screen\u{00AD}shot",
    );
    refused("en", "SAVE THE PICTURE.", "E030", "SAVE THE PICTURE");
    // A Fluent continuation line splits the phrase over two lines.
    refused(
        "en",
        "Take a\n    screenshot of the picture.",
        "E030",
        "Take a\n    screenshot",
    );
    // A string placeable inside the words.
    refused(
        "en",
        "Take a { \"screenshot\" } of the picture.",
        "E030",
        "Take a { \"screenshot",
    );
    // Urdu with diacritics, and with Arabic letter forms.
    refused("ur", "تَصْوِیر مَحْفُوظ کریں۔", "E030", "تَصْوِیر مَحْفُوظ");
    refused("ur", "آپ كى غلطى ہے۔", "E031", "آپ كى غلطى");
    // A select expression: every variant is scanned.
    refused(
        "en",
        "{ $n ->\n        [one] Save the picture.\n       *[other] Tell someone.\n    }",
        "E030",
        "Save the picture",
    );
}

#[test]
fn every_user_visible_part_is_scanned() {
    for (from, to, excerpt) in [
        (
            "    .easy = Tell a trusted adult.\n    .alt = A phone.\nm1-quiz",
            "    .easy = Save the picture.\n    .alt = A phone.\nm1-quiz",
            "Save the picture",
        ),
        (
            "    .feedback = Yes. A trusted adult can help.",
            "    .feedback = Yes. Screenshot the picture.",
            "Screenshot the picture",
        ),
        (
            "m1-quiz = What should Thabo do?",
            "m1-quiz = What should Thabo do?\n    .hint = Pay them.",
            "Pay them",
        ),
        (
            "m1-story = Thabo gets a message.",
            "m1-story = Thabo gets a message.\n    .alt = A girl saves the picture as evidence.",
            "saves the picture",
        ),
        (
            "m1-title = Pictures",
            "m1-title = Pictures: it was your fault",
            "your fault",
        ),
        (
            "m1-l1-title = Lesson one",
            "m1-l1-title = Lesson one\nm1-badge = Screenshot the pictures\n    .alt = A badge.",
            "Screenshot the pictures",
        ),
    ] {
        let f = with("en", from, to);
        let errs = errors(&f);
        let d = errs
            .iter()
            .find(|d| matches!(d.code, "E030" | "E031"))
            .unwrap_or_else(|| panic!("{to}: {errs:#?}"));
        assert_eq!(pointed(&f, d), excerpt, "{to}");
    }
}

#[test]
fn words_split_across_referenced_messages_and_terms_are_read_together() {
    let f = with(
        "en",
        "m1-tip = Tell a trusted adult.",
        "-verb = Save\nm1-tip = { -verb } the picture.",
    );
    let errs = errors(&f);
    let d = errs
        .iter()
        .find(|d| d.code == "E030")
        .unwrap_or_else(|| panic!("{errs:#?}"));
    assert_eq!(
        pointed(&f, d),
        "verb } the picture",
        "points at the reference"
    );
    let f = with(
        "en",
        "m1-tip = Tell a trusted adult.",
        "shot-word = a screenshot\nthe-pic = of the picture\nm1-tip = Take { shot-word } { the-pic }.",
    );
    assert!(
        errors(&f).iter().any(|d| d.code == "E030"),
        "{:#?}",
        errors(&f)
    );
    // A variable stays a neutral word.
    allowed("en", "Tell { $name } about the picture.");
}

// ---- Wrong options, false statements and stories ----

#[test]
fn a_wrong_option_may_voice_an_unsafe_idea_only_with_its_safe_feedback() {
    let f = with(
        "en",
        "m1-quiz-wrong = Ignore it.",
        "m1-quiz-wrong = Save the picture as evidence.",
    );
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
    // Without its feedback it is refused.
    let f = with(
        "en",
        "m1-quiz-wrong = Ignore it.\n    .feedback = No. Tell a trusted adult.",
        "m1-quiz-wrong = Save the picture as evidence.",
    );
    let errs = errors(&f);
    assert!(errs.iter().any(|d| d.code == "E030"), "{errs:#?}");
    assert!(errs.iter().any(|d| d.code == "E038"), "{errs:#?}");
    // With unsafe feedback, the feedback is refused.
    let f = with(
        "en",
        "    .feedback = No. Tell a trusted adult.",
        "    .feedback = Yes, keep the photos as proof.",
    );
    let f = {
        let mut f = f;
        let t = f.text("locales/en/main.ftl").unwrap().replacen(
            "m1-quiz-wrong = Ignore it.",
            "m1-quiz-wrong = Save the picture.",
            1,
        );
        f.insert("locales/en/main.ftl", t);
        f
    };
    let errs = errors(&f);
    assert!(
        errs.iter()
            .any(|d| d.code == "E030" && pointed(&f, d) == "keep the photos as proof"),
        "the feedback is refused: {errs:#?}"
    );
    // Feedback that does not say no is no correction.
    let f = with(
        "en",
        "m1-quiz-wrong = Ignore it.\n    .feedback = No. Tell a trusted adult.",
        "m1-quiz-wrong = Save the picture.\n    .feedback = Good thinking.",
    );
    assert!(
        errors(&f).iter().any(|d| d.code == "E030"),
        "{:#?}",
        errors(&f)
    );
    // The right option may never voice it.
    let f = with(
        "en",
        "m1-quiz-tell = Tell a trusted adult.",
        "m1-quiz-tell = Save the picture.",
    );
    assert!(errors(&f).iter().any(|d| d.code == "E030"));
}

#[test]
fn a_true_false_statement_marked_false_may_voice_an_unsafe_idea() {
    let f = with(
        "en",
        "m1-tf = True or false: telling an adult is good.",
        "m1-tf = True or false: if you pay, it will stop.",
    );
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
    // Marked true, it is refused.
    let mut f = f;
    let m = f.text("modules/01-m1.toml").unwrap().replace(
        "id = \"true\"\n\n[[lessons.steps.question.options]]\nid = \"false\"\ncorrect = true",
        "id = \"true\"\ncorrect = true\n\n[[lessons.steps.question.options]]\nid = \"false\"",
    );
    f.insert("modules/01-m1.toml", m);
    assert!(errors(&f).iter().any(|d| d.code == "E030"));
}

#[test]
fn speech_quoted_in_a_story_is_depicted_not_advised() {
    let f = with(
        "en",
        "m1-story = Thabo gets a message.",
        "m1-story = Thabo gets a message: \"Send me more pictures or pay me.\"",
    );
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
    // The same words unquoted in a story, or quoted in a tip, are refused.
    let f = with(
        "en",
        "m1-story = Thabo gets a message.",
        "m1-story = Thabo should send more pictures.",
    );
    assert!(errors(&f).iter().any(|d| d.code == "E030"));
    refused(
        "en",
        "\"Send me more pictures.\"",
        "E030",
        "Send me more pictures",
    );
    // Quoted advice from someone else (no "me" of the speaker) is still advice.
    let f = with(
        "en",
        "m1-story = Thabo gets a message.",
        "m1-story = Mum says: \"Save the picture as evidence.\"",
    );
    let errs = errors(&f);
    assert!(errs.iter().any(|d| d.code == "E030"), "{errs:#?}");
    // The same in Urdu and isiZulu: the person who harms speaks ("send me"), and passes.
    let mut f = good();
    let t = f.text("locales/ur/main.ftl").unwrap().to_string()
        + "m1-story = اس نے لکھا: \"مجھے پیسے بھیجو یا مزید تصویریں بھیجو۔\"\n";
    f.insert("locales/ur/main.ftl", t);
    let t = f.text("locales/zu/main.ftl").unwrap().to_string()
        + "m1-story = Ubhala athi: \"Ngithumelele imali noma ezinye izithombe.\"\n";
    f.insert("locales/zu/main.ftl", t);
    assert!(errors(&f).is_empty(), "{:#?}", errors(&f));
}

// ---- Contacts: what people see is scanned ----

#[test]
fn contact_names_and_shown_notes_are_scanned_research_notes_warned() {
    let mut f = good();
    let help = content::PackFiles::embedded();
    f.insert(
        "locales/en/help.ftl",
        help.text("locales/en/help.ftl").unwrap(),
    );
    f.insert(
        "contacts/zz.toml",
        r#"[[contact]]
id = "zz-x"
country = "ZZ"
organisation = "Child Pornography Reporting Line"
kind = "csam_hotline"
source_url = "https://example.org/source"
source_seen = "2025-01-01"
confidence = "high"
verify_before_shipping = false
accessibility = "Text us. Keep the photos as evidence."
notes = "Older name used the term revenge porn."
"#,
    );
    let all = content::check(&f).unwrap();
    let org = all
        .iter()
        .find(|d| d.code == "E014" && d.file == "contacts/zz.toml")
        .expect("organisation");
    assert_eq!(pointed(&f, org), "\"Child Pornography Reporting Line\"");
    let acc = all
        .iter()
        .find(|d| d.code == "E030" && d.file == "contacts/zz.toml")
        .expect("accessibility");
    assert!(pointed(&f, acc).contains("Keep the photos"));
    let notes = all.iter().find(|d| d.code == "W004").expect("notes");
    assert_eq!(notes.severity, Severity::Warning);
}

// ---- A pack's own lexicon ----

#[test]
fn a_pack_may_add_lexicon_entries_but_never_remove_or_relax_one() {
    let mut f = good();
    f.insert(
        "lexicon/en.toml",
        r#"locale = "en"

[[entry]]
id = "example.advice.delete-chat"
category = "unsafe_advice"
phrases = ["delete the chat"]
"#,
    );
    refused_in(&f, "Delete the chat at once.", "E030", "Delete the chat");
    // Reusing a built-in id (to replace it) is refused, and the base entry still applies.
    let mut f = good();
    f.insert(
        "lexicon/en.toml",
        r#"locale = "en"

[[entry]]
id = "en.advice.pay"
category = "unsafe_advice"
phrases = ["zzzz"]
"#,
    );
    let errs = errors(&f);
    let d = errs.iter().find(|d| d.code == "E035").expect("E035");
    assert_eq!(pointed(&f, d), "\"en.advice.pay\"");
    refused_in(&f, "Pay them.", "E030", "Pay them");
    // New negation markers would relax the built-in entries: refused and ignored.
    let mut f = good();
    f.insert(
        "lexicon/en.toml",
        "locale = \"en\"\n\n[negation]\nmarkers = [\"the\"]\nbefore = 12\n",
    );
    assert!(errors(&f).iter().any(|d| d.code == "E035"));
    refused_in(&f, "Save the picture.", "E030", "Save the picture");
    // Speaker words would excuse quoted advice: refused and ignored.
    let mut f = good();
    f.insert("lexicon/en.toml", "locale = \"en\"\nspeaker = [\"mum\"]\n");
    assert!(errors(&f).iter().any(|d| d.code == "E035"));
    // A window too wide to be a phrase is refused.
    let mut f = good();
    f.insert(
        "lexicon/en.toml",
        "locale = \"en\"\n[[entry]]\nid = \"x.wide\"\ncategory = \"unsafe_advice\"\nall = [[\"a\"], [\"b\"]]\nwindow = 1000\n",
    );
    let d = errors(&f).into_iter().find(|d| d.code == "E035").unwrap();
    assert!(d.message.contains("more than 12 words"), "{}", d.message);
    // A discouraged term cannot be made negatable; a malformed file is reported.
    let mut f = good();
    f.insert(
        "lexicon/en.toml",
        "locale = \"en\"\n[[entry]]\nid = \"x.term\"\ncategory = \"term\"\nphrases = [\"abc\"]\nnegatable = true\n",
    );
    assert!(errors(&f).iter().any(|d| d.code == "E035"));
    let mut f = good();
    f.insert("lexicon/zu.toml", "locale = \"en\"\n[[entry]]\n");
    assert!(errors(&f).iter().any(|d| d.code == "E035"));
}

fn refused_in(f: &PackFiles, text: &str, code: &str, excerpt: &str) {
    let mut f = f.clone();
    let t = f.text("locales/en/main.ftl").unwrap().replacen(
        "m1-tip = Tell a trusted adult.",
        &format!("m1-tip = {text}"),
        1,
    );
    f.insert("locales/en/main.ftl", t);
    let errs = errors(&f);
    let d = errs
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("{text}: {errs:#?}"));
    assert_eq!(pointed(&f, d), excerpt);
}

// ---- Every error is reported ----

#[test]
fn one_error_never_hides_the_others() {
    let mut f = with(
        "en",
        "m1-tip = Tell a trusted adult.",
        "m1-tip = Save the picture. It was your fault. Child pornography.",
    );
    let t = f.text("locales/ur/main.ftl").unwrap().replacen(
        "بھروسے والے کسی بڑے کو بتائیں۔",
        "پیسے دے دیں۔",
        1,
    );
    f.insert("locales/ur/main.ftl", t);
    let t = f.text("locales/zu/main.ftl").unwrap().replacen(
        "Tshela umuntu omdala omethembayo.",
        "Khokha.",
        1,
    );
    f.insert("locales/zu/main.ftl", t);
    let errs = errors(&f);
    let found: Vec<(&str, &str)> = errs.iter().map(|d| (d.code, d.file.as_str())).collect();
    for want in [
        ("E030", "locales/en/main.ftl"),
        ("E031", "locales/en/main.ftl"),
        ("E014", "locales/en/main.ftl"),
        ("E030", "locales/ur/main.ftl"),
        ("E030", "locales/zu/main.ftl"),
    ] {
        assert!(found.contains(&want), "{want:?} missing: {found:?}");
    }
}

#[test]
fn the_default_pack_is_clean_in_every_locale() {
    let all = content::check(&PackFiles::embedded()).unwrap();
    let errs: Vec<_> = all
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errs.is_empty(), "{errs:#?}");
    // Its safety sentences are marked, in every locale.
    let files = PackFiles::embedded();
    for tag in ["en", "ur", "zu"] {
        let help = files.text(&format!("locales/{tag}/help.ftl")).unwrap();
        assert!(help.matches(".safety").count() >= 10, "{tag}");
    }
}
