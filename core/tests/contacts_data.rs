//! The pack's help contacts hold exactly what the researched data holds: same numbers and
//! addresses, same sources, dates, confidence, notes and verify flags. Nothing added.

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
        assert_eq!(c.kind, kind, "{org}");
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
