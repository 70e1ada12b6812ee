//! One broken contact (or pathway) per contact rule, in the default pack: each must give
//! its diagnostic at the right file and line, and nothing else new. Plus the release gate.

use safesteps_core::content::{self, Diagnostic, PackFiles, locate, validate_contacts};

use crate::support::{edit, errors};

/// The only error is `code`, and it points at the line holding `needle`.
fn only(files: &PackFiles, code: &str, file: &str, needle: &str) -> Diagnostic {
    let errs = errors(files);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    let d = errs.into_iter().next().unwrap();
    assert_eq!(d.code, code, "{d:#?}");
    assert_eq!(d.file, file);
    let range = locate(files, &d).unwrap_or_else(|| panic!("no location: {d:#?}"));
    let text = files.text(file).unwrap();
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[range.start..]
        .find('\n')
        .map_or(text.len(), |i| range.start + i);
    assert!(
        text[line_start..line_end].contains(needle),
        "{} points at {:?}, not at {needle:?}",
        d.code,
        &text[line_start..line_end]
    );
    d
}

fn pack() -> PackFiles {
    PackFiles::embedded()
}

#[test]
fn the_default_pack_passes_every_contact_check() {
    assert_eq!(errors(&pack()), vec![]);
}

#[test]
fn e101_phone_numbers_and_short_codes() {
    for bad in [
        "0800 1111 ext. 2",
        "1",
        "+44 20",
        "0800 1111 111 11",
        "999999999999999999",
        "help",
        "0800 1111 #",
    ] {
        let mut f = pack();
        edit(
            &mut f,
            "contacts/gb.toml",
            "value = \"0800 1111\"",
            &format!("value = {bad:?}"),
        );
        let d = only(&f, "E101", "contacts/gb.toml", "value");
        assert!(d.message.contains("gb-child-helpline-1"), "{}", d.message);
    }
    // A USSD code must be one.
    let mut f = pack();
    edit(
        &mut f,
        "contacts/za.toml",
        "value = \"*120*7867#\"",
        "value = \"1207867\"",
    );
    only(&f, "E101", "contacts/za.toml", "1207867");
    // Vanity numbers are fine; a name is not a number.
    let mut f = pack();
    edit(
        &mut f,
        "contacts/us.toml",
        "value = \"1-800-CALL-FBI\"",
        "value = \"Call the FBI\"",
    );
    only(&f, "E101", "contacts/us.toml", "Call the FBI");
}

#[test]
fn e102_sms_numbers() {
    let mut f = pack();
    edit(
        &mut f,
        "contacts/za.toml",
        "value = \"31531\"",
        "value = \"*31531#\"",
    );
    only(&f, "E102", "contacts/za.toml", "*31531#");
    let mut f = pack();
    edit(
        &mut f,
        "contacts/za.toml",
        "value = \"31531\"",
        "value = \"send help\"",
    );
    only(&f, "E102", "contacts/za.toml", "send help");
}

#[test]
fn e103_whatsapp_numbers_in_international_form() {
    // Too short for a Brazilian mobile.
    let mut f = pack();
    edit(
        &mut f,
        "contacts/br.toml",
        "value = \"(61) 99611-0100\"",
        "value = \"99611-0100\"",
    );
    only(&f, "E103", "contacts/br.toml", "99611-0100");
    // A national number on an entry with no single country has no calling code.
    let mut f = pack();
    edit(
        &mut f,
        "contacts/eu.toml",
        "[[contact.channel]]\ntype = \"phone\"",
        "[[contact.channel]]\ntype = \"whatsapp\"\nvalue = \"0709 570 000\"\n\n[[contact.channel]]\ntype = \"phone\"",
    );
    let d = only(&f, "E103", "contacts/eu.toml", "0709 570 000");
    assert!(d.message.contains("country code"), "{}", d.message);
    // With its + code it is fine anywhere.
    let mut f = pack();
    edit(
        &mut f,
        "contacts/eu.toml",
        "[[contact.channel]]\ntype = \"phone\"",
        "[[contact.channel]]\ntype = \"whatsapp\"\nvalue = \"+254 709 570 000\"\n\n[[contact.channel]]\ntype = \"phone\"",
    );
    assert_eq!(errors(&f), vec![]);
}

#[test]
fn e104_email_addresses() {
    for bad in [
        "makabata1383 at cwc.gov.ph",
        "makabata1383@cwc",
        "@cwc.gov.ph",
        "mailto:x@y.org",
        "http://cwc.gov.ph",
    ] {
        let mut f = pack();
        edit(
            &mut f,
            "contacts/ph.toml",
            "value = \"makabata1383@cwc.gov.ph\"",
            &format!("value = {bad:?}"),
        );
        only(&f, "E104", "contacts/ph.toml", "value");
    }
}

