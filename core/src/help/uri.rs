//! Ready-to-use action URIs for help channels, and the checks behind them.
//!
//! The apps open what the core gives them; they never filter digits themselves (that dialled
//! 1800 for 1-800-CALL-FBI and sent a Brazilian WhatsApp number to Australia). The rules:
//!
//! | channel      | value                                   | action                                  |
//! |--------------|-----------------------------------------|-----------------------------------------|
//! | phone        | number, short code, vanity letters      | `tel:` digits, `+`, `*`, `#` (as `%23`) |
//! | ussd         | `*120*7867#`                            | `tel:*120*7867%23`                      |
//! | sms          | number or short code                    | `sms:` digits (and `+`)                 |
//! | whatsapp     | number, national or international       | `https://wa.me/<country code + number>` |
//! | email        | an address / a web mailbox URL          | `mailto:` / the `https:` URL            |
//! | web, chat    | `http(s)` URL                           | the URL                                 |
//! | video_relay  | `https` URL / the name of a service     | the URL / none (the app shows the name) |
//! | app, in_person | a name, a place                       | none                                    |
//!
//! `#` is written `%23` because RFC 3966 (and Android's `Uri`) read a bare `#` as the start
//! of a fragment, which would cut `*120*7867#` to `*120*7867`. iOS refuses to dial `*` and
//! `#` from a link at all: the iOS demo shows such codes to type instead.
//!
//! A national WhatsApp number takes the calling code of the contact's country: `(61)
//! 99611-0100` listed for BR becomes `https://wa.me/5561996110100`. An entry with no single
//! country (EU, ZZ), or from a country not in [`PLANS`], needs the number in international
//! form (`+...`).
//!
//! Numbers are checked against a small numbering-plan table ([`PLANS`]: calling code, trunk
//! prefix, national number lengths) rather than libphonenumber's metadata: the `phonenumber`
//! crate was tried and measured at 201 ms to load its 514 KB database on the first lookup
//! (release build), which a child opening the help screen would wait for, and which would
//! add half a megabyte to the app. See docs/decisions/0013-contacts-safe-to-show.md.

use crate::content::{ChannelDef, ChannelType};

/// Why a channel value cannot be turned into an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UriError(pub String);

impl std::fmt::Display for UriError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Letters of a vanity number to digits (ITU E.161 keypad).
fn keypad(c: char) -> Option<char> {
    Some(match c.to_ascii_uppercase() {
        'A' | 'B' | 'C' => '2',
        'D' | 'E' | 'F' => '3',
        'G' | 'H' | 'I' => '4',
        'J' | 'K' | 'L' => '5',
        'M' | 'N' | 'O' => '6',
        'P' | 'Q' | 'R' | 'S' => '7',
        'T' | 'U' | 'V' => '8',
        'W' | 'X' | 'Y' | 'Z' => '9',
        _ => return None,
    })
}

/// A short quoted excerpt of a value for messages (at most 40 characters, escaped).
pub fn excerpt(value: &str) -> String {
    let cut: String = value.chars().take(40).collect();
    let more = if value.chars().count() > 40 {
        "…"
    } else {
        ""
    };
    format!("{}{more}", cut.escape_debug())
}

/// The dialable form of a number as written: separators (space, `-`, `.`, `(`, `)`, `/`)
/// dropped, vanity letters mapped to digits, `+` only in front, `*` and `#` kept.
/// `Err` names the first character that has no place in a number.
pub fn dialable(value: &str) -> Result<String, UriError> {
    let mut out = String::new();
    let mut letters = 0;
    let mut real_digits = 0;
    for c in value.trim().chars() {
        match c {
            '0'..='9' => {
                real_digits += 1;
                out.push(c);
            }
            '*' | '#' => out.push(c),
            '+' if out.is_empty() => out.push('+'),
            ' ' | '\u{a0}' | '-' | '.' | '(' | ')' | '/' => {}
            c if c.is_ascii_alphabetic() => {
                letters += 1;
                out.push(keypad(c).unwrap_or('0'));
            }
            c => {
                return Err(UriError(format!(
                    "'{}' is not a phone number: '{}' has no place in one",
                    excerpt(value),
                    c.escape_debug()
                )));
            }
        }
    }
    if real_digits == 0 {
        return Err(UriError(format!(
            "'{}' is not a phone number: it has no digits",
            excerpt(value)
        )));
    }
    // A vanity number spells a word after real digits (1-800-CALL-FBI); a name with a
    // number in it is not a number.
    if letters > 0 && (real_digits < 3 || letters > 10 || value.contains(char::is_lowercase)) {
        return Err(UriError(format!(
            "'{}' is not a phone number (letters only stand for digits in numbers like 1-800-CALL-FBI)",
            excerpt(value)
        )));
    }
    Ok(out)
}

