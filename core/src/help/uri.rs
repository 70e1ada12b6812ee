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
//! A national WhatsApp number takes the calling code of the contact's country
//! (libphonenumber's metadata, via the `phonenumber` crate): `(61) 99611-0100` listed for BR
//! becomes `https://wa.me/5561996110100`. An entry with no single country (EU, ZZ) needs the
//! number in international form (`+...`).

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

/// A short code: 2 to 6 digits, possibly with `*` and `#` (USSD, star codes, `#163`). A
/// leading 0 is a trunk prefix: `0800 11` is a cut-off number, not a short code.
fn is_short_code(d: &str) -> bool {
    let digits = d.chars().filter(char::is_ascii_digit).count();
    !d.starts_with('+') && !d.starts_with('0') && (2..=6).contains(&digits) && d.len() <= 16
}

fn phone_country(country: &str) -> Option<phonenumber::country::Id> {
    country.parse().ok()
}

/// Checks a full-length number against the numbering plan of the contact's country (or its
/// own `+` code); short codes are accepted as they are.
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
    let region = if d.starts_with('+') {
        None
    } else {
        match phone_country(country) {
            Some(id) => Some(id),
            None => {
                return Err(UriError(format!(
                    "'{}' is a national number, but '{country}' is not one country: write it with its + country code",
                    excerpt(value)
                )));
            }
        }
    };
    match phonenumber::parse(region, d) {
        Ok(n) if phonenumber::is_valid(&n) => Ok(()),
        _ => Err(UriError(format!(
            "'{}' is not a valid phone number in {}",
            excerpt(value),
            if d.starts_with('+') {
                "any country"
            } else {
                country
            }
        ))),
    }
}

/// The number in international form, digits only (`5561996110100`), for `wa.me`.
pub fn international_digits(value: &str, country: &str) -> Result<String, UriError> {
    let d = dialable(value)?;
    if d.contains(['*', '#']) {
        return Err(UriError(format!(
            "'{}' is not a WhatsApp number",
            excerpt(value)
        )));
    }
    let region = if d.starts_with('+') {
        None
    } else {
        Some(phone_country(country).ok_or_else(|| {
            UriError(format!(
                "WhatsApp number '{}' needs its + country code ('{country}' is not one country)",
                excerpt(value)
            ))
        })?)
    };
    match phonenumber::parse(region, &d) {
        Ok(n) if phonenumber::is_valid(&n) => Ok(n
            .format()
            .mode(phonenumber::Mode::E164)
            .to_string()
            .trim_start_matches('+')
            .to_string()),
        _ => Err(UriError(format!(
            "WhatsApp number '{}' is not a valid mobile number in international form{}",
            excerpt(value),
            if region.is_some() {
                format!(" for {country}")
            } else {
                String::new()
            }
        ))),
    }
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
