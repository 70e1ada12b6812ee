//! The Urdu and isiZulu lexicon entries are drafts: every one is listed for native review
//! in docs/safety-lexicon-review.md, and the built-in lexicon says they are drafts.

use safesteps_core::content::safety::base;

#[test]
fn every_ur_and_zu_entry_is_listed_for_review_as_a_draft() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/safety-lexicon-review.md"),
    )
    .unwrap();
    let mut listed = 0;
    for file in base().iter().filter(|f| f.locale != "en") {
        assert_eq!(file.status.as_deref(), Some("draft"), "{}", file.locale);
        for w in &file.speaker {
            assert!(
                doc.contains(&format!("`{w}`")),
                "speaker word {w} not listed"
            );
        }
        for m in &file.negation.as_ref().unwrap().markers {
            assert!(
                doc.contains(&format!("`{m}`")),
                "negation marker {m} not listed"
            );
        }
        for e in &file.entry {
            let row = doc
                .lines()
                .find(|l| l.starts_with(&format!("| `{}` |", e.id)))
                .unwrap_or_else(|| panic!("{} is not listed for review", e.id));
            assert!(row.contains("draft, needs native review"), "{row}");
            for p in e.phrases.iter().chain(e.all.iter().flatten()) {
                assert!(
                    row.contains(&format!("`{p}`")),
                    "{}: pattern {p} not listed",
                    e.id
                );
            }
            listed += 1;
        }
    }
    assert!(listed >= 20, "{listed}");
}
