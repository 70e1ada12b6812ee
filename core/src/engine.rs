//! [`Engine`]: the one object front ends hold. `Send + Sync`, every method takes `&self`.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use unic_langid::LanguageIdentifier;

use ed25519_dalek::VerifyingKey;

use crate::content::installed::PackDir;
use crate::content::signing::{Limits, parse_public_key};
use crate::content::{Catalog, LoadedPack, load_pack_file};
use crate::error::{Error, Result};
use crate::l10n::{Localizer, direction_of, parse_locale};
use crate::store::Store;
use crate::views::*;

/// Milliseconds since the Unix epoch; replaceable in tests.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

fn system_clock() -> Clock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    })
}

/// SafeSteps: content, localisation and the learner store behind one object.
pub struct Engine {
    catalog: RwLock<Arc<Catalog>>,
    localizers: Mutex<HashMap<Vec<String>, Arc<Localizer>>>,
    pack_state: RwLock<(PackSource, Option<String>)>,
    pack_dir: Option<PackDir>,
    trusted: Vec<VerifyingKey>,
    install_lock: Mutex<()>,
    sign_language: RwLock<Option<String>>,
    localizer: RwLock<Arc<Localizer>>,
    preferred: RwLock<Vec<LanguageIdentifier>>,
    country: RwLock<Option<String>>,
    store: Mutex<Store>,
    clock: Clock,
    last_time: std::sync::atomic::AtomicI64,
    /// Open teacher sessions: token -> expiry (ms).
    pub(crate) teacher_sessions: Mutex<HashMap<String, i64>>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

pub(crate) fn read<T: ?Sized>(l: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    // A panic while holding a lock leaves data that is still whole (writes are transactions), so go on.
    l.read().unwrap_or_else(|e| e.into_inner())
}
pub(crate) fn write<T: ?Sized>(l: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    l.write().unwrap_or_else(|e| e.into_inner())
}

impl Engine {
    /// Open the database at `db_path` (created if missing). Content is the embedded
    /// default pack, or an installed pack that verifies against the trusted keys and is
    /// newer than the embedded one.
    pub fn open(db_path: &Path, options: OpenOptions) -> Result<Self> {
        let pack_dir = match &options.pack_dir {
            Some(d) => std::path::PathBuf::from(d),
            None => {
                let mut p = db_path.as_os_str().to_owned();
                p.push("-packs");
                p.into()
            }
        };
        Self::open_with(
            Store::open(db_path)?,
            Catalog::embedded()?,
            options,
            Some(PackDir::new(pack_dir)),
            system_clock(),
        )
    }

    /// Open with an explicit store, embedded catalog, pack folder and clock (tests, tools).
    pub fn open_with(
        store: Store,
        embedded: Catalog,
        options: OpenOptions,
        pack_dir: Option<PackDir>,
        clock: Clock,
    ) -> Result<Self> {
        let preferred = parse_locales(&options.preferred_locales)?;
        let country = options.country.map(|c| normalize_country(&c)).transpose()?;
        let sign_language = options
            .sign_language
            .map(|s| normalize_sign_language(&s))
            .transpose()?;
        let trusted = options
            .trusted_publisher_keys
            .iter()
            .map(|k| parse_public_key(k))
            .collect::<Result<Vec<_>>>()?;
        let (catalog, source, problem) = choose_pack(embedded, pack_dir.as_ref(), &trusted);
        let localizer = Localizer::new(&catalog.resources, &preferred)?;
        Ok(Engine {
            catalog: RwLock::new(Arc::new(catalog)),
            localizers: Mutex::new(HashMap::new()),
            pack_state: RwLock::new((source, problem)),
            pack_dir,
            trusted,
            install_lock: Mutex::new(()),
            sign_language: RwLock::new(sign_language),
            localizer: RwLock::new(Arc::new(localizer)),
            preferred: RwLock::new(preferred),
            country: RwLock::new(country),
            last_time: std::sync::atomic::AtomicI64::new(store.latest_event_ms()?),
            store: Mutex::new(store),
            clock,
            teacher_sessions: Mutex::new(HashMap::new()),
        })
    }

