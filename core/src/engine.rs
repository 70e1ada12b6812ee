//! [`Engine`]: the one object front ends hold, and the one seam between the rules and
//! storage. `Send + Sync`, cheap to clone (clones share everything), every method `&self`.
//!
//! Rules never take a lock. [`Engine::read`] and [`Engine::write`] take the store lock
//! once, open one transaction (`BEGIN IMMEDIATE` for writes) and hand the rule a context
//! ([`Cx`], [`WriteCx`]) with a consistent snapshot of the content, the localizer and the
//! app's settings ([`State`], swapped whole, so no call sees half an update).

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use ed25519_dalek::VerifyingKey;
use unic_langid::LanguageIdentifier;

use crate::content::Catalog;
use crate::content::installed::PackDir;
use crate::content::signing::{parse_public_key, read_pack_file, verify};
use crate::error::{Error, Result};
use crate::l10n::{Localizer, direction_of, parse_locale};
use crate::store::{Db, DbMut, Event, EventKind, Store};
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

/// Everything a call reads besides the database, replaced whole when anything in it
/// changes (a pack installed, the locales, the country or the sign language set).
pub struct State {
    /// The content in use.
    pub catalog: Arc<Catalog>,
    /// The app's localizer (its preferred locales).
    pub localizer: Arc<Localizer>,
    /// Where the content came from.
    pub pack_source: PackSource,
    /// Why an installed pack is not in use, when one was refused at start.
    pub pack_problem: Option<String>,
    /// The app's preferred text locales.
    pub preferred: Vec<LanguageIdentifier>,
    /// The country for help contacts.
    pub country: Option<String>,
    /// The app's preferred sign language.
    pub sign_language: Option<String>,
    /// Localizers for learners' own locale lists, for this catalog.
    localizers: Arc<Mutex<HashMap<Vec<String>, Arc<Localizer>>>>,
}

impl State {
    /// The localizer for a list of preferred locales (the app's when empty), cached.
    pub fn localizer_for(&self, locales: &[String]) -> Result<Arc<Localizer>> {
        if locales.is_empty() {
            return Ok(Arc::clone(&self.localizer));
        }
        let mut cache = self.localizers.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(l) = cache.get(locales) {
            return Ok(Arc::clone(l));
        }
        let localizer = Arc::new(Localizer::new(
            &self.catalog.resources,
            &parse_locales(locales)?,
        )?);
        cache.insert(locales.to_vec(), Arc::clone(&localizer));
        Ok(localizer)
    }

    /// A copy with another catalog (the localizer cache starts empty).
    fn with_catalog(&self, catalog: Arc<Catalog>, localizer: Arc<Localizer>) -> State {
        State {
            catalog,
            localizer,
            localizers: Arc::default(),
            ..self.clone_settings()
        }
    }

    /// A copy sharing everything (change one field after).
    fn clone_settings(&self) -> State {
        State {
            catalog: Arc::clone(&self.catalog),
            localizer: Arc::clone(&self.localizer),
            pack_source: self.pack_source,
            pack_problem: self.pack_problem.clone(),
            preferred: self.preferred.clone(),
            country: self.country.clone(),
            sign_language: self.sign_language.clone(),
            localizers: Arc::clone(&self.localizers),
        }
    }
}

/// What a rule reads: a snapshot of the state, the database inside one transaction, and
/// the time the call started.
pub struct Cx<'a> {
    /// Content, localizer and settings.
    pub state: &'a State,
    /// The database (reads).
    pub db: Db<'a>,
    /// The wall clock when the call started (ms since the epoch).
    pub now: i64,
}

/// What a rule that writes gets: everything in [`Cx`], writes inside the same
/// `BEGIN IMMEDIATE` transaction, and times for new events.
pub struct WriteCx<'a> {
    cx: Cx<'a>,
    /// The database (reads and writes).
    pub db: DbMut<'a>,
    times: &'a EventTimes,
    checkpoint: std::cell::Cell<bool>,
}

impl<'a> std::ops::Deref for WriteCx<'a> {
    type Target = Cx<'a>;
    fn deref(&self) -> &Cx<'a> {
        &self.cx
    }
}

