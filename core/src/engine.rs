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

use crate::content::installed::PackDir;
use crate::content::signing::{Limits, parse_public_key};
use crate::content::{Catalog, LoadedPack, load_pack_file};
use crate::error::{Error, Result};
use crate::l10n::{Localizer, direction_of, parse_locale};
use crate::store::{Db, DbMut, Event, EventKind, Store};
use crate::views::*;

/// Milliseconds since the Unix epoch; replaceable in tests.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// Time that only moves forward while the app runs (whatever the phone's clock does);
/// replaceable in tests.
pub type MonotonicClock = Arc<dyn Fn() -> std::time::Duration + Send + Sync>;

fn process_clock() -> MonotonicClock {
    let start = std::time::Instant::now();
    Arc::new(move || start.elapsed())
}

/// A monotonic clock that follows `clock` forward and never back (for engines opened with
/// a test clock; [`Engine::open`] uses the process's own monotonic clock).
fn following(clock: &Clock) -> MonotonicClock {
    let clock = Arc::clone(clock);
    let start = clock();
    let high = Arc::new(AtomicI64::new(start));
    Arc::new(move || {
        let now = high.fetch_max(clock(), Ordering::SeqCst).max(clock());
        std::time::Duration::from_millis(u64::try_from(now.saturating_sub(start)).unwrap_or(0))
    })
}

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
    /// The stable reason of `pack_problem` (see [`PackInfo::installed_pack_problem_reason`]).
    pub pack_problem_reason: Option<&'static str>,
    /// The app's preferred text locales.
    pub preferred: Vec<LanguageIdentifier>,
    /// The country for help contacts.
    pub country: Option<String>,
    /// The app's preferred sign language.
    pub sign_language: Option<String>,
    /// Sign-language media packs installed on this device (for this catalog).
    pub media: Arc<crate::media::InstalledMedia>,
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
            pack_problem_reason: self.pack_problem_reason,
            preferred: self.preferred.clone(),
            country: self.country.clone(),
            sign_language: self.sign_language.clone(),
            media: Arc::clone(&self.media),
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
    changes: std::cell::RefCell<Vec<Change>>,
}

/// What changed, told to change listeners ([`Engine::add_change_listener`]) after the
/// change is committed, so screens showing it can refresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A learner's progress changed (a step seen, an answer, a knowledge-check answer, a
    /// lesson restarted).
    ProgressRecorded {
        /// The learner.
        learner_id: String,
        /// The lesson, when the change is in one (not for knowledge checks).
        lesson_id: Option<String>,
        /// The module.
        module_id: String,
    },
    /// A learner was created, or their nickname, avatar, age band, settings or picture
    /// password changed.
    LearnerChanged {
        /// The learner.
        learner_id: String,
    },
    /// A learner and everything they did were erased.
    LearnerErased {
        /// The learner (no longer found).
        learner_id: String,
    },
    /// Classes, groups, members or assignments changed (by the teacher here, or teacher
    /// mode was erased).
    AssignmentsChanged,
    /// A bundle from another device was imported (learners, progress, classes or
    /// assignments may have changed).
    BundleImported {
        /// What it carried.
        kind: BundleKind,
    },
    /// Paired devices changed.
    PairingChanged,
    /// A content pack was installed: every text and picture may have changed.
    PackInstalled {
        /// Its id.
        pack_id: String,
        /// Its version.
        version: String,
    },
    /// A sign-language media pack was installed: videos of that sign language may have
    /// become playable.
    MediaPackInstalled {
        /// Its sign language.
        sign_language: String,
    },
    /// The app's locales, country or sign language changed.
    AppSettingsChanged,
}