    /// Install a signed pack file. It must verify against the trusted publisher keys,
    /// pass validation, suit this core version, and be newer than the pack in use (same
    /// id) unless `allow_downgrade`. On any failure the current pack stays in use.
    pub fn install_pack(&self, path: &Path, allow_downgrade: bool) -> Result<PackInfo> {
        let _one_at_a_time = self.install_lock.lock().unwrap_or_else(|e| e.into_inner());
        let dir = self
            .pack_dir
            .as_ref()
            .ok_or_else(|| Error::PackRejected("this app has no folder for packs".into()))?;
        // Verified and loaded completely (every locale) before anything is changed.
        let loaded = load_installed(path, &self.trusted)?;
        let new = loaded.catalog;
        let current = self.catalog();
        if new.manifest.id == current.manifest.id
            && new.manifest.version <= current.manifest.version
            && !allow_downgrade
        {
            return Err(Error::PackRejected(format!(
                "version {} is not newer than the version in use ({}); installing it must be asked for as a downgrade",
                new.manifest.version, current.manifest.version
            )));
        }
        let localizer = Localizer::new(&new.resources, &read(&self.preferred))?;
        // Copies exactly the verified bytes; on failure the pack folder is as it was.
        dir.install(path, &loaded.sha256)?;
        *write(&self.catalog) = Arc::new(new);
        self.localizers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        *write(&self.localizer) = Arc::new(localizer);
        *write(&self.pack_state) = (PackSource::Installed, None);
        Ok(self.pack_info())
    }

    pub(crate) fn l10n(&self) -> Arc<Localizer> {
        Arc::clone(&read(&self.localizer))
    }

    /// Change the preferred text locales (most preferred first).
    pub fn set_preferred_locales(&self, locales: &[String]) -> Result<()> {
        let preferred = parse_locales(locales)?;
        let localizer = Localizer::new(&self.catalog().resources, &preferred)?;
        *write(&self.localizer) = Arc::new(localizer);
        *write(&self.preferred) = preferred;
        Ok(())
    }

    /// The country used for help contacts.
    pub fn country(&self) -> Option<String> {
        read(&self.country).clone()
    }

    /// Set the country (ISO 3166-1 alpha-2).
    pub fn set_country(&self, country: Option<String>) -> Result<()> {
        *write(&self.country) = country.map(|c| normalize_country(&c)).transpose()?;
        Ok(())
    }

    /// The preferred sign language (ISO 639-3), if any.
    pub fn sign_language(&self) -> Option<String> {
        read(&self.sign_language).clone()
    }

    /// Set or clear the preferred sign language.
    pub fn set_sign_language(&self, sign_language: Option<String>) -> Result<()> {
        *write(&self.sign_language) = sign_language
            .map(|s| normalize_sign_language(&s))
            .transpose()?;
        Ok(())
    }

    /// This device's random id.
    pub fn device_id(&self) -> String {
        self.store().device_id().to_string()
    }

    /// The pack in use and the active locale.
    pub fn pack_info(&self) -> PackInfo {
        let cat = self.catalog();
        let l10n = self.l10n();
        let m = &cat.manifest;
        PackInfo {
            id: m.id.clone(),
            version: m.version.to_string(),
            publisher: m.publisher.clone(),
            default_locale: m.default_locale.clone(),
            locales: m
                .locales
                .iter()
                .map(|l| LocaleInfo {
                    tag: l.tag.clone(),
                    status: l.status,
                    direction: parse_locale(&l.tag)
                        .map(|id| direction_of(&id))
                        .unwrap_or(TextDirection::Ltr),
                })
                .collect(),
            sign_languages: m.sign_languages.clone(),
            active_locale: l10n.primary().to_string(),
            active_direction: direction_of(l10n.primary()),
            source: read(&self.pack_state).0,
            installed_pack_problem: read(&self.pack_state).1.clone(),
            locale_problems: l10n.problems().to_vec(),
        }
    }