impl WriteCx<'_> {
    /// The time for a new record: strictly after the previous one on this device.
    pub fn event_time(&self) -> i64 {
        self.times.next()
    }

    /// A new event of this device for a learner.
    pub fn event(&self, learner_id: &str, kind: EventKind) -> Event {
        Event {
            id: uuid::Uuid::new_v4().to_string(),
            learner_id: learner_id.to_string(),
            device_id: self.db.device_id().to_string(),
            at_ms: self.event_time(),
            kind,
        }
    }

    /// Empty the write-ahead log once this transaction is committed (after an erasure).
    pub fn checkpoint_after_commit(&self) {
        self.checkpoint.set(true);
    }
}

/// Distinct, increasing times for the events of this device, even within a millisecond
/// or when the phone's clock is set back.
struct EventTimes {
    clock: Clock,
    last: AtomicI64,
}

impl EventTimes {
    fn next(&self) -> i64 {
        let t = (self.clock)();
        let mut last = self.last.load(Ordering::SeqCst);
        loop {
            let next = t.max(last + 1);
            match self
                .last
                .compare_exchange(last, next, Ordering::SeqCst, Ordering::SeqCst)
            {
                Ok(_) => return next,
                Err(seen) => last = seen,
            }
        }
    }
}

struct Inner {
    state: RwLock<Arc<State>>,
    /// Serialises changes to `state` (installs, settings), so none is lost.
    changing: Mutex<()>,
    store: Mutex<Store>,
    device_id: String,
    pack_dir: Option<PackDir>,
    trusted: Vec<VerifyingKey>,
    times: EventTimes,
    /// Bumped when teacher mode is erased: sessions opened before are void.
    pub(crate) teacher_epoch: AtomicU64,
}

/// SafeSteps: content, localisation and the learner store behind one object.
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

impl Engine {
    /// Open the database at `db_path` (created if missing). Content is the embedded
    /// default pack, or an installed pack that verifies against the trusted keys and is
    /// newer than the embedded one.
    pub fn open(db_path: &Path, options: OpenOptions) -> Result<Self> {
        Self::open_store(Store::open(db_path)?, db_path, options)
    }

    /// Open like [`Engine::open`], but when the database is damaged (or a `-wal` next to
    /// it belongs to another copy: [`crate::ErrorKind::DatabaseCorrupt`]) move the bad
    /// files aside to timestamped names next to it (kept for recovery), start again, and
    /// say so. Another app's file, a newer database or a read-only file are refused as by
    /// `open`.
    pub fn open_recovering(
        db_path: &Path,
        options: OpenOptions,
    ) -> Result<(Self, Option<crate::store::DatabaseRecovery>)> {
        let (store, recovery) = Store::open_recovering(db_path, system_clock()())?;
        Ok((Self::open_store(store, db_path, options)?, recovery))
    }

    fn open_store(store: Store, db_path: &Path, options: OpenOptions) -> Result<Self> {
        let pack_dir = match &options.pack_dir {
            Some(d) => std::path::PathBuf::from(d),
            None => {
                let mut p = db_path.as_os_str().to_owned();
                p.push("-packs");
                p.into()
            }
        };
        Self::open_with(
            store,
            Catalog::embedded()?,
            options,
            Some(PackDir::new(pack_dir)),
            system_clock(),
        )
    }

    /// Open with an explicit store, embedded catalog, pack folder and clock (tests, tools).
    pub fn open_with(
        mut store: Store,
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
        let (catalog, pack_source, pack_problem) =
            choose_pack(embedded, pack_dir.as_ref(), &trusted);
        if let Some(problem) = &pack_problem {
            log::warn!("the installed pack is not used: {problem}");
        }
        let localizer = Localizer::new(&catalog.resources, &preferred)?;
        let latest = store.read(|db| db.latest_event_ms())?;
        let state = State {
            catalog: Arc::new(catalog),
            localizer: Arc::new(localizer),
            pack_source,
            pack_problem,
            preferred,
            country,
            sign_language,
            localizers: Arc::default(),
        };
        Ok(Engine {
            inner: Arc::new(Inner {
                state: RwLock::new(Arc::new(state)),
                changing: Mutex::new(()),
                device_id: store.device_id().to_string(),
                store: Mutex::new(store),
                pack_dir,
                trusted,
                times: EventTimes {
                    clock,
                    last: AtomicI64::new(latest),
                },
                teacher_epoch: AtomicU64::new(0),
            }),
        })
    }

