//! Localisation with Fluent: locale negotiation, one concurrent bundle per
//! locale in fallback order, text direction.
//!
//! A [`Localizer`] is built for one list of preferred locales. It looks a
//! message up in each negotiated locale in turn and finally in the pack's
//! default locale, so a child never sees a message id.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::CharacterDirection;
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};

/// Reading direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextDirection {
    /// Left to right (English, isiZulu).
    Ltr,
    /// Right to left (Urdu, Arabic).
    Rtl,
}

/// Direction of a locale, from its script.
pub fn direction_of(locale: &LanguageIdentifier) -> TextDirection {
    match locale.character_direction() {
        CharacterDirection::RTL => TextDirection::Rtl,
        _ => TextDirection::Ltr,
    }
}

/// Parse a BCP 47 tag.
pub fn parse_locale(tag: &str) -> Result<LanguageIdentifier> {
    tag.parse::<LanguageIdentifier>().map_err(|_| {
        Error::InvalidInput(format!(
            "'{}' is not a valid language tag",
            crate::error::excerpt(tag)
        ))
    })
}

/// A Fluent syntax error: `(file, byte range, message)`.
pub type FluentError = (String, std::ops::Range<usize>, String);

/// The `.ftl` sources of one locale, parsed the first time they are needed, so a pack
/// with many translations loads as fast as one with a single locale.
#[derive(Debug, Default)]
pub struct LocaleSources {
    files: Vec<(String, String)>,
    parsed: OnceLock<(Vec<Arc<FluentResource>>, Vec<FluentError>)>,
}

impl LocaleSources {
    /// Sources as `(path, text)` in file-name order.
    pub fn new(files: Vec<(String, String)>) -> Self {
        LocaleSources {
            files,
            parsed: OnceLock::new(),
        }
    }

    fn parsed(&self) -> &(Vec<Arc<FluentResource>>, Vec<FluentError>) {
        self.parsed.get_or_init(|| {
            let mut errors = Vec::new();
            let list = self
                .files
                .iter()
                .map(|(path, text)| {
                    Arc::new(match FluentResource::try_new(text.clone()) {
                        Ok(r) => r,
                        Err((r, errs)) => {
                            for e in errs {
                                errors.push((path.clone(), e.pos.clone(), e.kind.to_string()));
                            }
                            r
                        }
                    })
                })
                .collect();
            (list, errors)
        })
    }

    /// The parsed resources (valid messages of a file load even if others have errors).
    pub fn resources(&self) -> &[Arc<FluentResource>] {
        &self.parsed().0
    }

    /// Syntax errors found while parsing.
    pub fn errors(&self) -> &[FluentError] {
        &self.parsed().1
    }
}

/// The Fluent resources of a pack, per locale.
#[derive(Debug, Default)]
pub struct Resources {
    /// Sources of each locale.
    pub by_locale: HashMap<LanguageIdentifier, LocaleSources>,
    /// The pack's default locale.
    pub default_locale: Option<LanguageIdentifier>,
}

impl Resources {
    /// Parsed resources of a locale (parsing it now if needed); empty if the pack lacks it.
    pub fn get(&self, locale: &LanguageIdentifier) -> &[Arc<FluentResource>] {
        self.by_locale
            .get(locale)
            .map(LocaleSources::resources)
            .unwrap_or(&[])
    }
}

/// Formatted text and the locale it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// The formatted string.
    pub value: String,
    /// The locale the message was found in (differs from the first preference on fallback).
    pub locale: LanguageIdentifier,
}

struct Bundle {
    locale: LanguageIdentifier,
    bundle: FluentBundle<Arc<FluentResource>>,
}

/// Messages for one list of preferred locales.
pub struct Localizer {
    bundles: Vec<Bundle>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.locales())
            .finish()
    }
}

impl Localizer {
    /// Negotiate `requested` (most preferred first) against the pack's locales,
    /// with the pack default last, and build a bundle for each.
    pub fn new(resources: &Resources, requested: &[LanguageIdentifier]) -> Result<Self> {
        let available: Vec<LanguageIdentifier> = {
            let mut v: Vec<_> = resources.by_locale.keys().cloned().collect();
            v.sort_by_key(|l| l.to_string());
            v
        };
        let default = resources
            .default_locale
            .clone()
            .ok_or_else(|| Error::ContentInvalid("the pack has no default locale".into()))?;
        let negotiated = negotiate_languages(
            requested,
            &available,
            Some(&default),
            NegotiationStrategy::Filtering,
        );
        let mut order: Vec<LanguageIdentifier> = Vec::new();
        for l in negotiated {
            if *l != default && !order.contains(l) {
                order.push(l.clone());
            }
        }
        order.push(default);

        let mut bundles = Vec::with_capacity(order.len());
        for locale in order {
            let mut bundle = FluentBundle::new_concurrent(vec![locale.clone()]);
            // Unicode isolation marks keep a nickname from reordering right-to-left text;
            // in left-to-right locales they only add invisible noise.
            bundle.set_use_isolating(direction_of(&locale) == TextDirection::Rtl);
            for res in resources.get(&locale) {
                bundle.add_resource(Arc::clone(res)).map_err(|errs| {
                    Error::ContentInvalid(format!(
                        "locale {locale}: {} duplicate message id(s)",
                        errs.len()
                    ))
                })?;
            }
            bundles.push(Bundle { locale, bundle });
        }
        Ok(Localizer { bundles })
    }

    /// Locales in lookup order; the first is the learner's text locale.
    pub fn locales(&self) -> Vec<&LanguageIdentifier> {
        self.bundles.iter().map(|b| &b.locale).collect()
    }

    /// The primary (first) locale.
    pub fn primary(&self) -> &LanguageIdentifier {
        &self.bundles[0].locale
    }

    /// Format message `id` (or its attribute `attr`) in the first locale that has it.
    pub fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> Option<Text> {
        for b in &self.bundles {
            let Some(msg) = b.bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|at| at.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = vec![];
            let value = b.bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return Some(Text {
                    value: value.into_owned(),
                    locale: b.locale.clone(),
                });
            }
            // A broken translation (say a variable misspelt) falls through to the next locale.
        }
        None
    }

    /// Format a message value; `None` only when no locale, not even the default, has it.
    pub fn text(&self, id: &str) -> Option<Text> {
        self.format(id, None, None)
    }

    /// Format a message attribute (`.easy`, `.alt`, `.feedback`, `.hint`).
    pub fn attr(&self, id: &str, attr: &str) -> Option<Text> {
        self.format(id, Some(attr), None)
    }
}