/// A change listener: called after each committed change, on the thread that made it.
pub type ChangeListener = Arc<dyn Fn(&Change) + Send + Sync>;

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

    /// A new event of this device for a learner. Its id is a UUID v7 of its time (48
    /// bits) and 74 random bits: unique across devices as a v4 is, and in the order this
    /// device writes them, so each goes at the end of the events' key index (one hot
    /// page) instead of a random page of it (docs/decisions/0029).
    pub fn event(&self, learner_id: &str, kind: EventKind) -> Event {
        let at_ms = self.event_time();
        let id = uuid::Builder::from_unix_timestamp_millis(
            u64::try_from(at_ms).unwrap_or(0),
            &self.times.random_bytes(),
        )
        .into_uuid();
        Event {
            id: id.to_string(),
            learner_id: learner_id.to_string(),
            device_id: self.db.device_id().to_string(),
            at_ms,
            kind,
        }
    }

    /// Empty the write-ahead log once this transaction is committed (after an erasure).
    pub fn checkpoint_after_commit(&self) {
        self.checkpoint.set(true);
    }

    /// Tell change listeners about `change` once this transaction is committed (never
    /// when it is rolled back).
    pub fn changed(&self, change: Change) {
        self.changes.borrow_mut().push(change);
    }
}

/// Distinct, increasing times for the events of this device, even within a millisecond
/// or when the phone's clock is set back.
struct EventTimes {
    clock: Clock,
    last: AtomicI64,
    /// Random bytes from the operating system, drawn a block at a time (one system call
    /// per [`RANDOM_BLOCK`] bytes rather than one per event id) and used once each.
    random: Mutex<RandomPool>,
}

/// Bytes of operating-system randomness drawn at a time for event ids (64 ids' worth).
const RANDOM_BLOCK: usize = 640;

/// A block of operating-system random bytes and how many are used.
struct RandomPool {
    bytes: [u8; RANDOM_BLOCK],
    used: usize,
}

impl Default for RandomPool {
    fn default() -> Self {
        RandomPool {
            bytes: [0; RANDOM_BLOCK],
            used: RANDOM_BLOCK,
        }
    }
}

impl EventTimes {
    fn new(clock: Clock, latest: i64) -> Self {
        EventTimes {
            clock,
            last: AtomicI64::new(latest),
            random: Mutex::default(),
        }
    }

