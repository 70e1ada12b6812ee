//! Help directory and pathways: every filter, open-now across time zones and midnight,
//! worldwide fallback, the France 116 111 case, ordering, and every pathway resolving for
//! every country in the data.

use chrono::{TimeZone, Utc};
use safesteps_core::content::{Catalog, ChannelType, ContactKind};
use safesteps_core::store::Store;
use safesteps_core::{ContactQuery, Engine, ErrorKind, FreeToUse, OpenOptions, OpenState};

fn app() -> Engine {
    Engine::open_with(
        Store::open_in_memory().unwrap(),
        Catalog::embedded().unwrap(),
        OpenOptions {
            preferred_locales: vec!["en".into()],
            ..Default::default()
        },
        None,
        std::sync::Arc::new(|| 0),
    )
    .unwrap()
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> i64 {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .unwrap()
        .timestamp_millis()
}

fn q(country: &str) -> ContactQuery {
    ContactQuery {
        country: Some(country.into()),
        ..Default::default()
    }
}

const COUNTRIES: &[&str] = &[
    "PK", "ZA", "ZM", "GB", "KE", "IN", "PH", "BR", "US", "DE", "FR",
];

#[test]
fn every_contact_keeps_its_source_and_flags() {
    let app = app();
    for cc in COUNTRIES {
        let list = app
            .contacts(&q(cc), Some(utc(2026, 11, 23, 12, 0)))
            .unwrap();
        assert!(!list.is_empty(), "{cc}");
        for c in list {
            assert!(c.source_url.starts_with("http"), "{}", c.id);
            assert!(!c.source_seen.is_empty());
            assert_eq!(
                c.verify_note.is_some(),
                c.verify_before_shipping,
                "{}",
                c.id
            );
            assert!(!c.kind_label.is_empty() && !c.kind_label.starts_with("contact-kind"));
            for ch in &c.channels {
                assert!(!ch.label.starts_with("channel-"));
                assert!(!ch.value.is_empty());
            }
        }
    }
}

#[test]
fn filters_by_kind_channel_deaf_free_language_and_region() {
    let app = app();
    let at = Some(utc(2026, 11, 23, 12, 0));
    let kind = app
        .contacts(
            &ContactQuery {
                kinds: vec![ContactKind::CsamHotline],
                ..q("ZM")
            },
            at,
        )
        .unwrap();
    assert!(!kind.is_empty() && kind.iter().all(|c| c.kind == ContactKind::CsamHotline));

    let sms = app
        .contacts(
            &ContactQuery {
                channel_types: vec![ChannelType::Sms],
                ..q("ZA")
            },
            at,
        )
        .unwrap();
    assert!(!sms.is_empty());
    assert!(
        sms.iter()
            .all(|c| c.channels.iter().all(|ch| ch.kind == ChannelType::Sms))
    );
    assert!(
        sms.iter()
            .any(|c| c.channels.iter().any(|ch| ch.value == "31531"))
    );

    let deaf = app
        .contacts(
            &ContactQuery {
                deaf_accessible: true,
                ..q("GB")
            },
            at,
        )
        .unwrap();
    assert!(!deaf.is_empty());
    assert!(
        deaf.iter()
            .all(|c| c.channels.iter().all(|ch| ch.usable_without_hearing))
    );
    assert!(deaf.iter().any(|c| c.organisation.starts_with("999 BSL")));
    assert!(
        deaf.iter()
            .flat_map(|c| &c.channels)
            .all(|ch| ch.kind != ChannelType::Phone),
        "no voice calls in the deaf-accessible list"
    );
    // Zambia's contacts are all phone lines, web portals or a desk: the portal is usable without hearing.
    let zm_deaf = app
        .contacts(
            &ContactQuery {
                deaf_accessible: true,
                ..q("ZM")
            },
            at,
        )
        .unwrap();
    assert!(
        zm_deaf
            .iter()
            .all(|c| c.channels.iter().all(|ch| ch.kind != ChannelType::Phone))
    );

    let free = app
        .contacts(
            &ContactQuery {
                free_only: true,
                ..q("ZA")
            },
            at,
        )
        .unwrap();
    assert!(
        free.iter()
            .flat_map(|c| &c.channels)
            .all(|ch| matches!(ch.free, FreeToUse::Yes | FreeToUse::Partly))
    );
    assert!(
        !free
            .iter()
            .flat_map(|c| &c.channels)
            .any(|ch| ch.value == "08600 10111"),
        "a share-call number is not free"
    );

    let pt = app
        .contacts(
            &ContactQuery {
                language: Some("pt".into()),
                ..q("BR")
            },
            at,
        )
        .unwrap();
    assert!(
        !pt.is_empty()
            && pt
                .iter()
                .all(|c| c.languages.iter().any(|l| l.starts_with("pt")))
    );
    let ur = app
        .contacts(
            &ContactQuery {
                language: Some("ur".into()),
                ..q("PK")
            },
            at,
        )
        .unwrap();
    let ur_orgs: Vec<&str> = ur.iter().map(|c| c.organisation.as_str()).collect();
    assert_eq!(
        ur.len(),
        2,
        "the IWF portal and the ConnectHear relay list Urdu: {ur_orgs:?}"
    );
    assert!(
        ur_orgs
            .iter()
            .any(|o| o.starts_with("IWF Reporting Portal"))
    );
    assert!(ur_orgs.iter().any(|o| o.starts_with("ConnectHear")));

    let punjab = app
        .contacts(
            &ContactQuery {
                region: Some("PK-PB".into()),
                ..q("PK")
            },
            at,
        )
        .unwrap();
    let sindh = app
        .contacts(
            &ContactQuery {
                region: Some("pk-sd".into()),
                ..q("PK")
            },
            at,
        )
        .unwrap();
    let has = |list: &[safesteps_core::ContactView], org: &str| {
        list.iter().any(|c| c.organisation.contains(org))
    };
    assert!(has(&punjab, "Punjab") && !has(&punjab, "Sindh"));
    assert!(has(&sindh, "Sindh") && !has(&sindh, "Bureau Punjab"));
    let all = app.contacts(&q("PK"), at).unwrap();
    assert!(
        has(&all, "Punjab") && has(&all, "Sindh"),
        "no region: every regional service, labelled"
    );
    assert!(
        all.iter()
            .find(|c| c.organisation.contains("Sindh"))
            .unwrap()
            .regions
            == vec!["PK-SD".to_string()]
    );

    assert_eq!(
        app.contacts(&q("Zambia"), at).unwrap_err().kind(),
        ErrorKind::UnknownLocale
    );
    assert_eq!(
        app.contacts(&ContactQuery::default(), at)
            .unwrap_err()
            .kind(),
        ErrorKind::UnknownLocale,
        "no country chosen"
    );
    app.set_country(Some("zm".into())).unwrap();
    assert!(
        !app.contacts(&ContactQuery::default(), at)
            .unwrap()
            .is_empty(),
        "the app's country"
    );
}

fn channel_state(app: &Engine, cc: &str, value: &str, at: i64) -> (OpenState, String, Option<i64>) {
    let list = app.contacts(&q(cc), Some(at)).unwrap();
    let ch = list
        .iter()
        .flat_map(|c| &c.channels)
        .find(|ch| ch.value == value)
        .unwrap_or_else(|| panic!("{value} in {cc}"));
    (ch.open, ch.status_text.clone(), ch.next_change_ms)
}

#[test]
fn open_now_in_the_service_time_zone() {
    let app = app();
    // Digital Rights Foundation, Pakistan: Mo-Su 09:00-17:00, Asia/Karachi (UTC+5).
    let (s, text, next) = channel_state(&app, "PK", "0800-39393", utc(2026, 11, 23, 3, 59));
    assert_eq!(s, OpenState::Closed, "08:59 in Karachi");
    assert_eq!(text, "Closed now · Opens 09:00");
    assert_eq!(next, Some(utc(2026, 11, 23, 4, 0)));
    let (s, text, _) = channel_state(&app, "PK", "0800-39393", utc(2026, 11, 23, 4, 0));
    assert_eq!(
        (s, text.as_str()),
        (OpenState::Open, "Open now · Closes 17:00")
    );
    assert_eq!(
        channel_state(&app, "PK", "0800-39393", utc(2026, 11, 23, 11, 59)).0,
        OpenState::Open
    );
    assert_eq!(
        channel_state(&app, "PK", "0800-39393", utc(2026, 11, 23, 12, 0)).0,
        OpenState::Closed
    );

    // The same instant is open in Karachi and closed in Paris (3018: 09:00-23:00, UTC+1 in November).
    let instant = utc(2026, 11, 23, 6, 0);
    assert_eq!(
        channel_state(&app, "PK", "0800-39393", instant).0,
        OpenState::Open
    );
    assert_eq!(
        channel_state(&app, "FR", "3018", instant).0,
        OpenState::Closed
    );
    // Past midnight: 23:30 in Paris, the next opening is tomorrow 09:00.
    let (s, text, next) = channel_state(&app, "FR", "3018", utc(2026, 11, 23, 22, 30));
    assert_eq!(s, OpenState::Closed);
    assert_eq!(text, "Closed now · Opens 2026-11-24 09:00");
    assert_eq!(next, Some(utc(2026, 11, 24, 8, 0)));
    assert_eq!(
        channel_state(&app, "FR", "3018", utc(2026, 11, 23, 21, 59)).0,
        OpenState::Open
    );

    // NSPCC (London): weekdays 08:00-22:00, weekends 09:00-18:00. Friday 22:30 is closed,
    // and it next opens Saturday 09:00 (weekend hours), not 08:00.
    let (s, _, next) = channel_state(&app, "GB", "0808 800 5000", utc(2026, 11, 27, 22, 30));
    assert_eq!(s, OpenState::Closed);
    assert_eq!(next, Some(utc(2026, 11, 28, 9, 0)));
    // Summer time: 08:30 in London on a July Monday is 07:30 UTC.
    assert_eq!(
        channel_state(&app, "GB", "0808 800 5000", utc(2026, 7, 6, 7, 30)).0,
        OpenState::Open
    );
    assert_eq!(
        channel_state(&app, "GB", "0808 800 5000", utc(2026, 7, 6, 6, 30)).0,
        OpenState::Closed
    );

    // Childline South Africa chat closes for lunch 13:00-14:00 (UTC+2).
    assert_eq!(
        channel_state(
            &app,
            "ZA",
            "https://www.childlinesa.org.za",
            utc(2026, 11, 24, 11, 30)
        )
        .0,
        OpenState::Closed
    );
    assert_eq!(
        channel_state(
            &app,
            "ZA",
            "https://www.childlinesa.org.za",
            utc(2026, 11, 24, 12, 30)
        )
        .0,
        OpenState::Open
    );

    // 24/7 lines say so; unknown hours are unknown, never closed.
    let (s, text, _) = channel_state(&app, "ZM", "116", utc(2026, 11, 24, 3, 0));
    assert_eq!(
        (s, text.as_str()),
        (OpenState::Open, "Open 24 hours, every day")
    );
    let (s, text, _) = channel_state(
        &app,
        "DE",
        "https://www.nummergegenkummer.de",
        utc(2026, 11, 24, 3, 0),
    );
    assert_eq!(
        (s, text.as_str()),
        (OpenState::Unknown, "Opening hours not known")
    );

    // The open-now filter keeps open channels only.
    let open = app
        .contacts(
            &ContactQuery {
                open_now: true,
                ..q("PK")
            },
            Some(utc(2026, 11, 23, 20, 0)),
        )
        .unwrap();
    assert!(
        open.iter()
            .flat_map(|c| &c.channels)
            .all(|ch| ch.open == OpenState::Open)
    );
    assert!(
        !open
            .iter()
            .flat_map(|c| &c.channels)
            .any(|ch| ch.value == "0800-39393"),
        "closed at 01:00 Karachi"
    );
    assert!(
        open.iter()
            .flat_map(|c| &c.channels)
            .any(|ch| ch.value == "1121")
    );
}

#[test]
fn ordering_puts_emergency_first_then_open_then_checked() {
    let app = app();
    let at = Some(utc(2026, 11, 23, 20, 0)); // 01:00 in Karachi
    let list = app
        .contacts(
            &ContactQuery {
                emergency_first: true,
                ..q("PK")
            },
            at,
        )
        .unwrap();
    assert_eq!(list[0].kind, ContactKind::Emergency);
    // Worldwide fallbacks come last and low-confidence entries after the others; within
    // the rest, open before unknown before closed.
    let rest: Vec<_> = list
        .iter()
        .filter(|c| {
            c.kind != ContactKind::Emergency
                && !c.is_fallback
                && c.confidence != safesteps_core::Confidence::Low
        })
        .collect();
    let low = list.iter().position(|c| {
        c.kind != ContactKind::Emergency && c.confidence == safesteps_core::Confidence::Low
    });
    if let Some(low) = low {
        assert!(
            list[low..]
                .iter()
                .all(|c| c.confidence == safesteps_core::Confidence::Low || c.is_fallback),
            "low confidence after the others"
        );
    }
    let rank = |s: OpenState| match s {
        OpenState::Open => 0,
        OpenState::Unknown => 1,
        OpenState::Closed => 2,
    };
    assert!(
        rest.windows(2).all(|w| rank(w[0].open) <= rank(w[1].open)),
        "open before unknown before closed"
    );
    let without = app.contacts(&q("PK"), at).unwrap();
    assert!(
        without
            .iter()
            .position(|c| c.kind == ContactKind::Emergency)
            .unwrap()
            > 0
    );
    // Among open contacts of the same kind, checked ones come first.
    let gb = app
        .contacts(
            &ContactQuery {
                kinds: vec![ContactKind::ChildHelpline],
                ..q("GB")
            },
            at,
        )
        .unwrap();
    let open: Vec<_> = gb.iter().filter(|c| c.open == OpenState::Open).collect();
    assert!(
        open.windows(2)
            .all(|w| !w[0].verify_before_shipping || w[1].verify_before_shipping)
    );
}

#[test]
fn countries_without_a_kind_fall_back_to_worldwide_services() {
    let app = app();
    let at = Some(utc(2026, 11, 23, 12, 0));
    // Kenya's CSAM portal has no known address: the INHOPE hotline directory stands in,
    // marked. Take It Down is a take-down tool for one's own images, never a hotline.
    let ke = app
        .contacts(
            &ContactQuery {
                kinds: vec![ContactKind::CsamHotline],
                ..q("KE")
            },
            at,
        )
        .unwrap();
    assert!(!ke.is_empty());
    assert!(
        ke.iter()
            .all(|c| c.is_fallback && c.fallback_note.is_some())
    );
    let orgs: Vec<&str> = ke.iter().map(|c| c.organisation.as_str()).collect();
    assert!(orgs.iter().any(|o| o.starts_with("INHOPE")), "{orgs:?}");
    assert!(
        ke.iter().all(|c| c.kind != ContactKind::TakedownTool),
        "a take-down tool is not a hotline: {orgs:?}"
    );
    // Zambia has its own portal: no fallback.
    let zm = app
        .contacts(
            &ContactQuery {
                kinds: vec![ContactKind::CsamHotline],
                ..q("ZM")
            },
            at,
        )
        .unwrap();
    assert!(zm.iter().all(|c| !c.is_fallback));
    // A country with no data at all gets the worldwide child helpline directory and hotlines.
    let ng = app.contacts(&q("NG"), at).unwrap();
    assert!(!ng.is_empty() && ng.iter().all(|c| c.country == "ZZ"));
    assert!(
        ng.iter()
            .filter(|c| !c.is_fallback)
            .all(|c| c.organisation.contains("Take It Down")),
        "only a service that works worldwide is shown without the fallback note"
    );
    assert!(
        ng.iter()
            .any(|c| c.organisation.starts_with("Child Helpline International"))
    );
    // The full list for Kenya mixes its own contacts with the fallback, fallback last.
    let all = app.contacts(&q("KE"), at).unwrap();
    let first_fallback = all.iter().position(|c| c.is_fallback).unwrap();
    assert!(
        all[..first_fallback]
            .iter()
            .all(|c| c.country == "KE" || c.country == "ZZ")
    );
    assert!(all[first_fallback..].iter().all(|c| c.is_fallback));
}

#[test]
fn the_harmonised_116_111_is_shown_only_where_it_works() {
    let app = app();
    let at = Some(utc(2026, 11, 23, 12, 0));
    let values = |cc: &str| -> Vec<(String, String)> {
        app.contacts(&q(cc), at)
            .unwrap()
            .iter()
            .flat_map(|c| {
                c.channels
                    .iter()
                    .map(|ch| (c.country.clone(), ch.value.clone()))
            })
            .collect()
    };
    let fr = values("FR");
    assert!(
        !fr.iter().any(|(_, v)| v == "116 111"),
        "France does not run 116 111: {fr:?}"
    );
    assert!(fr.iter().any(|(_, v)| v == "119"));
    // Germany uses it, through Nummer gegen Kummer: one entry for the number, not two.
    let de = values("DE");
    let both: Vec<_> = de.iter().filter(|(_, v)| v == "116 111").collect();
    assert_eq!(both.len(), 1, "116 111 merged: {de:?}");
    assert_eq!(both[0].0, "DE", "the national service keeps it");
    assert!(
        !de.iter().any(|(c, _)| c == "EU"),
        "nothing left of the EU entry"
    );
    for cc in ["GB", "PK", "ZA", "US"] {
        assert!(!values(cc).iter().any(|(c, _)| c == "EU"), "{cc}");
    }
}

#[test]
fn every_pathway_resolves_for_every_country() {
    let app = app();
    let at = Some(utc(2026, 11, 23, 12, 0));
    let ids: std::collections::HashSet<String> =
        app.with_catalog(|c| c.contacts.iter().map(|c| c.id.clone()).collect());
    let pathways = app.pathways();
    assert_eq!(pathways.len(), 8);
    for pw in &pathways {
        assert!(!pw.title.is_empty() && !pw.title.starts_with("pathway-"));
        for cc in COUNTRIES.iter().chain(["NG"].iter()) {
            let view = app.pathway(&pw.id, Some(cc), None, at).unwrap();
            assert_eq!(view.country.as_deref(), Some(*cc));
            assert!(view.quick_exit_hint.contains("Quick exit"));
            for step in &view.steps {
                assert!(
                    !step.text.is_empty() && !step.text.starts_with("pathway-"),
                    "{} {}",
                    pw.id,
                    step.id
                );
                for c in &step.contacts {
                    assert!(ids.contains(&c.id), "dangling contact {}", c.id);
                    assert!(!c.channels.is_empty());
                    if c.verify_before_shipping {
                        assert!(view.unverified_contact_ids.contains(&c.id));
                    }
                }
                assert_eq!(
                    step.no_contact_note.is_some(),
                    step.contacts.is_empty() && !step.missing_kinds.is_empty(),
                    "the note only where nothing is listed: {} {} {cc}",
                    pw.id,
                    step.id
                );
            }
        }
    }
    // Where the data has them, steps carry the country's own contacts.
    let pk = app
        .pathway("threatened-over-picture", Some("PK"), None, at)
        .unwrap();
    let helpline = pk.steps.iter().find(|s| s.id == "helpline").unwrap();
    assert!(
        helpline
            .contacts
            .iter()
            .any(|c| c.organisation.contains("Digital Rights Foundation"))
    );
    let emergency = pk.steps.iter().find(|s| s.id == "emergency").unwrap();
    assert_eq!(
        emergency.contacts[0].kind,
        ContactKind::Emergency,
        "emergency first"
    );
    let take_down = pk.steps.iter().find(|s| s.id == "take-down").unwrap();
    assert!(
        take_down
            .contacts
            .iter()
            .any(|c| c.organisation.contains("Take It Down"))
    );
    // No emergency number for a country outside the data: said plainly, nothing invented.
    let ng = app.pathway("wants-to-meet", Some("NG"), None, at).unwrap();
    let e = ng.steps.iter().find(|s| s.id == "emergency").unwrap();
    assert!(e.contacts.iter().all(|c| c.kind != ContactKind::Emergency));
    assert!(e.missing_kinds.contains(&ContactKind::Emergency));
    assert_eq!(e.no_contact_note.is_some(), e.contacts.is_empty());
    assert_eq!(
        app.pathway("nope", Some("PK"), None, at)
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn pathway_texts_never_ask_to_keep_images_and_say_it_is_not_your_fault() {
    let app = app();
    for pw in app.pathways() {
        let view = app.pathway(&pw.id, Some("GB"), None, None).unwrap();
        let all: String = view
            .steps
            .iter()
            .map(|s| format!("{} {} ", s.text, s.easy_text.clone().unwrap_or_default()))
            .collect::<String>()
            .to_lowercase();
        for bad in [
            "take a screenshot",
            "save the picture as",
            "forward it to",
            "keep the picture",
            "keep it as evidence",
        ] {
            assert!(!all.contains(bad), "{}: {bad}", pw.id);
        }
        if pw.id != "wants-to-meet" {
            assert!(
                all.contains("not your fault") || all.contains("not their fault"),
                "{}",
                pw.id
            );
        }
    }
}

/// Every view a person can get from the help section, as JSON, for every country and
/// with no country.
fn everything_shown(app: &Engine) -> Vec<String> {
    let at = Some(utc(2026, 11, 23, 12, 0));
    let mut out = Vec::new();
    for cc in COUNTRIES.iter().chain(["NG", "EU"].iter()) {
        for for_child in [false, true] {
            let list = app
                .contacts(&ContactQuery { for_child, ..q(cc) }, at)
                .unwrap();
            out.push(serde_json::to_string(&list).unwrap());
        }
        for pw in app.pathways() {
            let v = app.pathway(&pw.id, Some(cc), None, at).unwrap();
            out.push(serde_json::to_string(&v).unwrap());
        }
    }
    for pw in app.pathways() {
        let v = app.pathway(&pw.id, None, None, at).unwrap();
        out.push(serde_json::to_string(&v).unwrap());
    }
    out
}

#[test]
fn no_research_note_reaches_anyone() {
    let app = app();
    let shown = everything_shown(&app).join("\n");
    let notes: Vec<String> =
        app.with_catalog(|c| c.contacts.iter().filter_map(|c| c.notes.clone()).collect());
    assert!(notes.len() > 50, "the research has notes: {}", notes.len());
    for n in &notes {
        assert!(!shown.contains(n.as_str()), "research note shown: {n}");
    }
    // The research's remarks on channels stay with authors too.
    // (A label that only repeats the organisation's name, shown anyway, is left out.)
    let labels: Vec<String> = app.with_catalog(|c| {
        c.contacts
            .iter()
            .flat_map(|c| c.channel.iter().map(move |ch| (c, ch)))
            .filter_map(|(c, ch)| {
                ch.label
                    .clone()
                    .filter(|l| !c.organisation.contains(l.as_str()))
            })
            .collect()
    });
    assert!(labels.len() > 40);
    let accessibility: Vec<String> = app.with_catalog(|c| {
        c.contacts
            .iter()
            .filter_map(|c| c.accessibility.clone())
            .filter(|a| a.len() > 15)
            .collect()
    });
    assert!(accessibility.len() > 30);
    for a in &accessibility {
        assert!(
            !shown.contains(a.as_str()),
            "research on accessibility shown: {a}"
        );
    }
    for l in labels.iter().filter(|l| l.len() > 15) {
        assert!(!shown.contains(l.as_str()), "research label shown: {l}");
    }
    for phrase in [
        "exact path unverified",
        "per ER24",
        "evidence vault",
        "URL not found",
        "regulator said",
        "Do not ship",
        "do not ship",
        "not fully working",
        "child pornography",
        "calls fake",
        "43%",
    ] {
        assert!(!shown.contains(phrase), "{phrase}");
    }
    assert!(!shown.contains("\"notes\""), "no notes field in any view");
    // The public note and public labels are shown, localized.
    assert!(shown.contains("INHOPE lists the internet hotlines"));
    assert!(shown.contains("Only for online money fraud"));
}

#[test]
fn help_lookup_needs_no_engine_or_database() {
    use safesteps_core::help;
    use safesteps_core::l10n::{Localizer, parse_locale};
    let cat = Catalog::embedded().unwrap();
    let l10n = Localizer::new(&cat.resources, &[parse_locale("ur").unwrap()]).unwrap();
    let at = utc(2026, 11, 23, 12, 0);
    let list = help::contacts(&cat, &l10n, &q("PK"), None, at).unwrap();
    assert!(!list.is_empty());
    assert!(
        list[0]
            .kind_label
            .chars()
            .any(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
        "labels in Urdu: {}",
        list[0].kind_label
    );
    // The country given as the app's country is used when the query names none.
    let zm = help::contacts(&cat, &l10n, &ContactQuery::default(), Some("zm"), at).unwrap();
    assert!(
        zm.iter()
            .all(|c| ["ZM", "ZZ"].contains(&c.country.as_str()))
    );
    assert!(help::contacts(&cat, &l10n, &ContactQuery::default(), None, at).is_err());
    let pws = help::pathways(&cat, &l10n);
    assert_eq!(pws.len(), 8);
    let v = help::pathway(&cat, &l10n, "being-bullied", Some("GB"), None, at).unwrap();
    assert_eq!(v.country.as_deref(), Some("GB"));
    // The engine's wrappers give the same answer.
    let app = Engine::open_with(
        Store::open_in_memory().unwrap(),
        Catalog::embedded().unwrap(),
        OpenOptions {
            preferred_locales: vec!["ur".into()],
            ..Default::default()
        },
        None,
        std::sync::Arc::new(|| 0),
    )
    .unwrap();
    assert_eq!(app.contacts(&q("PK"), Some(at)).unwrap(), list);
    assert_eq!(
        app.pathway("being-bullied", Some("GB"), None, Some(at))
            .unwrap(),
        v
    );
}

fn uri_of(app: &Engine, cc: &str, value: &str) -> Option<String> {
    let list = app
        .contacts(&q(cc), Some(utc(2026, 11, 23, 12, 0)))
        .unwrap();
    list.iter()
        .flat_map(|c| &c.channels)
        .find(|ch| ch.value == value)
        .unwrap_or_else(|| panic!("{value} in {cc}"))
        .action_uri
        .clone()
}

#[test]
fn every_channel_gets_a_ready_action_uri() {
    let app = app();
    let u = |cc: &str, v: &str| uri_of(&app, cc, v);
    // Vanity letters become digits; the whole number is dialled, not 1800.
    assert_eq!(
        u("US", "1-800-CALL-FBI").as_deref(),
        Some("tel:18002255324")
    );
    assert_eq!(
        u("US", "1-800-422-4453").as_deref(),
        Some("tel:18004224453")
    );
    // * and # are kept (# escaped, or it would start a URI fragment).
    assert_eq!(u("ZA", "*120*7867#").as_deref(), Some("tel:*120*7867%23"));
    assert_eq!(u("ZA", "*134*10111#").as_deref(), Some("tel:*134*10111%23"));
    assert_eq!(u("PH", "#163").as_deref(), Some("tel:%23163"));
    assert_eq!(
        u("GB", "+44 203 879 8560").as_deref(),
        Some("tel:+442038798560")
    );
    assert_eq!(u("GB", "0800 1111").as_deref(), Some("tel:08001111"));
    assert_eq!(u("ZA", "31531").as_deref(), Some("sms:31531"));
    assert_eq!(
        u("US", "911").as_deref().filter(|x| x.starts_with("tel:")),
        Some("tel:911")
    );
    // WhatsApp with the contact country's calling code: a Brazilian number stays Brazilian.
    assert_eq!(
        u("BR", "(61) 99611-0100").as_deref(),
        Some("https://wa.me/5561996110100")
    );
    assert_eq!(
        u("KE", "0709 570 000").as_deref(),
        Some("https://wa.me/254709570000")
    );
    // mailto: only for real addresses; a web mailbox opens the site.
    assert_eq!(
        u("PH", "makabata1383@cwc.gov.ph").as_deref(),
        Some("mailto:makabata1383@cwc.gov.ph")
    );
    let gb = app.contacts(&q("GB"), None).unwrap();
    let web_mail = gb
        .iter()
        .flat_map(|c| &c.channels)
        .find(|ch| ch.kind == ChannelType::Email && ch.value.starts_with("https://"))
        .unwrap();
    assert_eq!(
        web_mail.action_uri.as_deref(),
        Some("https://www.childline.org.uk")
    );
    assert_eq!(
        u("FR", "https://3018.fr").as_deref(),
        Some("https://3018.fr")
    );
    // Names with no address open nothing: an app, a relay service, a Facebook page not found.
    assert_eq!(u("FR", "3018").as_deref(), Some("tel:3018"));
    assert_eq!(u("PH", "Makabata Helpline Facebook page"), None);
    assert_eq!(u("ZA", "Vodacom National Relay Service"), None);
    assert_eq!(u("PK", "ConnectHear app"), None);
    assert_eq!(u("DE", "nora"), None);
    // Every channel that takes an action has one, and it has the right scheme.
    for cc in COUNTRIES {
        for c in app.contacts(&q(cc), None).unwrap() {
            for ch in &c.channels {
                let uri = ch.action_uri.as_deref().unwrap_or("");
                let ok = match ch.kind {
                    ChannelType::Phone | ChannelType::Ussd => uri.starts_with("tel:"),
                    ChannelType::Sms => uri.starts_with("sms:"),
                    ChannelType::Whatsapp => uri.starts_with("https://wa.me/"),
                    ChannelType::Email => uri.starts_with("mailto:") || uri.starts_with("https://"),
                    ChannelType::Web | ChannelType::Chat => {
                        uri.starts_with("http") || ch.action_uri.is_none()
                    }
                    _ => true,
                };
                assert!(ok, "{cc} {}: {:?} -> {uri}", c.id, ch.kind);
                if ch.kind == ChannelType::Phone {
                    assert!(
                        uri[4..]
                            .chars()
                            .all(|c| c.is_ascii_digit() || "+*%23".contains(c)),
                        "{uri}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_child_never_sees_only_a_low_confidence_number_in_an_emergency() {
    let app = app();
    let at = Some(utc(2026, 11, 23, 12, 0));
    // Zambia: 991 (and 112) are low confidence and flagged "do not ship". The checked child
    // helpline 116, open day and night, stands in first, marked; 991 stays, with its warning.
    let zm = app
        .pathway("threatened-over-picture", Some("ZM"), None, at)
        .unwrap();
    let e = zm.steps.iter().find(|s| s.id == "emergency").unwrap();
    assert!(e.contacts.len() >= 2, "{:?}", e.contacts);
    let first = &e.contacts[0];
    assert!(
        first.is_stand_in && first.fallback_note.is_some(),
        "{}",
        first.id
    );
    assert_eq!(first.kind, ContactKind::ChildHelpline);
    assert_ne!(first.confidence, safesteps_core::Confidence::Low);
    assert!(!first.verify_before_shipping);
    assert!(first.channels.iter().any(|c| c.value == "116"));
    let police = e
        .contacts
        .iter()
        .find(|c| c.id == "zm-emergency-1")
        .unwrap();
    assert!(police.verify_before_shipping && police.verify_note.is_some());
    // The same holds in every country, in every pathway (a caregiver's too).
    for pw in app.pathways() {
        for cc in COUNTRIES {
            let v = app.pathway(&pw.id, Some(cc), None, at).unwrap();
            for s in v
                .steps
                .iter()
                .filter(|s| s.contacts.iter().any(|c| c.kind == ContactKind::Emergency))
            {
                assert!(
                    s.contacts
                        .iter()
                        .any(|c| c.confidence != safesteps_core::Confidence::Low),
                    "{} {} {cc}",
                    pw.id,
                    s.id
                );
            }
        }
    }
    // The directory for a child does the same; a caregiver's list has no stand-in.
    let child = app
        .contacts(
            &ContactQuery {
                for_child: true,
                emergency_first: true,
                kinds: vec![ContactKind::Emergency],
                ..q("ZM")
            },
            at,
        )
        .unwrap();
    assert!(child[0].is_stand_in);
    // The whole list for a child: the helpline moves up, before the 991 entry.
    let full = app
        .contacts(
            &ContactQuery {
                for_child: true,
                emergency_first: true,
                ..q("ZM")
            },
            at,
        )
        .unwrap();
    assert_eq!(full[0].id, "zm-child-helpline-1");
    assert!(full[0].is_stand_in && full[0].fallback_note.is_some());
    assert_eq!(full[1].id, "zm-emergency-1");
    let adult = app
        .contacts(
            &ContactQuery {
                emergency_first: true,
                kinds: vec![ContactKind::Emergency],
                ..q("ZM")
            },
            at,
        )
        .unwrap();
    assert!(
        adult
            .iter()
            .all(|c| !c.is_stand_in && c.kind == ContactKind::Emergency)
    );
}

#[test]
fn caregivers_see_every_contact_with_its_status() {
    let app = app();
    let at = Some(utc(2026, 11, 23, 12, 0));
    let all: usize = COUNTRIES
        .iter()
        .map(|cc| {
            let list = app.contacts(&q(cc), at).unwrap();
            for c in &list {
                assert!(!c.status_text.is_empty(), "{}", c.id);
                assert_eq!(
                    c.verify_before_shipping,
                    c.status == safesteps_core::ContactStatus::Unverified
                );
            }
            list.iter()
                .filter(|c| c.status == safesteps_core::ContactStatus::Unverified)
                .count()
        })
        .sum();
    assert!(all > 30, "unverified contacts are listed, marked: {all}");
    let zm = app
        .pathway("worried-about-child", Some("ZM"), None, at)
        .unwrap();
    let e = zm.steps.iter().find(|s| s.id == "emergency").unwrap();
    assert!(e.contacts.iter().any(|c| c.id == "zm-emergency-1"));
    // A caregiver's emergency step lists 991 too, with its status, and never alone.
    assert!(e.contacts[0].is_stand_in, "{}", e.contacts[0].id);
}

#[test]
fn the_saw_pictures_pathway_never_offers_a_tool_that_needs_the_image() {
    let app = app();
    let at = Some(utc(2026, 11, 23, 12, 0));
    let mut places: Vec<Option<&str>> = COUNTRIES.iter().map(|c| Some(*c)).collect();
    places.extend([Some("NG"), None]);
    for cc in places {
        let v = app
            .pathway("saw-sexual-images-of-child", cc, None, at)
            .unwrap();
        let report = v.steps.iter().find(|s| s.id == "report").unwrap();
        for s in &v.steps {
            for c in &s.contacts {
                assert_ne!(
                    c.kind,
                    ContactKind::TakedownTool,
                    "{cc:?}: {}",
                    c.organisation
                );
                assert!(!c.organisation.contains("Take It Down"));
                assert!(!c.organisation.contains("Report Remove"));
            }
        }
        let has_hotline = report
            .contacts
            .iter()
            .any(|c| c.kind == ContactKind::CsamHotline && !c.is_fallback);
        if !has_hotline {
            assert!(
                report
                    .contacts
                    .iter()
                    .any(|c| c.kind == ContactKind::HotlineDirectory
                        && c.channels
                            .iter()
                            .any(|ch| ch.value == "https://www.inhope.org")),
                "{cc:?}: no hotline, so the INHOPE directory"
            );
        }
    }
    // Kenya has no hotline address in the data: INHOPE is offered.
    let ke = app
        .pathway("saw-sexual-images-of-child", Some("KE"), None, at)
        .unwrap();
    let report = ke.steps.iter().find(|s| s.id == "report").unwrap();
    assert!(report.missing_kinds.contains(&ContactKind::CsamHotline));
    assert!(report.no_contact_note.is_none(), "something is listed");
    // The take-down step for one's own pictures does offer the take-down tools.
    let gb = app
        .pathway("threatened-over-picture", Some("GB"), None, at)
        .unwrap();
    let td = gb.steps.iter().find(|s| s.id == "take-down").unwrap();
    let orgs: Vec<&str> = td
        .contacts
        .iter()
        .map(|c| c.organisation.as_str())
        .collect();
    assert!(orgs.iter().any(|o| o.contains("Take It Down")), "{orgs:?}");
    assert!(orgs.iter().any(|o| o.contains("Report Remove")), "{orgs:?}");
}

#[test]
fn a_pathway_without_a_country_shows_the_worldwide_services() {
    let app = app();
    let at = Some(utc(2026, 11, 23, 12, 0));
    for pw in app.pathways() {
        let v = app.pathway(&pw.id, None, None, at).unwrap();
        assert_eq!(v.country, None);
        for s in &v.steps {
            for c in &s.contacts {
                assert_eq!(c.country, "ZZ", "{} {}", pw.id, c.id);
            }
        }
    }
    let v = app
        .pathway("threatened-over-picture", None, None, at)
        .unwrap();
    let helpline = v.steps.iter().find(|s| s.id == "helpline").unwrap();
    assert!(
        helpline
            .contacts
            .iter()
            .any(|c| c.organisation.starts_with("Child Helpline International"))
    );
    let td = v.steps.iter().find(|s| s.id == "take-down").unwrap();
    assert!(
        td.contacts
            .iter()
            .any(|c| c.organisation.contains("Take It Down"))
    );
    // Steps with nothing worldwide say so (emergency numbers are never worldwide).
    let e = v.steps.iter().find(|s| s.id == "emergency").unwrap();
    assert!(e.contacts.is_empty() && e.no_contact_note.is_some());
}

#[test]
fn a_verified_contact_says_who_checked_it() {
    use safesteps_core::content::PackFiles;
    let mut files = PackFiles::embedded();
    let text = files.text("contacts/zm.toml").unwrap().replace(
        "id = \"zm-emergency-1\"",
        "id = \"zm-emergency-1\"\nverification = { date = \"2026-11-29\", by = \"Lifeline/Childline Zambia\", method = \"called\" }",
    );
    files.insert("contacts/zm.toml", text);
    let cat = Catalog::load(files).unwrap();
    let c = cat
        .contacts
        .iter()
        .find(|c| c.id == "zm-emergency-1")
        .unwrap();
    assert!(
        c.verify_before_shipping,
        "the research flag is kept as it was"
    );
    assert_eq!(c.status(), safesteps_core::ContactStatus::Verified);
    let l10n = safesteps_core::l10n::Localizer::new(
        &cat.resources,
        &[safesteps_core::l10n::parse_locale("en").unwrap()],
    )
    .unwrap();
    let list = safesteps_core::help::contacts(
        &cat,
        &l10n,
        &ContactQuery {
            kinds: vec![ContactKind::Emergency],
            ..q("ZM")
        },
        None,
        0,
    )
    .unwrap();
    let v = list.iter().find(|c| c.id == "zm-emergency-1").unwrap();
    assert!(!v.verify_before_shipping && v.verify_note.is_none());
    assert_eq!(
        v.status_text,
        "Checked by Lifeline/Childline Zambia on 2026-11-29 (called)."
    );
}