/// A short code: 2 to 6 digits (`116`, `1121`, `31531`, and network short numbers such as
/// Vodacom's `082 112`). Star and USSD codes are checked apart.
fn is_short_code(d: &str) -> bool {
    !d.starts_with('+') && (2..=6).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit())
}

/// Numbering plans of the countries the pack serves: ISO 3166-1 code, ITU calling code,
/// trunk prefix, and the shortest and longest national significant number (digits after
/// the trunk prefix). From the ITU-T E.164 assignments and the national plans; a country
/// not listed can still have contacts, with WhatsApp numbers written `+...`.
pub const PLANS: &[(&str, &str, &str, usize, usize)] = &[
    ("BR", "55", "0", 10, 11),
    ("DE", "49", "0", 6, 13),
    ("FR", "33", "0", 9, 9),
    ("GB", "44", "0", 7, 10),
    ("IN", "91", "0", 10, 11),
    ("KE", "254", "0", 9, 10),
    ("PH", "63", "0", 8, 10),
    ("PK", "92", "0", 8, 11),
    ("US", "1", "1", 10, 10),
    ("ZA", "27", "0", 9, 9),
    ("ZM", "260", "0", 9, 9),
];

fn plan(country: &str) -> Option<(&'static str, &'static str, usize, usize)> {
    PLANS
        .iter()
        .find(|p| p.0 == country)
        .map(|p| (p.1, p.2, p.3, p.4))
}

/// The plan whose calling code starts an international number's digits.
fn plan_by_code(digits: &str) -> Option<(&'static str, usize, usize)> {
    PLANS
        .iter()
        .filter(|p| digits.starts_with(p.1))
        .max_by_key(|p| p.1.len())
        .map(|p| (p.1, p.3, p.4))
}

/// The number in international form, digits only (`5561996110100`). `d` is dialable
/// (digits, maybe a leading `+`).
fn international(value: &str, d: &str, country: &str) -> Result<String, UriError> {
    if let Some(rest) = d.strip_prefix('+') {
        let ok = match plan_by_code(rest) {
            Some((code, min, max)) => (min..=max).contains(&(rest.len() - code.len())),
            None => (8..=15).contains(&rest.len()),
        };
        return if ok {
            Ok(rest.to_string())
        } else {
            Err(UriError(format!(
                "'{}' is not a whole international number (its length does not fit its country code)",
                excerpt(value)
            )))
        };
    }
    let Some((code, trunk, min, max)) = plan(country) else {
        return Err(UriError(format!(
            "'{}' is a national number, but the calling code for '{country}' is not known: write it with its + country code",
            excerpt(value)
        )));
    };
    let national = match d.strip_prefix(trunk) {
        Some(rest) if (min..=max).contains(&rest.len()) => rest,
        _ if (min..=max).contains(&d.len()) => d,
        _ => {
            return Err(UriError(format!(
                "'{}' is not a whole phone number in {country} ({min} to {max} digits after the {trunk})",
                excerpt(value)
            )));
        }
    };
    Ok(format!("{code}{national}"))
}

/// Checks a full-length number against the numbering plan of the contact's country (or its
/// own `+` code); short codes and star codes are accepted as they are.
fn check_number(value: &str, d: &str, country: &str) -> Result<(), UriError> {
    if d.contains(['*', '#']) {
        // A star or USSD code (`*120*7867#`, `#163`): it starts with `*` or `#`.
        let digits = d.chars().filter(char::is_ascii_digit).count();
        if (d.starts_with('*') || d.starts_with('#')) && (1..=24).contains(&digits) {
            return Ok(());
        }
        return Err(UriError(format!(
            "'{}': '*' and '#' belong only in short codes and USSD codes, which start with them",
            excerpt(value)
        )));
    }
    if is_short_code(d) {
        return Ok(());
    }
    if d.starts_with('+') || plan(country).is_some() {
        return international(value, d, country).map(|_| ());
    }
    // A country with no plan here: a plausible length is all that can be checked.
    if (6..=15).contains(&d.len()) {
        Ok(())
    } else {
        Err(UriError(format!(
            "'{}' is not a phone number (6 to 15 digits, or a short code)",
            excerpt(value)
        )))
    }
}