    /// The state in use now.
    pub fn state(&self) -> Arc<State> {
        Arc::clone(&self.inner.state.read().unwrap_or_else(|e| e.into_inner()))
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        // A panic while holding the lock leaves data that is still whole (writes are
        // transactions, rolled back when dropped), so go on.
        self.inner.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Run a rule that reads: one lock, one transaction, one snapshot.
    pub fn read<T>(&self, f: impl FnOnce(&Cx<'_>) -> Result<T>) -> Result<T> {
        let state = self.state();
        let now = self.wall_clock();
        self.store().read(|db| {
            f(&Cx {
                state: &state,
                db,
                now,
            })
        })
    }

    /// Run a rule that writes: one lock, one `BEGIN IMMEDIATE` transaction, committed
    /// when the rule returns `Ok` and rolled back otherwise.
    pub fn write<T>(&self, f: impl FnOnce(&WriteCx<'_>) -> Result<T>) -> Result<T> {
        let state = self.state();
        let now = self.wall_clock();
        let mut store = self.store();
        let mut checkpoint = false;
        let out = store.write(|db| {
            let cx = WriteCx {
                cx: Cx {
                    state: &state,
                    db: *db,
                    now,
                },
                db,
                times: &self.inner.times,
                checkpoint: std::cell::Cell::new(false),
            };
            let out = f(&cx)?;
            checkpoint = cx.checkpoint.get();
            Ok(out)
        })?;
        if checkpoint {
            store.checkpoint()?;
        }
        Ok(out)
    }

    /// Replace the state with `change(current)`, one change at a time.
    fn change_state(&self, change: impl FnOnce(&State) -> Result<State>) -> Result<()> {
        let _one = self
            .inner
            .changing
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let new = change(&self.state())?;
        *self.inner.state.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(new);
        Ok(())
    }

    /// Install a signed pack file. It must verify against the trusted publisher keys,
    /// pass validation, suit this core version, and be newer than the pack in use (same
    /// id) unless `allow_downgrade`. On any failure the current pack stays in use.
    pub fn install_pack(&self, path: &Path, allow_downgrade: bool) -> Result<PackInfo> {
        self.install(path, allow_downgrade)
            .inspect_err(|e| log::warn!("a content pack was not installed: {e}"))?;
        let info = self.pack_info();
        log::info!("content pack {} {} installed", info.id, info.version);
        Ok(info)
    }

    fn install(&self, path: &Path, allow_downgrade: bool) -> Result<()> {
        self.change_state(|current| {
            let dir = self
                .inner
                .pack_dir
                .as_ref()
                .ok_or_else(|| Error::PackRejected("this app has no folder for packs".into()))?;
            let bytes = std::fs::read(path).map_err(|e| {
                Error::InvalidInput(format!("cannot read the pack file {}: {e}", path.display()))
            })?;
            let new = load_installed(&bytes, &self.inner.trusted)?;
            let in_use = &current.catalog.manifest;
            if new.manifest.id == in_use.id
                && new.manifest.version <= in_use.version
                && !allow_downgrade
            {
                return Err(Error::PackRejected(format!(
                    "version {} is not newer than the version in use ({}); installing it must be asked for as a downgrade",
                    new.manifest.version, in_use.version
                )));
            }
            let localizer = Localizer::new(&new.resources, &current.preferred)?;
            let staged = dir.stage(&bytes)?;
            dir.commit(staged)?;
            let mut next = current.with_catalog(Arc::new(new), Arc::new(localizer));
            next.pack_source = PackSource::Installed;
            next.pack_problem = None;
            Ok(next)
        })
    }

    /// Change the preferred text locales (most preferred first).
    pub fn set_preferred_locales(&self, locales: &[String]) -> Result<()> {
        let preferred = parse_locales(locales)?;
        self.change_state(|s| {
            let localizer = Localizer::new(&s.catalog.resources, &preferred)?;
            Ok(State {
                localizer: Arc::new(localizer),
                preferred,
                ..s.clone_settings()
            })
        })
    }

    /// The country used for help contacts.
    pub fn country(&self) -> Option<String> {
        self.state().country.clone()
    }

    /// Set the country (ISO 3166-1 alpha-2).
    pub fn set_country(&self, country: Option<String>) -> Result<()> {
        let country = country.map(|c| normalize_country(&c)).transpose()?;
        self.change_state(|s| {
            Ok(State {
                country,
                ..s.clone_settings()
            })
        })
    }

    /// The preferred sign language (ISO 639-3), if any.
    pub fn sign_language(&self) -> Option<String> {
        self.state().sign_language.clone()
    }

    /// Set or clear the preferred sign language.
    pub fn set_sign_language(&self, sign_language: Option<String>) -> Result<()> {
        let sign_language = sign_language
            .map(|s| normalize_sign_language(&s))
            .transpose()?;
        self.change_state(|s| {
            Ok(State {
                sign_language,
                ..s.clone_settings()
            })
        })
    }

    /// This device's random id.
    pub fn device_id(&self) -> String {
        self.inner.device_id.clone()
    }

    /// The pack in use and the active locale.
    pub fn pack_info(&self) -> PackInfo {
        pack_info(&self.state())
    }

    /// Bytes of a pack file (pictures). Unknown paths are `NotFound`.
    pub fn media(&self, path: &str) -> Result<Vec<u8>> {
        self.state()
            .catalog
            .files
            .get(path)
            .filter(|_| path.starts_with("media/"))
            .map(|b| b.to_vec())
            .ok_or_else(|| Error::not_found("media file", path))
    }

    /// The wall clock, as is.
    pub(crate) fn wall_clock(&self) -> i64 {
        (self.inner.times.clock)()
    }

    pub(crate) fn teacher_epoch(&self) -> &AtomicU64 {
        &self.inner.teacher_epoch
    }

    /// Run `f` with the catalog (CLI tools, tests).
    pub fn with_catalog<T>(&self, f: impl FnOnce(&Catalog) -> T) -> T {
        f(&self.state().catalog)
    }

    /// Run an integrity check of the database (tests, diagnostics).
    pub fn integrity_check(&self) -> Result<String> {
        self.store().integrity_check()
    }
}

fn pack_info(state: &State) -> PackInfo {
    let m = &state.catalog.manifest;
    let l10n = &state.localizer;
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
        source: state.pack_source,
        installed_pack_problem: state.pack_problem.clone(),
    }
}

/// Verify and load an installed pack file.
fn load_installed(bytes: &[u8], trusted: &[VerifyingKey]) -> Result<Catalog> {
    if trusted.is_empty() {
        return Err(Error::PackRejected(
            "no publisher keys are configured, so no pack can be installed".into(),
        ));
    }
    let files = read_pack_file(bytes)?;
    verify(&files, trusted)?;
    let catalog = Catalog::load(files)?;
    let core = semver::Version::parse(crate::CORE_VERSION)
        .map_err(|e| Error::Internal(format!("the core version is not semver: {e}")))?;
    if catalog.manifest.min_core_version > core {
        return Err(Error::PackRejected(format!(
            "the pack needs SafeSteps {} or newer; this is {core}",
            catalog.manifest.min_core_version
        )));
    }
    Ok(catalog)
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
    let bytes = match dir.read_current() {
        Ok(Some(b)) => b,
        Ok(None) => return (embedded, PackSource::Embedded, None),
        Err(e) => return (embedded, PackSource::Embedded, Some(e.to_string())),
    };
    match load_installed(&bytes, trusted) {
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
            "'{}' is not a sign language code (ISO 639-3, such as pks or sfs)",
            crate::error::excerpt(&s)
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
            "'{}' is not a two-letter country code (such as PK or ZA)",
            crate::error::excerpt(&c)
        )))
    }
}
