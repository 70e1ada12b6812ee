//! The apps' own words (buttons, labels, screen titles, error messages) from one
//! source: the `ui-*` Fluent messages of the content pack (`locales/<tag>/ui.ftl`).
//!
//! A translator edits one file for both apps. An installed pack may bring newer or
//! better UI texts; whatever it lacks (or cannot format) comes from the UI texts built
//! into this core (the embedded pack's `ui.ftl`), so an older or smaller pack never
//! leaves a button without words. See docs/decisions/0025-ui-text-from-the-pack.md.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::content::PackFiles;
use crate::content::{Catalog, ReviewStatus};
use crate::engine::State;
use crate::error::{Error, ErrorKind, Result};
use crate::l10n::{LocaleSources, Localizer, Resources, TextDirection, direction_of};

/// Prefix of every UI message id in a pack; the keys apps use leave it out.
pub const PREFIX: &str = "ui-";

/// The apps' words in one locale, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiText {
    /// The locale the texts are in (the first of the asked-for locales the pack or the
    /// core has; the pack's default locale otherwise).
    pub locale: String,
    /// Its direction: lay the screens out right to left when `Rtl` (Urdu).
    pub direction: TextDirection,
    /// Whether that locale's translation was reviewed by a native speaker, or is a
    /// draft (show `draft-note` somewhere on the screen then).
    pub status: ReviewStatus,
    /// Every UI text without variables, keyed by its stable id without the `ui-`
    /// prefix (`back`, `quick-exit`, `error-name-refused`).
    pub strings: HashMap<String, String>,
    /// Ids of the UI texts that take variables (`step-n-of-m`, `tries-left`): format
    /// them with `ui_format`.
    pub with_arguments: Vec<String>,
}

/// A value for a variable of a UI text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiArg {
    /// Words (a nickname, a module title, a date the app formatted).
    Text {
        /// The words.
        value: String,
    },
    /// A whole number (counts choose the plural form: "1 try left", "2 tries left").
    Number {
        /// The number.
        value: i64,
    },
}

/// The UI texts built into this core (the embedded pack's `ui.ftl` files).
fn builtin() -> &'static (Resources, Vec<(String, ReviewStatus)>) {
    static BUILTIN: OnceLock<(Resources, Vec<(String, ReviewStatus)>)> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        let files = PackFiles::embedded();
        let mut resources = Resources::default();
        for path in files.paths("locales/", "/ui.ftl") {
            let tag = path
                .trim_start_matches("locales/")
                .trim_end_matches("/ui.ftl");
            let (Ok(locale), Some(bytes)) = (tag.parse::<LanguageIdentifier>(), files.get(path))
            else {
                continue;
            };
            resources.by_locale.insert(
                locale,
                LocaleSources::new(vec![(path.to_string(), Arc::clone(bytes))]),
            );
        }
        let statuses = Catalog::embedded()
            .map(|c| {
                resources.default_locale = c.manifest.default_locale.parse().ok();
                c.manifest
                    .locales
                    .iter()
                    .map(|l| (l.tag.clone(), l.status))
                    .collect()
            })
            .unwrap_or_default();
        if resources.default_locale.is_none() {
            resources.default_locale = "en".parse().ok();
        }
        (resources, statuses)
    })
}

/// The built-in UI localizer for a list of locales (cached; a small, bounded cache).
fn builtin_localizer(requested: &[LanguageIdentifier]) -> Option<Arc<Localizer>> {
    static CACHE: OnceLock<Mutex<HashMap<Vec<LanguageIdentifier>, Arc<Localizer>>>> =
        OnceLock::new();
    let cache = CACHE.get_or_init(Mutex::default);
    let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(l) = cache.get(requested) {
        return Some(Arc::clone(l));
    }
    let localizer = Arc::new(Localizer::new(&builtin().0, requested).ok()?);
    if cache.len() >= 32 {
        cache.clear();
    }
    cache.insert(requested.to_vec(), Arc::clone(&localizer));
    Some(localizer)
}

/// UI message ids (with the prefix) of the default locale of some resources.
fn ids_of(resources: &Resources, out: &mut BTreeSet<String>) {
    let Some(default) = &resources.default_locale else {
        return;
    };
    for res in resources.get(default) {
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry
                && m.id.name.starts_with(PREFIX)
                && m.value.is_some()
            {
                out.insert(m.id.name.to_string());
            }
        }
    }
}

/// The UI messages of the pack in use and of the core, in both: pack first.
pub struct UiLocalizer {
    pack: Arc<Localizer>,
    builtin: Option<Arc<Localizer>>,
    catalog: Arc<Catalog>,
    primary: LanguageIdentifier,
}

impl UiLocalizer {
    /// For a list of preferred locales (the app's when empty).
    pub fn new(state: &State, locales: &[String]) -> Result<Self> {
        let pack = state.localizer_for(locales)?;
        let requested: Vec<LanguageIdentifier> = if locales.is_empty() {
            state.preferred.clone()
        } else {
            crate::engine::parse_locales(locales)?
        };
        let builtin = builtin_localizer(&requested);
        let mut primary = pack.primary().clone();
        if let Some(b) = &builtin
            && b.primary() != &primary
        {
            let candidates = [primary.clone(), b.primary().clone()];
            let chosen = fluent_langneg::negotiate_languages(
                &requested,
                &candidates,
                Some(&candidates[0]),
                fluent_langneg::NegotiationStrategy::Filtering,
            );
            if let Some(first) = chosen.first() {
                primary = (*first).clone();
            }
        }
        Ok(UiLocalizer {
            pack,
            builtin,
            catalog: Arc::clone(&state.catalog),
            primary,
        })
    }