#[test]
fn e105_web_and_chat_urls() {
    for bad in [
        "www.iwf.org.uk/report",
        "javascript:alert(1)",
        "https://",
        "https://iwf org.uk",
    ] {
        let mut f = pack();
        edit(
            &mut f,
            "contacts/gb.toml",
            "value = \"https://www.iwf.org.uk/report\"",
            &format!("value = {bad:?}"),
        );
        only(&f, "E105", "contacts/gb.toml", "value");
    }
    let mut f = pack();
    edit(
        &mut f,
        "contacts/ph.toml",
        "public_label = \"help-label-facebook-message\"\nunlinked = true",
        "public_label = \"help-label-facebook-message\"",
    );
    let d = only(
        &f,
        "E105",
        "contacts/ph.toml",
        "Makabata Helpline Facebook page",
    );
    assert!(d.message.contains("unlinked"), "{}", d.message);
}

#[test]
fn e106_unlinked_only_where_the_data_has_no_address() {
    let mut f = pack();
    edit(
        &mut f,
        "contacts/za.toml",
        "value = \"31531\"",
        "value = \"31531\"\nunlinked = true",
    );
    only(&f, "E106", "contacts/za.toml", "unlinked");
}

#[test]
fn e107_take_down_tools_are_not_hotlines() {
    let mut f = pack();
    edit(
        &mut f,
        "contacts/zz.toml",
        "kind = \"takedown_tool\"\nworldwide = true",
        "kind = \"takedown_tool\"\nworldwide = true\nfallback_for = [\"csam_hotline\"]",
    );
    only(&f, "E107", "contacts/zz.toml", "fallback_for");
    let mut f = pack();
    edit(
        &mut f,
        "pathways/saw-sexual-images-of-child.toml",
        "contacts = [\"csam_hotline\", \"police_cyber\"]",
        "contacts = [\"csam_hotline\", \"takedown_tool\", \"police_cyber\"]",
    );
    only(
        &f,
        "E107",
        "pathways/saw-sexual-images-of-child.toml",
        "takedown_tool",
    );
}

#[test]
fn e111_where_a_country_has_no_hotline_the_directory_must_stand_in() {
    // Without INHOPE's directory standing in, Kenya (no hotline address) and a child with no
    // country would be left with nothing to report abuse material to.
    let mut f = pack();
    edit(
        &mut f,
        "contacts/zz.toml",
        "kind = \"hotline_directory\"\nfallback_for = [\"csam_hotline\"]",
        "kind = \"hotline_directory\"",
    );
    let errs = errors(&f);
    assert!(!errs.is_empty());
    assert!(errs.iter().all(|d| d.code == "E111"), "{errs:#?}");
    let saw = errs
        .iter()
        .find(|d| d.file == "pathways/saw-sexual-images-of-child.toml")
        .expect("the saw-pictures pathway");
    assert!(
        saw.message.contains("KE") && saw.message.contains("no country"),
        "{}",
        saw.message
    );
    assert!(locate(&f, saw).is_some());
}

#[test]
fn e112_regions_are_iso_3166_2_codes_of_the_contact_country() {
    for bad in ["PK-Punjab", "IN-PB", "pk-pb", "PB"] {
        let mut f = pack();
        edit(
            &mut f,
            "contacts/pk.toml",
            "regions = [\"PK-PB\"]",
            &format!("regions = [{bad:?}]"),
        );
        only(&f, "E112", "contacts/pk.toml", "regions");
    }
}

#[test]
fn e108_an_emergency_step_needs_more_than_a_low_confidence_number() {
    // Without Zambia's checked child helpline to stand in, the emergency steps would show
    // only 991 and 112, which the research says may not work.
    let mut f = pack();
    edit(
        &mut f,
        "contacts/zm.toml",
        "confidence = \"high\"\nverify_before_shipping = false",
        "confidence = \"high\"\nverify_before_shipping = true",
    );
    let errs = errors(&f);
    assert!(!errs.is_empty());
    assert!(errs.iter().all(|d| d.code == "E108"), "{errs:#?}");
    assert!(errs.iter().all(|d| d.message.contains("ZM")), "{errs:#?}");
    let files: std::collections::BTreeSet<&str> = errs.iter().map(|d| d.file.as_str()).collect();
    assert!(
        files.contains("pathways/threatened-over-picture.toml")
            && files.contains("pathways/wants-to-meet.toml"),
        "{files:?}"
    );
    assert!(
        files.contains("pathways/worried-about-child.toml"),
        "a caregiver's emergency step too: {files:?}"
    );
    for d in &errs {
        assert!(locate(&f, d).is_some());
    }
}