    /// Bytes of a pack file (pictures). Unknown paths are `NotFound`.
    pub fn media(&self, path: &str) -> Result<Vec<u8>> {
        self.catalog()
            .files
            .get(path)
            .filter(|_| path.starts_with("media/"))
            .map(|b| b.to_vec())
            .ok_or_else(|| Error::not_found("media file", path))
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn catalog(&self) -> Arc<Catalog> {
        Arc::clone(&read(&self.catalog))
    }

    /// The localizer for a list of preferred locales (the app's when empty), cached.
    pub(crate) fn localizer_for(&self, locales: &[String]) -> Result<Arc<Localizer>> {
        if locales.is_empty() {
            return Ok(self.l10n());
        }
        if let Some(l) = self
            .localizers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(locales)
        {
            return Ok(Arc::clone(l));
        }
        let localizer = Arc::new(Localizer::new(
            &self.catalog().resources,
            &parse_locales(locales)?,
        )?);
        self.localizers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(locales.to_vec(), Arc::clone(&localizer));
        Ok(localizer)
    }

    /// The wall clock, as is (for waits after failed PIN tries).
    pub(crate) fn wall_clock(&self) -> i64 {
        (self.clock)()
    }

    /// The time for a new record: the clock, but strictly after the previous one, so the
    /// events of one device have distinct, increasing times even within a millisecond or
    /// when the phone's clock is set back.
    pub(crate) fn now(&self) -> i64 {
        let t = (self.clock)();
        let mut last = self.last_time.load(std::sync::atomic::Ordering::SeqCst);
        loop {
            let next = t.max(last + 1);
            match self.last_time.compare_exchange(
                last,
                next,
                std::sync::atomic::Ordering::SeqCst,
                std::sync::atomic::Ordering::SeqCst,
            ) {
                Ok(_) => return next,
                Err(seen) => last = seen,
            }
        }
    }

    /// Run `f` with the catalog (CLI tools, tests).
    pub fn with_catalog<T>(&self, f: impl FnOnce(&Catalog) -> T) -> T {
        f(&self.catalog())
    }
}

/// Verify and load a pack file completely (see [`crate::content::load_pack_file`]).
fn load_installed(path: &Path, trusted: &[VerifyingKey]) -> Result<LoadedPack> {
    load_pack_file(path, trusted, &Limits::default())
}

/// The pack to start with: an installed one that verifies and is newer than the embedded
/// one (or has another id), else the embedded one, with the reason an installed one was not used.
fn choose_pack(
    embedded: Catalog,
    dir: Option<&PackDir>,
    trusted: &[VerifyingKey],
) -> (Catalog, PackSource, Option<String>) {
    let Some(dir) = dir else {
        return (embedded, PackSource::Embedded, None);
    };
    let Some(current) = dir.current() else {
        return (embedded, PackSource::Embedded, None);
    };
    match load_installed(&current, trusted).map(|p| p.catalog) {
        Ok(installed)
            if installed.manifest.id != embedded.manifest.id
                || installed.manifest.version > embedded.manifest.version =>
        {
            (installed, PackSource::Installed, None)
        }
        Ok(installed) => (
            embedded,
            PackSource::Embedded,
            Some(format!(
                "the installed pack (version {}) is not newer than the built-in content",
                installed.manifest.version
            )),
        ),
        Err(e) => (embedded, PackSource::Embedded, Some(e.to_string())),
    }
}

pub(crate) fn normalize_sign_language(s: &str) -> Result<String> {
    let s = s.trim().to_ascii_lowercase();
    if s.len() == 3 && s.chars().all(|c| c.is_ascii_lowercase()) {
        Ok(s)
    } else {
        Err(Error::InvalidInput(format!(
            "'{s}' is not a sign language code (ISO 639-3, such as pks or sfs)"
        )))
    }
}

pub(crate) fn parse_locales(tags: &[String]) -> Result<Vec<LanguageIdentifier>> {
    tags.iter().map(|t| parse_locale(t)).collect()
}

pub(crate) fn normalize_country(c: &str) -> Result<String> {
    let c = c.trim().to_ascii_uppercase();
    if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(Error::InvalidInput(format!(
            "'{c}' is not a two-letter country code (such as PK or ZA)"
        )))
    }
}
