"""The committed contact files are exactly what scripts/import-contacts.py makes from the data."""
import filecmp
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_script_reproduces_the_committed_contacts(tmp_path):
    out = tmp_path / "contacts"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts/import-contacts.py"),
         str(ROOT / "tests/fixtures/help-contacts.json"), str(out)],
        check=True, capture_output=True)
    committed = sorted(p.name for p in (ROOT / "content/contacts").glob("*.toml"))
    generated = sorted(p.name for p in out.glob("*.toml"))
    assert committed == generated
    match, mismatch, errors = filecmp.cmpfiles(ROOT / "content/contacts", out, committed, shallow=False)
    assert mismatch == [] and errors == []
    assert len(match) == 13


def test_verification_records_survive_a_reimport_and_flags_stay(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    zm = (ROOT / "content/contacts/zm.toml").read_text(encoding="utf-8")
    record = 'verification = { date = "2026-11-29", by = "Lifeline/Childline Zambia", method = "called" }'
    assert 'id = "zm-emergency-1"' in zm
    # Where `safesteps contacts verify` puts it: after the contact's last key.
    head, sep, tail = zm.partition('id = "zm-emergency-1"')
    first_channel = tail.index("\n\n[[contact.channel]]")
    edited = head + sep + tail[:first_channel] + "\n" + record + tail[first_channel:]
    (pack / "zm.toml").write_text(edited, encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts/import-contacts.py"),
         str(ROOT / "tests/fixtures/help-contacts.json"), str(out), str(pack)],
        check=True, capture_output=True)
    text = (out / "zm.toml").read_text(encoding="utf-8")
    assert text.count("verification = ") == 1
    block = text.split("[[contact]]")
    emergency = next(b for b in block if 'id = "zm-emergency-1"' in b)
    assert record in emergency
    assert text == edited, "the import writes the record where the verify command does"
    # The research flag is kept as the data has it; the record is what clears the contact.
    assert "verify_before_shipping = true" in emergency
    assert 'confidence = "low"' in emergency
    # Every other file is exactly the committed one.
    for p in (ROOT / "content/contacts").glob("*.toml"):
        if p.name != "zm.toml":
            assert (out / p.name).read_text(encoding="utf-8") == p.read_text(encoding="utf-8"), p.name
