#!/usr/bin/env python3
"""Convert the researched help contacts (shared/data/help-contacts/contacts.json) into the
default pack's contact files (content/contacts/<country>.toml).

Every field the data holds is kept as it is: organisation, kind, channels with their
values, labels, hours and cost, languages, accessibility, source URL, date seen,
confidence, notes, secondary sources and the verify-before-shipping flag. Nothing is
added that the data does not hold. Three things are encoded from the data's own words:

- hours: the data's free-text hours are kept (`hours_text`) and, where the text maps
  one-to-one onto OpenStreetMap opening_hours syntax, also given as `hours` (HOURS below);
  anything else (for example "varies by national operator") stays unknown;
- regions: where the notes say a service covers one province only (REGIONS below);
- age limits: where the data states them (MAX_AGE below);
- where the EU-wide 116 111 works: the EU entry's notes name Germany as using it and
  France as not (APPLIES_IN below);
- what a worldwide tool is for (KIND below): the data's `global_tool` lumps together
  take-down tools for one's own images (Take It Down, Report Remove), the INHOPE hotline
  directory and the Child Helpline International directory. A take-down tool needs the
  image on the device, so it is never offered as a hotline (FALLBACK_FOR);
- chat, web and video-relay channels whose value names a service but is no address
  (a Facebook page "URL not found", a relay service) get `unlinked = true`: the apps show
  the words and open nothing.

Research notes stay `notes`, and the research's remarks on a channel stay its `label`
(authors only; no app shows them: "exact path unverified", "per one radio report"). What
people may see is a `public_note` and a channel's `public_label`: message ids in
locales/<tag>/help.ftl (PUBLIC_NOTE and PUBLIC_LABEL below), checked like every other text. Verification records (`verification = {...}`) are written by
`safesteps contacts verify` and kept across re-imports (read back from content/contacts).

Time zones are the country's (TIMEZONES): a property of the country, not of the contact.

Usage: python3 scripts/import-contacts.py [CONTACTS_JSON] [OUT_DIR] [PACK_CONTACTS_DIR]
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/help-contacts/contacts.json"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "content/contacts"
# Where verification records are read back from (the pack source `contacts verify` edits).
PACK = Path(sys.argv[3]) if len(sys.argv) > 3 else ROOT / "content/contacts"

HOURS = {
    "any day, any time (24/7)": "24/7",
    "24/7 (since July 2016)": "24/7",
    "24/7 (announced 2020)": "24/7",
    "24/7": "24/7",
    "24h": "24/7",
    "24 hours": "24/7",
    "24x7": "24/7",
    "24/7 (per one radio report)": "24/7",
    "24/7 incl. holidays": "24/7",
    "24h, every day": "24/7",
    "Mon–Sun 09:00–17:00": "Mo-Su 09:00-17:00",
    "Mon–Fri 11:00–13:00, 14:00–18:00 (per third-party pages)": "Mo-Fr 11:00-13:00,14:00-18:00",
    "Mon–Fri 08:00–22:00; Sat–Sun 09:00–18:00": "Mo-Fr 08:00-22:00; Sa,Su 09:00-18:00",
    # The extra morning hours were announced in 2020 and are flagged for re-checking in
    # the data; only the confirmed base hours are machine-readable.
    "Mon–Sat 14:00–20:00 (extra Mon/Wed/Thu 10:00–12:00 announced in 2020)": "Mo-Sa 14:00-20:00",
    "Mon, Tue, Thu, Fri 15:00–19:00; Wed 13:00–19:00": "Mo,Tu,Th,Fr 15:00-19:00; We 13:00-19:00",
    "7 days 09:00–23:00": "Mo-Su 09:00-23:00",
    "varies by national operator": None,
}

TIMEZONES = {
    "PK": "Asia/Karachi", "ZA": "Africa/Johannesburg", "ZM": "Africa/Lusaka",
    "GB": "Europe/London", "KE": "Africa/Nairobi", "IN": "Asia/Kolkata",
    "PH": "Asia/Manila", "BR": "America/Sao_Paulo", "US": "America/New_York",
    "DE": "Europe/Berlin", "FR": "Europe/Paris",
}

# Whether a channel is free to use, from the data's own cost text.
FREE = {
    "free": "yes", "toll-free": "yes", "free, anonymous": "yes", "toll-free from all networks": "yes",
    "free; not shown on phone bills": "yes", "free, zero-rated": "yes", "free from fixed and mobile": "yes",
    "free; not shown on bills": "yes", "free (EU rules)": "yes",
    "free from landline; normal rates from mobile": "partly", "toll-free on Airtel, MTN, Zamtel": "partly",
    "free from landlines and most mobiles": "partly", "free for Globe/TM subscribers": "partly",
    "free on PLDT/Smart/TNT/Sun (2019); Globe not confirmed": "partly",
    "share-call number (not toll-free)": "no", "charged": "no",
    # The research notes call this line "toll free" but "actually reverse-charged": unclear.
    "reverse-charged to Zambia Police": "unknown",
}

# (country, organisation prefix) -> ISO 3166-2 regions, from the notes quoted.
REGIONS = {
    ("PK", "Child Protection & Welfare Bureau Punjab"): ["PK-PB"],  # "Covers Punjab province only."
    ("PK", "Sindh Child Protection Authority"): ["PK-SD"],  # "a separate provincial service (all 29 Sindh districts)"
    ("PK", "Punjab Safe Cities Authority"): ["PK-PB"],  # "Punjab only."
    # "City-level only (Bhopal)"; "city-level only (Indore)": both in Madhya Pradesh.
    ("IN", "Bhopal Police"): ["IN-MP"],
    ("IN", "Indore Police"): ["IN-MP"],
    # "Regional, not national: launched July 2016 for the Mukuru informal settlements in
    # Nairobi. In 2020 the Mombasa county GBV group also announced 21094": Nairobi City
    # (KE-30) and Mombasa (KE-28) counties.
    ("KE", "GBV SMS short code 21094"): ["KE-30", "KE-28"],
}

MAX_AGE = {
    ("GB", "Childline (NSPCC)"): 18,  # "For under-19s."
    ("GB", "Report Remove"): 17,  # "Under-18s report their own nude images or videos."
}

# Where an entry from outside a single country applies.
APPLIES_IN = {
    # "Germany uses it (Nummer gegen Kummer); NOT operational in France; the UK uses 0800 1111.
    # Ship a per-country mapping, never a blanket 'call 116 111'."
    ("EU", "116 111"): ["DE"],
}

# Contact kinds that say what a service is for, where the data's kind is too broad.
KIND = {
    ("ZZ", "NCMEC Take It Down"): "takedown_tool",  # "For nude or sexual images taken under 18"
    ("GB", "Report Remove"): "takedown_tool",  # "Under-18s report their own nude images or videos."
    ("ZZ", "INHOPE"): "hotline_directory",  # "Use to find a national CSAM hotline."
    ("ZZ", "Child Helpline International"): "helpline_directory",  # "Global network of child helplines"
}

# Notes people may see (message ids in locales/<tag>/help.ftl).
PUBLIC_NOTE = {
    ("ZZ", "INHOPE"): "help-note-inhope",
    ("ZZ", "NCMEC Take It Down"): "help-note-take-it-down",
    ("GB", "Report Remove"): "help-note-report-remove",
    ("ZZ", "Child Helpline International"): "help-note-child-helpline-international",
}

# What people see about a channel: (country, type, value) -> message id help-label-<...>.
# Written from the research label, without its research remarks. A channel not listed
# shows no label (FR's "app with secure evidence vault", for one: never a hint to keep
# evidence; ZM's 112, which the research only says "is said to be rerouted").
PUBLIC_LABEL = {
    ("PK", "phone", "15"): "police",
    ("PK", "phone", "1122"): "rescue",
    ("PK", "phone", "16"): "fire",
    ("ZA", "chat", "https://www.childlinesa.org.za"): "online-counselling",
    ("ZA", "ussd", "*120*7867#"): "please-call-me",
    ("ZA", "sms", "31531"): "sms-help",
    ("ZA", "phone", "112"): "mobile-emergency",
    ("ZA", "ussd", "*134*10111#"): "anonymous-tip",
    ("ZM", "phone", "933"): "adult-line",
    ("ZM", "phone", "991"): "police",
    ("GB", "chat", "https://www.childline.org.uk"): "counsellor-chat",
    ("GB", "email", "https://www.childline.org.uk"): "email-account",
    ("GB", "phone", "+44 203 879 8560"): "from-abroad",
    ("GB", "web", "https://www.ceop.police.uk/"): "report-form",
    ("IN", "phone", "1930"): "fraud-only",
    ("PH", "phone", "0915-802-2375"): "globe-number",
    ("PH", "chat", "Makabata Helpline Facebook page"): "facebook-message",
    ("PH", "phone", "#163"): "from-globe-tm",
    ("PH", "web", "https://cicc.gov.ph"): "report-form",
    ("BR", "app", "DireitosHumanosBrasil"): "telegram",
    ("BR", "app", "Direitos Humanos Brasil"): "official-app",
    ("BR", "phone", "190"): "police",
    ("BR", "phone", "192"): "ambulance",
    ("BR", "phone", "193"): "fire",
    ("US", "sms", "911"): "text-911",
    ("DE", "email", "https://www.nummergegenkummer.de"): "email-website",
    ("DE", "phone", "110"): "police",
    ("DE", "phone", "112"): "fire-ambulance",
    ("DE", "app", "nora"): "register-first",
    ("FR", "chat", "https://www.allo119.gouv.fr"): "chat-under-21",
    ("FR", "phone", "17"): "police",
    ("FR", "phone", "15"): "ambulance",
    ("FR", "phone", "18"): "fire",
    ("ZA", "sms", "082 112"): "vodacom-sms",
    ("ZA", "video_relay", "Vodacom National Relay Service"): "sasl-relay",
    ("ZA", "chat", "Vodacom National Relay Service live chat"): "relay-chat",
    ("KE", "sms", "21094"): "text-help",
    ("IN", "web", "https://www.ncpcr.gov.in"): "pocso-ebox",
    ("IN", "whatsapp", "7587628293"): "bhopal-video",
    ("IN", "sms", "75876-32133"): "indore",
    ("PK", "video_relay", "ConnectHear app"): "psl-interpreter",
}

# Worldwide services that work for people in every country (not only as a fallback).
WORLDWIDE = {
    ("ZZ", "NCMEC Take It Down"),  # "Works anonymously and worldwide"
}

# Worldwide tools offered when a country has no usable entry of a kind.
FALLBACK_FOR = {
    ("ZZ", "INHOPE"): ["csam_hotline"],
    ("ZZ", "Child Helpline International"): ["child_helpline"],
}


def existing_verifications(out_dir):
    """Verification records already in the pack files, by contact id (kept on re-import)."""
    import tomllib
    found = {}
    for path in sorted(Path(out_dir).glob("*.toml")):
        for c in tomllib.loads(path.read_text(encoding="utf-8")).get("contact", []):
            if "verification" in c:
                found[c["id"]] = c["verification"]
    return found


def inline_table(d):
    return "{ " + ", ".join(f"{k} = {q(v)}" for k, v in d.items()) + " }"


def is_url(v):
    return v.startswith("https://") or v.startswith("http://")


def lookup(table, country, org):
    for (c, prefix), value in table.items():
        if c == country and org.startswith(prefix):
            return value
    return None


def q(value):
    """A TOML basic string."""
    return json.dumps(value, ensure_ascii=False)


def slug(text):
    return "-".join("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())


def main():
    data = json.loads(SRC.read_text(encoding="utf-8"))
    verified = existing_verifications(PACK) if PACK.exists() else {}
    by_country = defaultdict(list)
    seen_ids = set()
    unknown_hours = set()
    for entry in data:
        country = entry["country"]
        base = f"{country.lower()}-{slug(entry['kind'])}"
        n = 1
        while f"{base}-{n}" in seen_ids:
            n += 1
        cid = f"{base}-{n}"
        seen_ids.add(cid)
        kind = lookup(KIND, country, entry["org"]) or entry["kind"]
        lines = ["[[contact]]", f"id = {q(cid)}", f"country = {q(country)}",
                 f"organisation = {q(entry['org'])}", f"kind = {q(kind)}"]
        regions = lookup(REGIONS, country, entry["org"])
        if regions:
            lines.append(f"regions = {json.dumps(regions)}")
        applies = lookup(APPLIES_IN, country, entry["org"])
        if applies:
            lines.append(f"applies_in = {json.dumps(applies)}")
        if any(c == country and entry["org"].startswith(p) for c, p in WORLDWIDE):
            lines.append("worldwide = true")
        fallback = lookup(FALLBACK_FOR, country, entry["org"])
        if fallback:
            lines.append(f"fallback_for = {json.dumps(fallback)}")
        max_age = lookup(MAX_AGE, country, entry["org"])
        if max_age is not None:
            lines.append(f"max_age = {max_age}")
        lines.append(f"languages = {json.dumps(entry['languages'])}")
        if entry.get("accessibility"):
            lines.append(f"accessibility = {q(entry['accessibility'])}")
        lines += [
            f"source_url = {q(entry['source_url'])}",
            f"source_seen = {q(entry['source_seen'])}",
            f"confidence = {q(entry['confidence'])}",
            f"verify_before_shipping = {'true' if entry['verify_before_ship'] else 'false'}",
        ]
        if entry.get("notes"):
            lines.append(f"notes = {q(entry['notes'])}")
        note = lookup(PUBLIC_NOTE, country, entry["org"])
        if note:
            lines.append(f"public_note = {q(note)}")
        if entry.get("secondary_sources"):
            lines.append("secondary_sources = [")
            lines += [f"    {q(s)}," for s in entry["secondary_sources"]]
            lines.append("]")
        # Last of the contact's keys: where `safesteps contacts verify` (toml_edit) adds it.
        if cid in verified:
            lines.append(f"verification = {inline_table(verified[cid])}")
        for ch in entry["channels"]:
            lines += ["", "[[contact.channel]]", f"type = {q(ch['type'])}", f"value = {q(ch['value'])}"]
            if ch.get("label"):
                lines.append(f"label = {q(ch['label'])}")
            public = PUBLIC_LABEL.get((country, ch["type"], ch["value"]))
            if public:
                lines.append(f"public_label = {q('help-label-' + public)}")
            if ch["type"] in ("chat", "web", "video_relay") and not is_url(ch["value"]):
                lines.append("unlinked = true")
            if ch.get("hours"):
                lines.append(f"hours_text = {q(ch['hours'])}")
                if ch["hours"] not in HOURS:
                    unknown_hours.add(ch["hours"])
                elif HOURS[ch["hours"]]:
                    lines.append(f"hours = {q(HOURS[ch['hours']])}")
                    if country in TIMEZONES:
                        lines.append(f"timezone = {q(TIMEZONES[country])}")
            if ch.get("cost"):
                lines.append(f"cost = {q(ch['cost'])}")
                if ch["cost"] not in FREE:
                    sys.exit(f"cost text with no mapping (add it to FREE): {ch['cost']!r}")
                lines.append(f"free = {q(FREE[ch['cost']])}")
        by_country[country].append("\n".join(lines))
    unused = set(PUBLIC_LABEL) - {(e["country"], ch["type"], ch["value"]) for e in data for ch in e["channels"]}
    if unused:
        sys.exit(f"public labels for channels the data no longer has (fix PUBLIC_LABEL): {sorted(unused)}")
    if unknown_hours:
        sys.exit(f"hours text with no mapping (add it to HOURS): {sorted(unknown_hours)}")
    OUT.mkdir(parents=True, exist_ok=True)
    for country, blocks in sorted(by_country.items()):
        header = (f"# Help contacts for {country}, converted from shared/data/help-contacts/contacts.json\n"
                  f"# by scripts/import-contacts.py. Do not edit numbers here: fix the data and re-run.\n\n")
        (OUT / f"{country.lower()}.toml").write_text(header + "\n\n".join(blocks) + "\n", encoding="utf-8")
    print(f"{len(data)} contacts in {len(by_country)} files written to {OUT}")


if __name__ == "__main__":
    main()
