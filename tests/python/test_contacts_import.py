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