#[test]
fn e109_verification_records_need_a_date_and_a_name() {
    for (record, needle) in [
        (
            "{ date = \"last week\", by = \"A. Partner\", method = \"called\" }",
            "date",
        ),
        (
            "{ date = \"2026-11-29\", by = \" \", method = \"visit\" }",
            "who",
        ),
    ] {
        let mut f = pack();
        edit(
            &mut f,
            "contacts/zm.toml",
            "id = \"zm-emergency-1\"",
            &format!("id = \"zm-emergency-1\"\nverification = {record}"),
        );
        let d = only(&f, "E109", "contacts/zm.toml", "verification");
        assert!(d.message.contains(needle), "{}", d.message);
    }
    // An unknown method is a format error (E015), with its position.
    let mut f = pack();
    edit(
        &mut f,
        "contacts/zm.toml",
        "id = \"zm-emergency-1\"",
        "id = \"zm-emergency-1\"\nverification = { date = \"2026-11-29\", by = \"X\", method = \"heard\" }",
    );
    let errs = errors(&f);
    assert!(errs.iter().any(|d| d.code == "E015"), "{errs:#?}");
}

#[test]
fn e004_public_notes_and_labels_are_messages() {
    let mut f = pack();
    edit(
        &mut f,
        "contacts/zz.toml",
        "public_note = \"help-note-inhope\"",
        "public_note = \"Use to find a national CSAM hotline.\"",
    );
    only(&f, "E004", "contacts/zz.toml", "public_note");
    let mut f = pack();
    edit(
        &mut f,
        "contacts/in.toml",
        "public_label = \"help-label-fraud-only\"",
        "public_label = \"financial cyber fraud only\"",
    );
    only(&f, "E004", "contacts/in.toml", "public_label");
    let mut f = pack();
    edit(
        &mut f,
        "locales/en/help.ftl",
        "channel-video_relay = Sign language video call\n",
        "",
    );
    let errs = errors(&f);
    assert!(
        errs.iter()
            .any(|d| d.code == "E004" && d.message.contains("channel-video_relay")),
        "{errs:#?}"
    );
}

#[test]
fn e110_a_release_shows_children_only_verified_contacts() {
    // The default pack is a preview: many contacts still need checking.
    let parsed = content::parse(&pack()).unwrap();
    let refused = validate_contacts::release_problems(&parsed);
    assert!(refused.len() > 10, "{}", refused.len());
    assert!(refused.iter().all(|d| d.code == "E110"));
    let zm = refused
        .iter()
        .find(|d| d.message.contains("'zm-emergency-1'"))
        .expect("Zambia's 991 is refused");
    assert_eq!(zm.file, "contacts/zm.toml");
    assert!(
        zm.message.contains("asked-for-pictures/emergency (ZM)"),
        "{}",
        zm.message
    );
    // A caregiver pathway's non-emergency steps do not count; take away every child pathway
    // and every emergency step, and nothing is refused.
    let mut f = pack();
    let paths: Vec<String> = f.paths("pathways/", ".toml").map(String::from).collect();
    for p in paths {
        f.remove(&p);
    }
    let parsed = content::parse(&f).unwrap();
    assert_eq!(validate_contacts::release_problems(&parsed), vec![]);
    // Verify Zambia's emergency entry: it leaves the list, the others stay.
    let mut f = pack();
    edit(
        &mut f,
        "contacts/zm.toml",
        "id = \"zm-emergency-1\"",
        "id = \"zm-emergency-1\"\nverification = { date = \"2026-11-29\", by = \"Zambia Police\", method = \"official_publication\" }",
    );
    let after = validate_contacts::release_problems(&content::parse(&f).unwrap());
    assert_eq!(after.len(), refused.len() - 1);
    assert!(!after.iter().any(|d| d.message.contains("'zm-emergency-1'")));
}

#[test]
fn the_loader_refuses_a_broken_contact() {
    let mut f = pack();
    edit(
        &mut f,
        "contacts/us.toml",
        "value = \"1-800-CALL-FBI\"",
        "value = \"1-800-CALL\"",
    );
    // Seven digits after 1-800 are needed; the loader refuses what the checker refuses.
    assert!(!errors(&f).is_empty());
    assert!(content::Catalog::load(f).is_err());
}