    /// The locale texts are shown in: of the pack's first locale and the core's, the
    /// one the person asked for first (the core may have UI words in a locale an
    /// installed pack lacks).
    fn primary(&self) -> &LanguageIdentifier {
        &self.primary
    }

    /// Format UI message `id` (with the prefix): the text in the primary locale from
    /// the pack, else from the core, else the pack's or the core's fallback.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let primary = self.primary().clone();
        let from_pack = self.pack.format(id, None, args);
        if let Some(t) = &from_pack
            && t.locale == primary
        {
            return from_pack.map(|t| t.value);
        }
        let from_core = self.builtin.as_ref().and_then(|b| b.format(id, None, args));
        match (from_pack, from_core) {
            (_, Some(c)) if c.locale == primary => Some(c.value),
            (Some(p), _) => Some(p.value),
            (None, c) => c.map(|c| c.value),
        }
    }

    /// Every UI message id (with the prefix) the pack or the core defines.
    fn ids(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        ids_of(&self.catalog.resources, &mut ids);
        ids_of(&builtin().0, &mut ids);
        ids
    }

    /// All UI texts.
    pub fn text(&self) -> UiText {
        let locale = self.primary().clone();
        let mut strings = HashMap::new();
        let mut with_arguments = Vec::new();
        for id in self.ids() {
            let key = id.trim_start_matches(PREFIX).to_string();
            match self.format(&id, None) {
                Some(text) => {
                    strings.insert(key, text);
                }
                None => with_arguments.push(key),
            }
        }
        let tag = locale.to_string();
        let status = self
            .catalog
            .manifest
            .locales
            .iter()
            .map(|l| (l.tag.clone(), l.status))
            .chain(builtin().1.iter().cloned())
            .find(|(t, _)| *t == tag)
            .map_or(ReviewStatus::Draft, |(_, s)| s);
        UiText {
            direction: direction_of(&locale),
            locale: tag,
            status,
            strings,
            with_arguments,
        }
    }

    /// Format the UI text `key` (without the prefix) with its variables.
    pub fn format_with(&self, key: &str, args: &HashMap<String, UiArg>) -> Result<String> {
        let id = format!("{PREFIX}{key}");
        if !self.ids().contains(&id) {
            return Err(Error::not_found("UI text", key));
        }
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                UiArg::Text { value } => {
                    fluent.set(name.as_str(), FluentValue::from(value.as_str()))
                }
                // Fluent keeps numbers as `f64`, exact only up to 2^53: a larger count is
                // passed as its digits (it takes the "other" plural form), so the screen
                // never shows a number the app did not give.
                UiArg::Number { value } if value.unsigned_abs() <= 1 << f64::MANTISSA_DIGITS => {
                    fluent.set(name.as_str(), FluentValue::from(*value))
                }
                UiArg::Number { value } => {
                    fluent.set(name.as_str(), FluentValue::from(value.to_string()))
                }
            }
        }
        self.format(&id, Some(&fluent)).ok_or_else(|| {
            Error::InvalidInput(format!(
                "the UI text '{}' needs other variables than the ones given ({})",
                crate::error::excerpt(key),
                crate::error::excerpt(&args.keys().cloned().collect::<Vec<_>>().join(", "))
            ))
        })
    }

    /// What an error means, for the person using the app, in this localizer's locale:
    /// `ui-error-<code>-<reason>` when the pack or core has it, else `ui-error-<code>`.
    pub fn error(&self, error: &Error) -> String {
        let (kind, reason, args) = error_parts(error);
        let code = kind.code();
        reason
            .and_then(|r| self.format(&format!("{PREFIX}error-{code}-{r}"), Some(&args)))
            .or_else(|| self.format(&format!("{PREFIX}error-{code}"), Some(&args)))
            .unwrap_or_else(|| kind.code().replace('-', " "))
    }
}

/// What an error means in the core's own UI texts, for a list of locales, when no
/// engine is open yet (opening failed).
pub fn builtin_error_text(locales: &[String], error: &Error) -> String {
    let requested: Vec<LanguageIdentifier> =
        locales.iter().filter_map(|l| l.parse().ok()).collect();
    let (kind, reason, args) = error_parts(error);
    let code = kind.code();
    builtin_localizer(&requested)
        .and_then(|l| {
            reason
                .and_then(|r| l.format(&format!("{PREFIX}error-{code}-{r}"), None, Some(&args)))
                .or_else(|| l.format(&format!("{PREFIX}error-{code}"), None, Some(&args)))
        })
        .map_or_else(|| code.replace('-', " "), |t| t.value)
}

/// An error's kind, reason and the variables of its message.
fn error_parts(error: &Error) -> (ErrorKind, Option<&'static str>, FluentArgs<'static>) {
    let mut args = FluentArgs::new();
    // 0 when there is no wait: messages say "try again" without a time then.
    args.set(
        "seconds",
        FluentValue::from(error.wait_seconds().unwrap_or(0)),
    );
    (error.kind(), error.reason(), args)
}
