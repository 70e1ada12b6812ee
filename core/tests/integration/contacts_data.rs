//! The pack's help contacts hold exactly what the researched data holds: same numbers and
//! addresses, same sources, dates, confidence, notes and verify flags. Nothing added but
//! what the import script documents: kinds that say what a worldwide tool is for, public
//! note message ids, and `unlinked` on channels the data names without an address.

use safesteps_core::content::{Catalog, ChannelType, Confidence, ContactKind};
use serde_json::Value;

fn data() -> Vec<Value> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/help-contacts.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn s(v: &Value) -> Option<String> {
    v.as_str().map(String::from)
}

#[test]
fn every_contact_matches_the_data_field_by_field() {
    let cat = Catalog::embedded().unwrap();
    let data = data();
    assert_eq!(
        cat.contacts.len(),
        data.len(),
        "one pack contact per data entry"
    );
    for e in &data {
        let org = e["org"].as_str().unwrap();
        let country = e["country"].as_str().unwrap();
        let c = cat
            .contacts
            .iter()
            .find(|c| c.organisation == org && c.country == country)
            .unwrap_or_else(|| panic!("{country} {org} missing"));
        let kind: ContactKind = serde_json::from_value(e["kind"].clone()).unwrap();
        // The data's `global_tool` is split by purpose; every other kind is kept.
        let expected = match (country, org) {
            ("ZZ", o) if o.starts_with("NCMEC Take It Down") => ContactKind::TakedownTool,
            ("GB", o) if o.starts_with("Report Remove") => ContactKind::TakedownTool,
            ("ZZ", o) if o.starts_with("INHOPE") => ContactKind::HotlineDirectory,
            ("ZZ", o) if o.starts_with("Child Helpline International") => {
                ContactKind::HelplineDirectory
            }
            _ => kind,
        };
        assert_eq!(c.kind, expected, "{org}");
        assert!(
            c.verification.is_none(),
            "{org}: nobody has verified it yet; the data has no record"
        );
        if let Some(note) = &c.public_note {
            assert!(
                note.starts_with("help-note-"),
                "{org}: a public note is a message id, not research text: {note}"
            );
        }
        let conf: Confidence = serde_json::from_value(e["confidence"].clone()).unwrap();
        assert_eq!(c.confidence, conf, "{org}");
        assert_eq!(c.source_url, e["source_url"].as_str().unwrap());
        assert_eq!(c.source_seen, e["source_seen"].as_str().unwrap());
        assert_eq!(
            c.verify_before_shipping,
            e["verify_before_ship"].as_bool().unwrap(),
            "{org}"
        );
        assert_eq!(c.accessibility, s(&e["accessibility"]));
        let notes = s(&e["notes"]).filter(|n| !n.is_empty());
        assert_eq!(c.notes, notes, "{org}");
        let langs: Vec<String> = e["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap().to_string())
            .collect();
        assert_eq!(c.languages, langs);
        let secondary: Vec<String> = e["secondary_sources"]
            .as_array()
            .map(|a| a.iter().map(|l| l.as_str().unwrap().to_string()).collect())
            .unwrap_or_default();
        assert_eq!(c.secondary_sources, secondary);
        let channels = e["channels"].as_array().unwrap();
        assert_eq!(c.channel.len(), channels.len(), "{org}");
        for (ch, d) in c.channel.iter().zip(channels) {
            let t: ChannelType = serde_json::from_value(d["type"].clone()).unwrap();
            assert_eq!(ch.kind, t);
            assert_eq!(
                ch.value,
                d["value"].as_str().unwrap(),
                "{org}: number or address changed"
            );
            assert_eq!(ch.label, s(&d["label"]));
            assert_eq!(ch.hours_text, s(&d["hours"]));
            assert_eq!(ch.cost, s(&d["cost"]));
            if let Some(l) = &ch.public_label {
                assert!(l.starts_with("help-label-"), "{org}: {l}");
                assert!(
                    ch.label.is_some(),
                    "{org}: a public label is written from the research label"
                );
            }
            let is_url = ch.value.starts_with("https://") || ch.value.starts_with("http://");
            assert_eq!(
                ch.unlinked,
                matches!(
                    ch.kind,
                    ChannelType::Chat | ChannelType::Web | ChannelType::VideoRelay
                ) && !is_url,
                "{org}: {}",
                ch.value
            );
            if ch.hours.is_some() {
                assert!(
                    ch.hours_text.is_some(),
                    "machine-readable hours only where the data has hours"
                );
            }
        }
    }
}

#[test]
fn unverified_entries_stay_marked() {
    let cat = Catalog::embedded().unwrap();
    let flagged = data()
        .iter()
        .filter(|e| e["verify_before_ship"].as_bool().unwrap())
        .count();
    assert_eq!(
        cat.contacts
            .iter()
            .filter(|c| c.verify_before_shipping)
            .count(),
        flagged
    );
    assert!(flagged > 30, "most entries need checking: {flagged}");
}

#[test]
fn the_new_research_is_in_with_its_channels_for_deaf_children() {
    let cat = Catalog::embedded().unwrap();
    assert_eq!(cat.contacts.len(), 69);
    let relay: Vec<_> = cat
        .contacts
        .iter()
        .filter(|c| {
            c.channel
                .iter()
                .any(|ch| ch.kind == ChannelType::VideoRelay)
        })
        .map(|c| c.country.as_str())
        .collect();
    assert_eq!(relay, ["PK", "ZA"], "pack order: files by name");
    // Zambia: 112 was added to the emergency entry, which stays low confidence and flagged.
    let zm = cat
        .contacts
        .iter()
        .find(|c| c.id == "zm-emergency-1")
        .unwrap();
    assert_eq!(zm.confidence, Confidence::Low);
    assert!(zm.verify_before_shipping);
    let values: Vec<&str> = zm.channel.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(values, ["991", "112"]);
}