/// The number in international form, digits only (`5561996110100`), for `wa.me`.
pub fn international_digits(value: &str, country: &str) -> Result<String, UriError> {
    let d = dialable(value)?;
    if d.contains(['*', '#']) || is_short_code(&d) {
        return Err(UriError(format!(
            "'{}' is not a WhatsApp number",
            excerpt(value)
        )));
    }
    international(value, &d, country).map_err(|e| UriError(format!("WhatsApp: {e}")))
}

/// A real email address: one `@`, a local part and a domain with a dot, nothing else.
pub fn is_email_address(value: &str) -> bool {
    let v = value.trim();
    let Some((local, domain)) = v.split_once('@') else {
        return false;
    };
    let ok_local = !local.is_empty()
        && local.len() <= 64
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    let labels: Vec<&str> = domain.split('.').collect();
    let ok_domain = labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    ok_local && ok_domain && v == value
}

/// An absolute `http` or `https` URL with a host and no spaces or control characters.
pub fn is_web_url(value: &str) -> bool {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = !host.is_empty()
        && !host.contains('@')
        && host.split(':').next().is_some_and(|h| {
            h.contains('.')
                && h.split('.').all(|l| {
                    !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                })
        });
    host_ok
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

/// The action URI for a channel of a contact in `country`, `Ok(None)` for channels with
/// nothing to open (an app's name, a place, a service named but not linked).
pub fn action_uri(ch: &ChannelDef, country: &str) -> Result<Option<String>, UriError> {
    let value = ch.value.trim();
    match ch.kind {
        ChannelType::Phone | ChannelType::Ussd => {
            let d = dialable(value)?;
            check_number(value, &d, country)?;
            if ch.kind == ChannelType::Ussd && !(d.starts_with('*') || d.starts_with('#')) {
                return Err(UriError(format!(
                    "'{}' is not a USSD code (they start with * or #)",
                    excerpt(value)
                )));
            }
            Ok(Some(format!("tel:{}", d.replace('#', "%23"))))
        }
        ChannelType::Sms => {
            let d = dialable(value)?;
            if d.contains(['*', '#']) {
                return Err(UriError(format!(
                    "'{}' cannot take a text message ('*' and '#' are for calls and USSD)",
                    excerpt(value)
                )));
            }
            check_number(value, &d, country)?;
            Ok(Some(format!("sms:{d}")))
        }
        ChannelType::Whatsapp => Ok(Some(format!(
            "https://wa.me/{}",
            international_digits(value, country)?
        ))),
        ChannelType::Email => {
            if is_email_address(value) {
                Ok(Some(format!("mailto:{value}")))
            } else if value.starts_with("https://") && is_web_url(value) {
                // A web mailbox ("email a counsellor via your account"): open the site.
                Ok(Some(value.to_string()))
            } else {
                Err(UriError(format!(
                    "'{}' is not an email address (or the https address of a web mailbox)",
                    excerpt(value)
                )))
            }
        }
        ChannelType::Web | ChannelType::Chat => {
            if ch.unlinked {
                Ok(None)
            } else if is_web_url(value) {
                Ok(Some(value.to_string()))
            } else {
                Err(UriError(format!(
                    "'{}' is not a web address (http:// or https://); if the data has no address, set unlinked = true",
                    excerpt(value)
                )))
            }
        }
        ChannelType::VideoRelay => {
            if !ch.unlinked && value.starts_with("https://") && is_web_url(value) {
                Ok(Some(value.to_string()))
            } else {
                Ok(None)
            }
        }
        ChannelType::App | ChannelType::InPerson => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::FreeToUse;

    fn ch(kind: ChannelType, value: &str) -> ChannelDef {
        ChannelDef {
            kind,
            value: value.into(),
            label: None,
            public_label: None,
            hours_text: None,
            hours: None,
            timezone: None,
            week: None,
            cost: None,
            free: FreeToUse::Unknown,
            languages: vec![],
            unlinked: false,
        }
    }

    fn uri(kind: ChannelType, value: &str, cc: &str) -> Result<Option<String>, UriError> {
        action_uri(&ch(kind, value), cc)
    }

    #[test]
    fn phone_numbers() {
        use ChannelType::Phone;
        assert_eq!(
            uri(Phone, "1-800-CALL-FBI", "US").unwrap().unwrap(),
            "tel:18002255324"
        );
        assert_eq!(
            uri(Phone, "1-800-THE-LOST", "US").unwrap().unwrap(),
            "tel:18008435678"
        );
        assert_eq!(
            uri(Phone, "(02) 723-0401", "PH").unwrap().unwrap(),
            "tel:027230401"
        );
        assert_eq!(
            uri(Phone, "+260 950 180 007", "ZZ").unwrap().unwrap(),
            "tel:+260950180007"
        );
        assert_eq!(uri(Phone, "#163", "PH").unwrap().unwrap(), "tel:%23163");
        assert_eq!(uri(Phone, "116 111", "EU").unwrap().unwrap(), "tel:116111");
        for bad in ["+44 20", "8", "call 999", "911!", "12345678901234567", "+"] {
            assert!(uri(Phone, bad, "GB").is_err(), "{bad}");
        }
        assert!(
            uri(Phone, "1-800-CALL", "US").is_err(),
            "7 digits after 1-800 are needed"
        );
        // A country with no plan: a plausible length passes, nothing more is claimed.
        assert!(uri(Phone, "0803 123 4567", "NG").is_ok());
        assert!(uri(Phone, "0803", "NG").is_ok(), "a short code");
        assert!(uri(Phone, "0803 123 4567 8901 2", "NG").is_err());
    }

    #[test]
    fn whatsapp_takes_the_contact_country_code() {
        use ChannelType::Whatsapp;
        let wa = |v: &str, cc: &str| uri(Whatsapp, v, cc).map(Option::unwrap);
        assert_eq!(
            wa("(61) 99611-0100", "BR").unwrap(),
            "https://wa.me/5561996110100"
        );
        assert_eq!(
            wa("0709 570 000", "KE").unwrap(),
            "https://wa.me/254709570000"
        );
        assert_eq!(
            wa("7587628293", "IN").unwrap(),
            "https://wa.me/917587628293"
        );
        assert_eq!(
            wa("+55 61 99611-0100", "AU").unwrap(),
            "https://wa.me/5561996110100"
        );
        assert!(wa("0709 570 000", "EU").is_err(), "no single country");
        assert!(wa("0709 570 000", "NG").is_err(), "calling code unknown");
        assert!(wa("99611-0100", "BR").is_err(), "too short for Brazil");
        assert!(wa("116", "KE").is_err(), "a short code has no WhatsApp");
        assert!(wa("+254 709", "KE").is_err());
    }

    #[test]
    fn sms_ussd_email_web() {
        use ChannelType::*;
        assert_eq!(uri(Sms, "31531", "ZA").unwrap().unwrap(), "sms:31531");
        assert_eq!(uri(Sms, "082 112", "ZA").unwrap().unwrap(), "sms:082112");
        assert!(uri(Sms, "*120#", "ZA").is_err());
        assert_eq!(
            uri(Ussd, "*120*7867#", "ZA").unwrap().unwrap(),
            "tel:*120*7867%23"
        );
        assert!(uri(Ussd, "1207867", "ZA").is_err());
        assert_eq!(
            uri(Email, "help@nspcc.org.uk", "GB").unwrap().unwrap(),
            "mailto:help@nspcc.org.uk"
        );
        assert_eq!(
            uri(Email, "https://www.childline.org.uk", "GB")
                .unwrap()
                .unwrap(),
            "https://www.childline.org.uk"
        );
        for bad in [
            "help at nspcc.org.uk",
            "a@b",
            "a@@b.org",
            "a b@c.org",
            "mailto:a@b.org",
            "http://x.org",
        ] {
            assert!(uri(Email, bad, "GB").is_err(), "{bad}");
        }
        assert!(
            uri(Web, "http://aarambhindia.org/report", "IN")
                .unwrap()
                .is_some()
        );
        for bad in [
            "www.iwf.org.uk",
            "https://",
            "javascript:alert(1)",
            "https://a b.org",
            "https://user@evil.org",
        ] {
            assert!(uri(Web, bad, "GB").is_err(), "{bad}");
        }
        let mut named = ch(Chat, "Makabata Helpline Facebook page");
        assert!(action_uri(&named, "PH").is_err());
        named.unlinked = true;
        assert_eq!(action_uri(&named, "PH").unwrap(), None);
        assert_eq!(uri(VideoRelay, "ConnectHear app", "PK").unwrap(), None);
        assert_eq!(
            uri(VideoRelay, "https://relay.example.org/call", "ZA")
                .unwrap()
                .as_deref(),
            Some("https://relay.example.org/call")
        );
        assert_eq!(uri(App, "nora", "DE").unwrap(), None);
    }

    #[test]
    fn messages_quote_a_short_escaped_excerpt() {
        let long = format!("{}\u{7}", "9".repeat(100));
        let e = uri(ChannelType::Phone, &long, "GB").unwrap_err().0;
        assert!(e.len() < 200, "{e}");
        assert!(!e.contains('\u{7}'));
    }
}