    /// Ten random bytes for an event id, never handed out twice.
    fn random_bytes(&self) -> [u8; 10] {
        let mut pool = self.random.lock().unwrap_or_else(|e| e.into_inner());
        if pool.used + 10 > RANDOM_BLOCK {
            if getrandom::fill(&mut pool.bytes).is_err() {
                // As `Uuid::new_v4` would (it asks the same source, and panics if it fails).
                let mut out = [0; 10];
                out.copy_from_slice(&uuid::Uuid::new_v4().as_bytes()[..10]);
                return out;
            }
            pool.used = 0;
        }
        let mut out = [0; 10];
        out.copy_from_slice(&pool.bytes[pool.used..pool.used + 10]);
        // Used bytes are wiped, so the pool never holds an id's randomness after it.
        let used = pool.used;
        pool.bytes[used..used + 10].fill(0);
        pool.used += 10;
        out
    }

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
    /// One media pack install at a time.
    media_installing: Mutex<()>,
    /// `None` once closed.
    store: Mutex<Option<Store>>,
    closed: std::sync::atomic::AtomicBool,
    device_id: String,
    pack_dir: Option<PackDir>,
    trusted: Vec<VerifyingKey>,
    times: EventTimes,
    /// An erasure's log wipe could not finish (another connection was reading): retried
    /// after every later write.
    pending_checkpoint: std::sync::atomic::AtomicBool,
    /// Failures at secrets seen by this process, on the monotonic clock.
    failures_seen: Mutex<HashMap<String, std::time::Duration>>,
    monotonic: RwLock<MonotonicClock>,
    /// Bumped when teacher mode is erased: sessions opened before are void.
    pub(crate) teacher_epoch: AtomicU64,
    /// Change listeners by id.
    listeners: Mutex<Vec<(u64, ChangeListener)>>,
    next_listener: AtomicU64,
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
        check_db_path(db_path)?;
        // Options are checked before the file is touched: refused options make no file.
        let parsed = ParsedOptions::parse(&options)?;
        Self::open_store(Store::open(db_path)?, db_path, &options, parsed)
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
        check_db_path(db_path)?;
        let parsed = ParsedOptions::parse(&options)?;
        let (store, recovery) = Store::open_recovering(db_path, system_clock()())?;
        Ok((
            Self::open_store(store, db_path, &options, parsed)?,
            recovery,
        ))
    }

    fn open_store(
        store: Store,
        db_path: &Path,
        options: &OpenOptions,
        parsed: ParsedOptions,
    ) -> Result<Self> {
        let pack_dir = match &options.pack_dir {
            Some(d) => std::path::PathBuf::from(d),
            None => {
                let mut p = db_path.as_os_str().to_owned();
                p.push("-packs");
                p.into()
            }
        };
        let engine = Self::open_parsed(
            store,
            Catalog::embedded()?,
            parsed,
            Some(PackDir::new(pack_dir)),
            system_clock(),
        )?;
        engine.set_monotonic_clock(process_clock());
        Ok(engine)
    }

    /// Open with an explicit store, embedded catalog, pack folder and clock (tests, tools).
    pub fn open_with(
        store: Store,
        embedded: Catalog,
        options: OpenOptions,
        pack_dir: Option<PackDir>,
        clock: Clock,
    ) -> Result<Self> {
        let parsed = ParsedOptions::parse(&options)?;
        Self::open_parsed(store, embedded, parsed, pack_dir, clock)
    }

    /// [`Engine::open_with`], with the options already checked.
    fn open_parsed(
        mut store: Store,
        embedded: Catalog,
        parsed: ParsedOptions,
        pack_dir: Option<PackDir>,
        clock: Clock,
    ) -> Result<Self> {
        let ParsedOptions {
            preferred,
            country,
            sign_language,
            trusted,
        } = parsed;
        let (catalog, pack_source, problem) = choose_pack(embedded, pack_dir.as_ref(), &trusted);
        if let Some((problem, reason)) = &problem {
            log::warn!("the installed pack is not used ({reason}): {problem}");
        }
        let (pack_problem, pack_problem_reason) = problem.unzip();
        let localizer = Localizer::new(&catalog.resources, &preferred)?;
        let media = load_media(pack_dir.as_ref(), &trusted, &catalog);
        let latest = store.read(|db| db.latest_event_ms())?;
        let monotonic = following(&clock);
        let state = State {
            catalog: Arc::new(catalog),
            localizer: Arc::new(localizer),
            pack_source,
            pack_problem,
            pack_problem_reason,
            preferred,
            country,
            sign_language,
            media: Arc::new(media),
            localizers: Arc::default(),
        };
        Ok(Engine {
            inner: Arc::new(Inner {
                state: RwLock::new(Arc::new(state)),
                changing: Mutex::new(()),
                media_installing: Mutex::new(()),
                device_id: store.device_id().to_string(),
                store: Mutex::new(Some(store)),
                closed: std::sync::atomic::AtomicBool::new(false),
                pack_dir,
                trusted,
                times: EventTimes::new(clock, latest),
                pending_checkpoint: std::sync::atomic::AtomicBool::new(false),
                failures_seen: Mutex::default(),
                monotonic: RwLock::new(monotonic),
                teacher_epoch: AtomicU64::new(0),
                listeners: Mutex::default(),
                next_listener: AtomicU64::new(1),
            }),
        })
    }

    /// The state in use now.
    pub fn state(&self) -> Arc<State> {
        Arc::clone(&self.inner.state.read().unwrap_or_else(|e| e.into_inner()))
    }

    fn store(&self) -> Result<MutexGuard<'_, Option<Store>>> {
        if self.inner.closed.load(Ordering::SeqCst) {
            return Err(Error::Closed);
        }
        // A panic while holding the lock leaves data that is still whole (writes are
        // transactions, rolled back when dropped), so go on.
        let guard = self.inner.store.lock().unwrap_or_else(|e| e.into_inner());
        if guard.is_none() {
            return Err(Error::Closed);
        }
        Ok(guard)
    }

    /// Close: every later call fails with [`Error::Closed`]; the database is released as
    /// soon as the calls already running have finished (this waits for them).
    pub fn close(&self) {
        self.inner.closed.store(true, Ordering::SeqCst);
        let mut guard = self.inner.store.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(store) = guard.take() {
            if self.inner.pending_checkpoint.load(Ordering::SeqCst) {
                let _ = store.try_checkpoint();
            }
            drop(store);
            log::info!("database closed");
        }
    }

    /// Whether [`Engine::close`] was called.
    pub fn is_closed(&self) -> bool {
        self.inner.closed.load(Ordering::SeqCst)
    }

    /// Run a rule that reads: one lock, one transaction, one snapshot.
    pub fn read<T>(&self, f: impl FnOnce(&Cx<'_>) -> Result<T>) -> Result<T> {
        crate::store::once!(f, &Cx<'_>, |run| self.read_dyn(run))
    }

    /// [`Engine::read`]'s body, compiled once for every rule (not once per closure type).
    fn read_dyn(&self, f: &mut dyn FnMut(&Cx<'_>) -> Result<()>) -> Result<()> {
        let state = self.state();
        let now = self.wall_clock();
        let mut guard = self.store()?;
        let store = guard.as_mut().ok_or(Error::Closed)?;
        store.read(|db| {
            f(&Cx {
                state: &state,
                db,
                now,
            })
        })
    }

    /// Run a rule that writes: one lock, one `BEGIN IMMEDIATE` transaction, committed
    /// when the rule returns `Ok` and rolled back otherwise.
    ///
    /// Changes the rule reported ([`WriteCx::changed`]) go to the change listeners after
    /// the commit, once the store lock is released.
    pub fn write<T>(&self, f: impl FnOnce(&WriteCx<'_>) -> Result<T>) -> Result<T> {
        crate::store::once!(f, &WriteCx<'_>, |run| self.write_dyn(run))
    }

    /// [`Engine::write`]'s body, compiled once for every rule.
    fn write_dyn(&self, f: &mut dyn FnMut(&WriteCx<'_>) -> Result<()>) -> Result<()> {
        let state = self.state();
        let now = self.wall_clock();
        let mut guard = self.store()?;
        let store = guard.as_mut().ok_or(Error::Closed)?;
        let mut checkpoint = false;
        let mut changes = Vec::new();
        store.write(|db| {
            let cx = WriteCx {
                cx: Cx {
                    state: &state,
                    db: *db,
                    now,
                },
                db,
                times: &self.inner.times,
                checkpoint: std::cell::Cell::new(false),
                changes: std::cell::RefCell::default(),
            };
            f(&cx)?;
            checkpoint = cx.checkpoint.get();
            changes = cx.changes.take();
            Ok(())
        })?;
        let pending = &self.inner.pending_checkpoint;
        let wiped = if checkpoint {
            pending.store(true, Ordering::SeqCst);
            store.checkpoint().map(|_| {
                pending.store(false, Ordering::SeqCst);
            })
        } else if pending.load(Ordering::SeqCst) {
            store.try_checkpoint().map(|done| {
                if done {
                    pending.store(false, Ordering::SeqCst);
                    log::info!("an earlier erasure is now wiped from the log file");
                }
            })
        } else {
            Ok(())
        };
        // Committed: listeners hear of it, without the store lock held (a listener may
        // call SafeSteps again).
        drop(guard);
        for change in changes {
            self.notify(&change);
        }
        wiped
    }

    /// Call `listener` after every committed change (on the thread that made it, after
    /// the store lock is released). A listener that panics is logged and skipped; it
    /// never breaks the call that made the change. Returns an id for
    /// [`Engine::remove_change_listener`].
    pub fn add_change_listener(&self, listener: ChangeListener) -> u64 {
        let id = self.inner.next_listener.fetch_add(1, Ordering::SeqCst);
        self.inner
            .listeners
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((id, listener));
        id
    }

    /// Stop calling a listener; `false` when no listener has this id.
    pub fn remove_change_listener(&self, id: u64) -> bool {
        let mut list = self
            .inner
            .listeners
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let before = list.len();
        list.retain(|(i, _)| *i != id);
        list.len() != before
    }

    /// Tell every listener about a committed change.
    pub(crate) fn notify(&self, change: &Change) {
        let listeners: Vec<ChangeListener> = self
            .inner
            .listeners
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .map(|(_, l)| Arc::clone(l))
            .collect();
        for listener in listeners {
            let called =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| listener(change)));
            if called.is_err() {
                log::warn!("a change listener failed; SafeSteps goes on");
            }
        }
    }

    /// Replace the state with `change(current)`, one change at a time.
    fn change_state(&self, change: impl FnOnce(&State) -> Result<State>) -> Result<()> {
        if self.is_closed() {
            return Err(Error::Closed);
        }
        let _one = self
            .inner
            .changing
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let new = change(&self.state())?;
        *self.inner.state.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(new);
        drop(_one);
        Ok(())
    }

    /// [`Engine::change_state`] for the app's settings, told to change listeners.
    fn change_settings(&self, change: impl FnOnce(&State) -> Result<State>) -> Result<()> {
        self.change_state(change)?;
        self.notify(&Change::AppSettingsChanged);
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
        self.notify(&Change::PackInstalled {
            pack_id: info.id.clone(),
            version: info.version.clone(),
        });
        Ok(info)
    }

    fn install(&self, path: &Path, allow_downgrade: bool) -> Result<()> {
        // The media packs are looked at again for the new content: not while one is
        // being installed (its staging folder would be taken for a leftover).
        let _media = self
            .inner
            .media_installing
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        self.change_state(|current| {
            let dir = self
                .inner
                .pack_dir
                .as_ref()
                .ok_or_else(|| Error::PackRejected("this app has no folder for packs".into()))?;
            // Verified and loaded completely (every locale) before anything is changed.
            let loaded = load_installed(path, &self.inner.trusted)?;
            let new = loaded.catalog;
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
            // Copies exactly the verified bytes; on failure the pack folder is as it was.
            dir.install(path, &loaded.sha256)?;
            let media = load_media(Some(dir), &self.inner.trusted, &new);
            let mut next = current.with_catalog(Arc::new(new), Arc::new(localizer));
            next.media = Arc::new(media);
            next.pack_source = PackSource::Installed;
            next.pack_problem = None;
            next.pack_problem_reason = None;
            Ok(next)
        })
    }

    /// Install a signed sign-language media pack (see [`crate::media::pack`]): checked
    /// against the trusted publisher keys before anything is unpacked, refused when its
    /// sign language is not the app's (when one is set) or it was built for another
    /// content pack, streamed to disk with bounded memory, every file's size and hash
    /// checked, and swapped in whole. Lesson views then give its videos' file paths.
    pub fn install_media_pack(&self, path: &Path) -> Result<MediaPackInfo> {
        self.install_media(path)
            .inspect_err(|e| log::warn!("a media pack was not installed: {e}"))
            .inspect(|info| {
                log::info!(
                    "media pack {} for {} {} installed ({} videos)",
                    info.sign_language,
                    info.base_pack,
                    info.base_version,
                    info.videos
                );
                self.notify(&Change::MediaPackInstalled {
                    sign_language: info.sign_language.clone(),
                });
            })
    }

    fn install_media(&self, path: &Path) -> Result<MediaPackInfo> {
        if self.is_closed() {
            return Err(Error::Closed);
        }
        let dir = self
            .inner
            .pack_dir
            .as_ref()
            .ok_or_else(|| Error::PackRejected("this app has no folder for packs".into()))?;
        // One media install at a time; the (long) streaming install runs without holding
        // the state, so lessons and settings stay usable meanwhile.
        let _one = self
            .inner
            .media_installing
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let snapshot = self.state();
        let set = crate::media::pack::install(
            dir.path(),
            path,
            &self.inner.trusted,
            &snapshot.catalog,
            snapshot.sign_language.as_deref(),
        )?;
        let info = media_info(&set);
        self.change_state(|current| {
            // The content may have changed while the files were copied.
            if !Arc::ptr_eq(&current.catalog, &snapshot.catalog) {
                crate::media::pack::fits(&set.manifest, &current.catalog)?;
            }
            let mut media = (*current.media).clone();
            let sl = set.manifest.sign_language.clone();
            media.problems.retain(|p| !p.starts_with(&format!("{sl}:")));
            media.sets.insert(sl, set.clone());
            Ok(State {
                media: Arc::new(media),
                ..current.clone_settings()
            })
        })?;
        Ok(info)
    }

    /// Sign-language media packs installed and in use, and the problems of any not in use.
    pub fn media_packs(&self) -> crate::views::MediaPacks {
        let state = self.state();
        crate::views::MediaPacks {
            installed: state.media.sets.values().map(media_info).collect(),
            problems: state.media.problems.clone(),
        }
    }

    /// Change the preferred text locales (most preferred first).
    pub fn set_preferred_locales(&self, locales: &[String]) -> Result<()> {
        let preferred = parse_locales(locales)?;
        self.change_settings(|s| {
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
        self.change_settings(|s| {
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
        self.change_settings(|s| {
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

    /// The apps' own words (buttons, labels, titles, error messages) in the first of
    /// `locales` the pack or the core has (the app's locales when empty), with the
    /// locale's direction and review status. See [`crate::ui_text`].
    pub fn ui_text(&self, locales: &[String]) -> Result<UiText> {
        Ok(crate::ui_text::UiLocalizer::new(&self.state(), locales)?.text())
    }

    /// Format a UI text that takes variables (`step-n-of-m` with `number` and `total`).
    pub fn ui_format(
        &self,
        key: &str,
        args: &HashMap<String, UiArg>,
        locales: &[String],
    ) -> Result<String> {
        crate::ui_text::UiLocalizer::new(&self.state(), locales)?.format_with(key, args)
    }

    /// What `error` means, for the person using the app, in the app's locale.
    pub fn error_text(&self, error: &Error) -> String {
        match crate::ui_text::UiLocalizer::new(&self.state(), &[]) {
            Ok(ui) => ui.error(error),
            Err(_) => crate::ui_text::builtin_error_text(&[], error),
        }
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

    /// A pack media file (a sign-language video, its captions, a picture) as a file on
    /// disk, for players that need a path (ExoPlayer, AVPlayer): written once into
    /// `folder` (the app's cache folder; it must exist) under a name made from its
    /// SHA-256, and reused while it is there with the same size. Returns the file's path.
    /// Unknown media ids are `NotFound`; nothing outside `folder` is written.
    pub fn media_file(&self, media_id: &str, folder: &Path) -> Result<String> {
        use sha2::{Digest, Sha256};
        let bytes = self.media(media_id)?;
        if !folder.is_dir() {
            return Err(Error::InvalidInput(format!(
                "'{}' is not a folder; give the app's cache folder",
                crate::error::excerpt(&folder.to_string_lossy())
            )));
        }
        let ext = media_id
            .rsplit('/')
            .next()
            .and_then(|name| name.rsplit_once('.'))
            .map(|(_, e)| e)
            .filter(|e| {
                !e.is_empty() && e.len() <= 8 && e.chars().all(|c| c.is_ascii_alphanumeric())
            })
            .unwrap_or("bin");
        let digest = hex::encode(Sha256::digest(&bytes));
        let path = folder.join(format!("safesteps-{}.{ext}", &digest[..32]));
        let fresh =
            std::fs::metadata(&path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
        if !fresh {
            let tmp = folder.join(format!(
                ".safesteps-{}.{}.tmp",
                &digest[..32],
                std::process::id()
            ));
            std::fs::write(&tmp, &bytes)?;
            if let Err(e) = std::fs::rename(&tmp, &path) {
                let _ = std::fs::remove_file(&tmp);
                return Err(e.into());
            }
        }
        Ok(path.to_string_lossy().into_owned())
    }

    /// The wall clock, as is.
    pub(crate) fn wall_clock(&self) -> i64 {
        (self.inner.times.clock)()
    }

    /// Replace the monotonic clock (tests that move time without waiting).
    #[doc(hidden)]
    pub fn set_monotonic_clock(&self, clock: MonotonicClock) {
        *self
            .inner
            .monotonic
            .write()
            .unwrap_or_else(|e| e.into_inner()) = clock;
    }

    fn monotonic_now(&self) -> std::time::Duration {
        (self
            .inner
            .monotonic
            .read()
            .unwrap_or_else(|e| e.into_inner()))()
    }

    /// Seconds still to wait for `subject` on the monotonic clock, given the wait after
    /// its failures. Failures from before this process started count from when this
    /// process first saw them, with what the wall clock says was left then.
    pub(crate) fn monotonic_wait(&self, subject: &str, wait_seconds: u32, wall_left: u32) -> u32 {
        let now = self.monotonic_now();
        let wait = std::time::Duration::from_secs(u64::from(wait_seconds));
        let mut seen = self
            .inner
            .failures_seen
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let last = *seen.entry(subject.to_string()).or_insert_with(|| {
            now.saturating_sub(
                wait.saturating_sub(std::time::Duration::from_secs(u64::from(wall_left))),
            )
        });
        let left = wait.saturating_sub(now.saturating_sub(last));
        u32::try_from(left.as_millis().div_ceil(1000)).unwrap_or(u32::MAX)
    }

    /// A failure at `subject` now, on the monotonic clock.
    pub(crate) fn note_failure(&self, subject: &str) {
        let now = self.monotonic_now();
        self.inner
            .failures_seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(subject.to_string(), now);
    }

    /// A success at `subject`: its failures are forgotten.
    pub(crate) fn forget_failures(&self, subject: &str) {
        self.inner
            .failures_seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(subject);
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
        self.store()?
            .as_ref()
            .ok_or(Error::Closed)?
            .integrity_check()
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
        installed_pack_problem_reason: state.pack_problem_reason.map(str::to_string),
        locale_problems: l10n.problems().to_vec(),
    }
}

fn media_info(set: &crate::media::pack::MediaSet) -> MediaPackInfo {
    let m = &set.manifest;
    MediaPackInfo {
        sign_language: m.sign_language.clone(),
        base_pack: m.base_pack.clone(),
        base_version: m.base_version.to_string(),
        videos: crate::views::int(m.video.len()),
        bytes: i64::try_from(
            m.video
                .iter()
                .map(|v| v.bytes + v.captions.values().map(|c| c.bytes).sum::<u64>())
                .sum::<u64>(),
        )
        .unwrap_or(i64::MAX),
    }
}

/// The media packs installed in the pack folder that fit this catalog.
fn load_media(
    dir: Option<&PackDir>,
    trusted: &[VerifyingKey],
    catalog: &Catalog,
) -> crate::media::InstalledMedia {
    let Some(dir) = dir else {
        return crate::media::InstalledMedia::default();
    };
    let media = crate::media::InstalledMedia::load(dir.path(), trusted, catalog);
    for p in &media.problems {
        log::warn!("an installed media pack is not used: {p}");
    }
    media
}

/// Verify and load a pack file completely (see [`crate::content::load_pack_file`]).
fn load_installed(path: &Path, trusted: &[VerifyingKey]) -> Result<LoadedPack> {
    load_pack_file(path, trusted, &Limits::default())
}

/// The pack to start with: an installed one that verifies and is newer than the embedded
/// one (or has another id), else the embedded one, with the reason an installed one was
/// not used (words, and a stable code: see [`PackInfo::installed_pack_problem_reason`]).
/// A refused pack file is left as it is (a pack of an older format stays until the
/// teacher installs it again, built by the new `safesteps pack build`).
fn choose_pack(
    embedded: Catalog,
    dir: Option<&PackDir>,
    trusted: &[VerifyingKey],
) -> (Catalog, PackSource, Option<(String, &'static str)>) {
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
            Some((
                format!(
                    "the installed pack (version {}) is not newer than the built-in content",
                    installed.manifest.version
                ),
                "not-newer",
            )),
        ),
        Err(e) => {
            let reason = e.reason().unwrap_or(e.kind().code());
            (
                embedded,
                PackSource::Embedded,
                Some((e.to_string(), reason)),
            )
        }
    }
}

/// The app's options, checked and in the forms the engine keeps.
struct ParsedOptions {
    preferred: Vec<LanguageIdentifier>,
    country: Option<String>,
    sign_language: Option<String>,
    trusted: Vec<VerifyingKey>,
}

impl ParsedOptions {
    fn parse(options: &OpenOptions) -> Result<Self> {
        Ok(ParsedOptions {
            preferred: parse_locales(&options.preferred_locales)?,
            country: options
                .country
                .as_deref()
                .map(normalize_country)
                .transpose()?,
            sign_language: options
                .sign_language
                .as_deref()
                .map(normalize_sign_language)
                .transpose()?,
            trusted: options
                .trusted_publisher_keys
                .iter()
                .map(|k| parse_public_key(k))
                .collect::<Result<Vec<_>>>()?,
        })
    }
}

/// The longest file name the database may have: its log (`-journal`, the longest of
/// SQLite's suffixes) must still fit the 255 bytes file systems allow a name.
const MAX_DB_NAME: usize = 255 - "-journal".len();

/// A database path must name a file: not empty, not SQLite's in-memory or temporary
/// names (progress would vanish when the app closes), not a folder, with a name short
/// enough for its log's, in a folder that exists.
fn check_db_path(path: &Path) -> Result<()> {
    let text = path.to_string_lossy();
    let bad = |why: &str| {
        Err(Error::InvalidInput(format!(
            "'{}' {why}; give the full path of the database file in the app's own storage",
            crate::error::excerpt(&text)
        )))
    };
    if text.trim().is_empty() {
        return bad("is not a path");
    }
    if text.trim() == ":memory:" || text.starts_with("file:") {
        return bad("is not a file path (SafeSteps keeps progress in a file)");
    }
    if text.ends_with('/')
        || text.ends_with(std::path::MAIN_SEPARATOR)
        || path.file_name().is_none()
    {
        return bad("names a folder, not a file");
    }
    if text.contains('\0') {
        return bad("holds a NUL character");
    }
    if path.file_name().is_some_and(|n| n.len() > MAX_DB_NAME) {
        return bad("has a file name longer than file systems allow");
    }
    // A missing folder is the app's mistake, not something to try again: SQLite would only
    // say it cannot open the file.
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !folder.is_dir() {
        return bad("is in a folder that does not exist or cannot be reached");
    }
    Ok(())
}

pub(crate) fn normalize_sign_language(s: &str) -> Result<String> {
    let s = s.trim().to_ascii_lowercase();
    if s.len() == 3 && s.chars().all(|c| c.is_ascii_lowercase()) {
        Ok(s)
    } else {
        Err(Error::unknown_locale(format!(
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
        Err(Error::unknown_locale(format!(
            "'{}' is not a two-letter country code (such as PK or ZA)",
            crate::error::excerpt(&c)
        )))
    }
}
