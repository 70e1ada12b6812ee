"""An app developer's careless client, through the Python bindings: a seeded random
sequence of calls with existing ids, changed ids and awkward text (empty, huge, control
and bidirectional characters, fullwidth digits, paths), negative and extreme numbers.

What must hold across the FFI boundary: every failure is an `ApiError` of a kind the
call can give (never `internal`, never a storage kind), its detail and its text quote at
most a short, escaped excerpt (bounded length, no control character); the learners the
app lists are those it made and did not delete, and they are all there after reopening
the file. A file handed to `install_pack` that is not a pack is refused and left as it
was."""
import hashlib
import random
import unicodedata

import pytest
import safesteps as ss

FORBIDDEN = {
    "internal",
    "storage",
    "storage-full",
    "database-corrupt",
    "foreign-database",
    "database-read-only",
    "database-too-new",
    "closed",
}
MAX_MESSAGE = 600

AWKWARD = [
    "",
    " ",
    "\0",
    "\u202eevil\u202c",
    "\u200b",
    "a\nb\tc\r",
    "😀👍🏽",
    "{ $name }",
    "%s%n",
    "../../etc/passwd",
    "'; DROP TABLE learners;--",
    "１２３４５６７８９０",
    "call 0800 055 555",
    "kid@example.org",
    "en",
    "ur-PK",
    "ar",
    "x-klingon",
    "PK",
    "zz",
    "pks",
    "ase",
]


def open_app(path):
    return ss.SafeSteps(str(path), ss.OpenOptions(preferred_locales=["en"]))


def check_error(e):
    assert isinstance(e, ss.ApiError), f"not an ApiError: {e!r}"
    info = e.info()
    assert info.code not in FORBIDDEN, f"{info.code}: {info.detail[:200]}"
    for message in (info.detail, info.text, str(e)):
        assert len(message) <= MAX_MESSAGE, f"{info.code} message of {len(message)} characters"
        assert not any(unicodedata.category(c) == "Cc" for c in message), repr(message[:200])


