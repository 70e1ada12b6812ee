"""Help contacts through the Python bindings: the action URIs the apps open, and that no
research note (the pack's `notes`, for authors) reaches anyone using an app."""
import enum
import tomllib
from pathlib import Path

import pytest
import safesteps as ss

ROOT = Path(__file__).resolve().parents[2]
NOV_23_NOON_UTC = 1795435200000
COUNTRIES = ["PK", "ZA", "ZM", "GB", "KE", "IN", "PH", "BR", "US", "DE", "FR"]


@pytest.fixture
def app(tmp_path):
    return ss.SafeSteps(str(tmp_path / "help.sqlite"), ss.OpenOptions(preferred_locales=["en"]))


def research_notes():
    """Each contact's research notes, and the research's remarks on its channels (`label`,
    unless it only repeats the organisation's name)."""
    notes = []
    for path in sorted((ROOT / "content/contacts").glob("*.toml")):
        for c in tomllib.loads(path.read_text(encoding="utf-8")).get("contact", []):
            if c.get("notes"):
                notes.append(c["notes"])
            if len(c.get("accessibility", "")) > 15:
                notes.append(c["accessibility"])
            for ch in c.get("channel", []):
                label = ch.get("label", "")
                if len(label) > 15 and label not in c["organisation"]:
                    notes.append(label)
    return notes


def strings(value):
    """Every string inside a record, list or enum value returned by the bindings."""
    if isinstance(value, enum.Enum):
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings(v)
    elif hasattr(value, "__dict__"):
        # Records (UniFFI declares them as dataclasses without fields: use the instance).
        for v in vars(value).values():
            yield from strings(v)


def uri(app, country, value):
    for c in app.contacts(ss.ContactQuery(country=country), NOV_23_NOON_UTC):
        for ch in c.channels:
            if ch.value == value:
                return ch.action_uri
    raise AssertionError(f"{value} not listed for {country}")


def test_action_uris_come_from_the_core(app):
    assert uri(app, "US", "1-800-CALL-FBI") == "tel:18002255324"
    assert uri(app, "BR", "(61) 99611-0100") == "https://wa.me/5561996110100"
    assert uri(app, "KE", "0709 570 000") == "https://wa.me/254709570000"
    assert uri(app, "ZA", "*120*7867#") == "tel:*120*7867%23"
    assert uri(app, "PH", "#163") == "tel:%23163"
    assert uri(app, "ZA", "31531") == "sms:31531"
    assert uri(app, "PH", "makabata1383@cwc.gov.ph") == "mailto:makabata1383@cwc.gov.ph"
    assert uri(app, "GB", "+44 203 879 8560") == "tel:+442038798560"
    assert uri(app, "PH", "Makabata Helpline Facebook page") is None
    assert uri(app, "PK", "ConnectHear app") is None
    for cc in COUNTRIES:
        for c in app.contacts(ss.ContactQuery(country=cc), NOV_23_NOON_UTC):
            for ch in c.channels:
                if ch.kind in (ss.ChannelType.PHONE, ss.ChannelType.USSD):
                    assert ch.action_uri.startswith("tel:"), (cc, ch)
                elif ch.kind == ss.ChannelType.SMS:
                    assert ch.action_uri.startswith("sms:"), (cc, ch)
                elif ch.kind == ss.ChannelType.WHATSAPP:
                    assert ch.action_uri.startswith("https://wa.me/"), (cc, ch)
                elif ch.kind == ss.ChannelType.EMAIL:
                    assert ch.action_uri.startswith(("mailto:", "https://")), (cc, ch)


def test_no_research_note_reaches_a_user(app):
    notes = research_notes()
    assert len(notes) > 50
    shown = []
    for cc in COUNTRIES + [None]:
        if cc:
            for child in (False, True):
                shown += strings(app.contacts(ss.ContactQuery(country=cc, for_child=child), NOV_23_NOON_UTC))
        for p in app.pathways():
            shown += strings(app.pathway(p.id, cc, None, NOV_23_NOON_UTC))
    text = "\n".join(shown)
    assert "INHOPE lists the internet hotlines" in text, "the public note is shown"
    assert "Only for online money fraud" in text, "public channel labels are shown"
    for note in notes:
        assert note not in text, note
    assert "do not ship" not in text.lower()
    assert "child pornography" not in text.lower()


def test_zambia_emergency_step_has_a_reliable_helpline_first(app):
    view = app.pathway("threatened-over-picture", "ZM", None, NOV_23_NOON_UTC)
    step = next(s for s in view.steps if s.id == "emergency")
    first = step.contacts[0]
    assert first.is_stand_in and first.kind == ss.ContactKind.CHILD_HELPLINE
    assert first.confidence != ss.Confidence.LOW and not first.verify_before_shipping
    police = next(c for c in step.contacts if c.id == "zm-emergency-1")
    assert police.status == ss.ContactStatus.UNVERIFIED and police.verify_note