class Client:
    def __init__(self, app, rng):
        self.app, self.rng = app, rng
        self.learners = []
        modules = app.modules(None)
        self.modules = [m.id for m in modules]
        self.lessons = [lid for m in modules for lid in m.lesson_ids]
        self.steps, self.questions, self.options = [], [], []
        for lesson in self.lessons:
            for step in app.lesson(lesson, None).steps:
                self.steps.append(step.id)
                try:
                    q = app.question(step.id, None)
                except ss.ApiError as e:  # not a question
                    check_error(e)
                    continue
                self.questions.append(step.id)
                self.options.extend(o.id for o in q.options)
        self.avatars = [p.id for p in app.avatars()]
        self.pictures = [p.id for p in app.picture_password_grid()]
        self.pathways = [p.id for p in app.pathways()]
        self.bundles = []
        self.succeeded = self.refused = 0

    def text(self, pool=()):
        r = self.rng
        pick = r.randrange(10)
        if pick < 5 and pool:
            return r.choice(pool)
        if pick == 5 and pool:
            s = r.choice(pool)
            return r.choice([s + r.choice(AWKWARD), s.upper(), s[: len(s) // 2], "\ufeff" + s])
        if pick == 6:
            return r.choice(AWKWARD[1:]) * r.randrange(1, 20_000)
        if pick in (7, 8):
            return r.choice(AWKWARD)
        return "".join(chr(r.choice([r.randrange(32, 127), r.randrange(0x80, 0xD7FF)])) for _ in range(r.randrange(0, 30)))

    def texts(self, pool=()):
        return [self.text(pool) for _ in range(self.rng.randrange(0, 4))]

    def maybe(self, pool=()):
        return self.text(pool) if self.rng.random() < 0.7 else None

    def number(self, bits):
        r = self.rng
        lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
        return r.choice([lo, hi, -1, 0, 1, 2, 3, r.randrange(lo, hi)])

    def age(self):
        return self.rng.choice([None, ss.AgeBand.AGES6_TO9, ss.AgeBand.AGES10_TO14, ss.AgeBand.AGES15_TO17])

    def call(self, f, *args):
        """`f(*args)`, or None when it is refused (the error checked); counts both."""
        try:
            out = f(*args)
        except ss.ApiError as e:
            check_error(e)
            self.refused += 1
            return None
        self.succeeded += 1
        return out

    def one_call(self):
        app, r, L = self.app, self.rng, self.learners
        op = r.randrange(24)
        if op in (0, 1):
            made = self.call(app.create_learner, self.text(), self.text(self.avatars), self.age())
            if made is not None:
                L.append(made.id)
        elif op == 2:
            self.call(app.update_learner, self.text(L), self.text(), self.text(self.avatars), self.age())
        elif op == 3:
            settings = ss.LearnerSettings(
                locales=self.texts(), sign_language=self.maybe(), easy_read=r.random() < 0.5
            )
            self.call(app.update_learner_settings, self.text(L), settings)
        elif op == 4:
            lid = self.text(L)
            try:
                app.delete_learner(lid)
            except ss.ApiError as e:
                check_error(e)
            else:
                assert lid in L, "deleted a learner this client never made"
                L.remove(lid)
        elif op == 5:
            self.call(app.modules, self.maybe(L))
        elif op == 6:
            self.call(app.lesson, self.text(self.lessons), self.maybe(L))
        elif op == 7:
            self.call(app.question, self.text(self.questions), self.maybe(L))
        elif op == 8:
            self.call(app.mark_step_seen, self.text(L), self.text(self.steps))
        elif op in (9, 10):
            self.call(app.answer, self.text(L), self.text(self.questions), self.texts(self.options),
                 r.choice([None, self.number(64)]))
        elif op == 11:
            self.call(app.check_answer, self.text(self.questions), self.texts(self.options), self.number(32))
        elif op == 12:
            self.call(app.hint, self.text(L), self.text(self.questions))
        elif op == 13:
            self.call(app.restart_lesson, self.text(L), self.text(self.lessons))
        elif op == 14:
            self.call(app.knowledge_check, self.text(self.modules), r.choice([ss.CheckPhase.PRE, ss.CheckPhase.POST]),
                 self.maybe(L))
        elif op == 15:
            self.call(app.set_preferred_locales, self.texts())
        elif op == 16:
            self.call(app.set_country, self.maybe())
        elif op == 17:
            self.call(app.ui_text, self.texts())
        elif op == 18:
            query = ss.ContactQuery(country=self.maybe(), region=self.maybe(), language=self.maybe(),
                                    deaf_accessible=r.random() < 0.5, open_now=r.random() < 0.5)
            self.call(app.contacts, query, r.choice([None, self.number(64)]))
        elif op == 19:
            self.call(app.pathway, self.text(self.pathways), self.maybe(), self.maybe(),
                 r.choice([None, self.number(64)]))
        elif op == 20:
            self.call(app.screen_instructions, self.text(), self.maybe(L))
        elif op == 21:
            seq = self.texts(self.pictures) if r.random() < 0.8 else None
            self.call(app.sign_in, self.text(L), seq)
        elif op == 22:
            bundle = self.call(app.export_progress_bundle, self.texts(L))
            if bundle is not None:
                self.bundles.append(bundle)
                pieces = self.call(app.bundle_chunks, bundle, self.number(32))
                self.bundles.extend(pieces or [])
        else:
            data = bytearray(r.choice(self.bundles) if self.bundles and r.random() < 0.7
                             else r.randbytes(r.randrange(0, 400)))
            if data and r.random() < 0.5:
                data[r.randrange(len(data))] ^= 1 << r.randrange(8)
            if r.random() < 0.5:
                self.call(app.import_bundle, bytes(data))
            else:
                self.call(app.receive_chunk, bytes(data))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_careless_client_gets_typed_short_errors_and_loses_nothing(tmp_path, seed):
    path = tmp_path / "safesteps.sqlite"
    app = open_app(path)
    client = Client(app, random.Random(seed))
    for _ in range(1500):
        client.one_call()
    # Not a vacuous run: many calls did something, many were refused.
    assert client.succeeded > 150 and client.refused > 150, (client.succeeded, client.refused)
    listed = sorted(l.id for l in app.learners())
    assert listed == sorted(client.learners)
    made_here = [app.create_learner(f"Kite {i}", client.avatars[0], None) for i in range(2)]
    answered = app.answer(made_here[0].id, client.questions[0], client.options[:1], 1000)
    assert answered is not None
    progress = app.lesson_progress(made_here[0].id, client.lessons[0])
    app.close_database()
    del app
    again = open_app(path)
    assert sorted(l.id for l in again.learners()) == sorted(client.learners + [m.id for m in made_here])
    assert again.lesson_progress(made_here[0].id, client.lessons[0]) == progress


def test_files_that_are_not_packs_are_refused_and_left_as_they_were(tmp_path):
    path = tmp_path / "safesteps.sqlite"
    app = open_app(path)
    kid = app.create_learner("Kite", "kite", None)
    rng = random.Random(9)
    noise = tmp_path / "noise.bin"
    noise.write_bytes(rng.randbytes(5000))
    gzip_like = tmp_path / "fake.sspack"
    gzip_like.write_bytes(b"\x1f\x8b\x08\x00" + rng.randbytes(2000))
    text = tmp_path / "notes.txt"
    text.write_text("not a pack\n" * 100)
    for target in (noise, gzip_like, text, path):
        before = hashlib.sha256(target.read_bytes()).hexdigest()
        with pytest.raises(ss.ApiError) as caught:
            app.install_pack(str(target), rng.random() < 0.5)
        check_error(caught.value)
        assert caught.value.info().code in {"content-invalid", "invalid-input"}, caught.value.info().code
        assert hashlib.sha256(target.read_bytes()).hexdigest() == before, target.name
    for missing in (tmp_path / "missing.sspack", tmp_path, tmp_path / ("x" * 300)):
        with pytest.raises(ss.ApiError) as caught:
            app.install_pack(str(missing), False)
        check_error(caught.value)
    assert [l.id for l in app.learners()] == [kid.id]
    assert app.pack_info().id == open_app(tmp_path / "fresh.sqlite").pack_info().id


def test_half_a_surrogate_pair_is_refused_before_the_core_and_changes_nothing(tmp_path):
    app = open_app(tmp_path / "safesteps.sqlite")
    kid = app.create_learner("Kite", "kite", None)
    for nickname in ("Kite\ud83d", "\udc00x"):
        with pytest.raises(UnicodeEncodeError):
            app.update_learner(kid.id, nickname, "kite", None)
    assert app.learner(kid.id).nickname == "Kite"


def test_opening_with_bad_options_or_a_missing_folder_makes_nothing(tmp_path):
    path = tmp_path / "safesteps.sqlite"
    for options in (
        ss.OpenOptions(preferred_locales=["\0"]),
        ss.OpenOptions(preferred_locales=["en"], country="ZZZ"),
        ss.OpenOptions(preferred_locales=["en"], sign_language="xx-yy"),
    ):
        with pytest.raises(ss.ApiError.UnknownLocale) as caught:
            ss.SafeSteps(str(path), options)
        check_error(caught.value)
        assert list(tmp_path.iterdir()) == []
    with pytest.raises(ss.ApiError.InvalidInput) as caught:
        ss.SafeSteps(str(tmp_path / "no-such-folder" / "safesteps.sqlite"), ss.OpenOptions(preferred_locales=["en"]))
    check_error(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_media_files_go_only_into_the_folder_given_and_only_when_it_is_one(tmp_path):
    app = open_app(tmp_path / "safesteps.sqlite")
    star = next(a for a in app.avatars() if a.id == "star")
    cache = tmp_path / "cache"
    cache.mkdir()
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("the app's own file\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    for folder in (cache / "missing", not_a_folder, tmp_path / "\0", tmp_path / ("x" * 300)):
        with pytest.raises(ss.ApiError.InvalidInput) as caught:
            app.media_file(star.path, str(folder))
        check_error(caught.value)
    for media_id in ("media/no-such.svg", "pack.toml", "../" + star.path, "", "\u202e" * 500):
        with pytest.raises(ss.ApiError.NotFound) as caught:
            app.media_file(media_id, str(cache))
        check_error(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not_a_folder.read_text() == "the app's own file\n"
    assert list(cache.iterdir()) == []
    # The same media twice is one file, whole, named by its content; nothing else is left.
    first = app.media_file(star.path, str(cache))
    assert app.media_file(star.path, str(cache)) == first
    assert [p.name for p in cache.iterdir()] == [first.rsplit("/", 1)[1]]
    assert open(first, "rb").read() == app.media(star.path)
