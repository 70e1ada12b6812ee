"""The vertical slice through the generated Python module and the real native library."""
import struct

import pytest
import safesteps as ss

LESSON = "private-info-1"
QUIZ = "private-info-1-quiz"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "safesteps.sqlite")


def open_app(db, locales=("en",), country="ZA"):
    return ss.SafeSteps(db, ss.OpenOptions(preferred_locales=list(locales), country=country))


def test_lesson_answer_persist_and_reopen(db):
    app = open_app(db)
    assert app.country() == "ZA"
    modules = app.modules(None)
    assert modules[0].id == "private-info"
    assert modules[0].audience == ss.Audience.CHILD
    lesson = app.lesson(LESSON, None)
    assert lesson.title == "What is private?"
    assert [s.number for s in lesson.steps] == list(range(1, len(lesson.steps) + 1))
    quiz = next(s for s in lesson.steps if s.kind == ss.StepKind.QUIZ)
    assert quiz.question.kind == ss.QuestionKind.SCENARIO
    option_ids = [o.id for o in quiz.question.options]
    assert "stop-tell-adult" in option_ids

    kid = app.create_learner("Fish", "fish", None)
    for step in lesson.steps:
        app.mark_step_seen(kid.id, step.id)
    result = app.answer(kid.id, QUIZ, ["send-photo"], 3000)
    assert not result.correct and result.score == 0.0
    assert "Photos of you are private" in next(o for o in result.options if o.chosen).feedback
    assert not result.progress.completed
    result = app.answer(kid.id, QUIZ, ["stop-tell-adult"], None)
    assert result.correct and result.progress.completed
    del app

    again = open_app(db)
    progress = again.lesson_progress(kid.id, LESSON)
    assert progress.completed
    assert progress.steps_seen == progress.steps_total == len(lesson.steps)
    assert again.modules(kid.id)[0].lessons_completed == 1


def test_errors_are_typed_exceptions_with_code_text_and_detail(db):
    app = open_app(db)
    with pytest.raises(ss.ApiError.NotFound) as e:
        app.lesson("nope", None)
    assert e.value.code == "not-found"
    assert e.value.detail == "lesson 'nope' was not found"
    assert e.value.text == app.ui_text([]).strings["error-not-found"]
    kid = app.create_learner("Star", "star", None)
    with pytest.raises(ss.ApiError.AnswerShape) as e:
        app.answer(kid.id, QUIZ, ["stop-tell-adult", "tell-school"], None)
    assert "exactly one" in e.value.detail
    with pytest.raises(ss.ApiError.NameRefused) as e:
        app.create_learner("mail me kid@example.org", "star", None)
    assert (e.value.code, e.value.reason) == ("name-refused", "contact")
    assert e.value.text == app.ui_text([]).strings["error-name-refused-contact"]
    with pytest.raises(ss.ApiError.UnknownLocale):
        app.set_country("Zambia")
    with pytest.raises(ss.ApiError.UnknownLocale) as e:
        open_app(db, locales=["not a locale!"])
    assert e.value.code == "unknown-locale"
    assert app.lesson_progress(kid.id, LESSON).questions_passed == 0
    # The person's words follow the app's locale; the detail stays English for logs.
    app.set_preferred_locales(["ur"])
    with pytest.raises(ss.ApiError.NameRefused) as e:
        app.create_learner("", "star", None)
    assert any("\u0600" <= c <= "\u06ff" for c in e.value.text)
    assert e.value.detail == "a nickname is needed"


def test_newer_database_is_refused(db):
    del_app = open_app(db)
    del del_app
    with open(db, "r+b") as f:  # user_version lives at byte 60 of the SQLite header
        f.seek(60)
        f.write(struct.pack(">i", 42))
    with pytest.raises(ss.ApiError.DatabaseTooNew) as e:
        open_app(db)
    assert "newer version" in str(e.value)


def test_corrupt_database_is_refused_then_moved_aside_on_request(db):
    junk = b"not a database" * 500
    with open(db, "wb") as f:
        f.write(junk)
    with pytest.raises(ss.ApiError.DatabaseCorrupt) as e:
        open_app(db)
    assert "damaged" in str(e.value)
    with open(db, "rb") as f:
        assert f.read() == junk, "nothing was written to the damaged file"
    app = ss.SafeSteps.open_recovering(db, ss.OpenOptions(preferred_locales=["en"]))
    recovery = app.recovery()
    assert recovery is not None and recovery.started_fresh
    kept = [p for p in recovery.moved_aside if ".corrupt-" in p]
    assert kept, recovery.moved_aside
    with open(kept[0], "rb") as f:
        assert f.read() == junk, "the damaged file is kept as it was"
    assert app.learners() == []
    again = open_app(db)
    assert again.recovery() is None


def test_another_apps_database_is_refused_untouched(db, tmp_path):
    import sqlite3

    other = sqlite3.connect(db)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.execute("INSERT INTO notes VALUES ('theirs')")
    other.commit()
    other.close()
    before = open(db, "rb").read()
    with pytest.raises(ss.ApiError.ForeignDatabase):
        open_app(db)
    assert open(db, "rb").read() == before


def test_avatars_and_media(db):
    app = open_app(db)
    avatars = app.avatars()
    assert {a.alt for a in avatars} >= {"A smiling cat", "A green tree"}
    assert app.media(avatars[0].path).startswith(b"<svg")
    with pytest.raises(ss.ApiError.NotFound):
        app.media("media/none.svg")


def test_urdu_isizulu_drafts_and_plural_welcome(db):
    app = open_app(db, locales=["zu-ZA", "en"])
    info = app.pack_info()
    assert info.active_locale == "zu"
    assert info.active_direction == ss.TextDirection.LTR
    drafts = {l.tag for l in info.locales if l.status == ss.ReviewStatus.DRAFT}
    assert drafts == {"ur", "zu"}
    kid = app.create_learner("Thabo", "sun", None)
    assert "Thabo" in app.welcome(kid.id)
    app.set_preferred_locales(["ur"])
    assert app.pack_info().active_direction == ss.TextDirection.RTL


def test_signed_pack_install_is_refused_without_trusted_keys(db, tmp_path):
    app = open_app(db)
    bogus = tmp_path / "pack.sspack"
    bogus.write_bytes(b"not a pack")
    with pytest.raises(ss.ApiError.ContentInvalid) as e:
        app.install_pack(str(bogus), False)
    assert "no publisher keys" in str(e.value)
    assert app.pack_info().source == ss.PackSource.EMBEDDED


def test_signed_pack_from_the_cli_installs(db):
    import os
    key = os.environ["SAFESTEPS_TEST_PUBKEY"]
    app = ss.SafeSteps(db, ss.OpenOptions(preferred_locales=["en"], trusted_publisher_keys=[key]))
    info = app.install_pack(os.environ["SAFESTEPS_TEST_PACK"], False)
    assert (info.version, info.source) == ("99.0.0", ss.PackSource.INSTALLED)
    with pytest.raises(ss.ApiError.ContentInvalid):
        app.install_pack(os.environ["SAFESTEPS_TEST_PACK"], False)
    assert app.install_pack(os.environ["SAFESTEPS_TEST_PACK"], True).version == "99.0.0"


def test_two_learners_different_settings_independent_progress(db):
    app = open_app(db)
    a = app.create_learner("Lindiwe", "tree", ss.AgeBand.AGES10_TO14)
    b = app.create_learner("Thabo", "sun", ss.AgeBand.AGES10_TO14)
    app.update_learner_settings(a.id, ss.LearnerSettings(
        locales=["zu"], sign_language="sfs", sign_video_first=True, captions=True,
        easy_read=True, larger_text=False, reduced_motion=True, no_audio=True))
    la = app.lesson("online-friends-1", a.id)
    lb = app.lesson("online-friends-1", b.id)
    assert la.steps[0].locale == "zu" and lb.steps[0].locale == "en"
    assert la.steps[0].text == la.steps[0].easy_text != la.steps[0].full_text
    assert lb.steps[0].text == lb.steps[0].full_text
    assert la.steps[0].media_order[0] == ss.MediaKind.SIGN_VIDEO
    assert lb.steps[0].media_order[0] == ss.MediaKind.PICTURE
    assert la.steps[0].videos[0].sign_language == "sfs"
    assert la.display.reduced_motion and not lb.display.reduced_motion

    q = next(s for s in lb.steps if s.question)
    app.hint(b.id, q.id)
    wrong = [o.id for o in q.question.options][:1]
    first = app.answer(b.id, q.id, wrong, 5000)
    assert first.hints_used == 1
    assert app.lesson_progress(a.id, "online-friends-1").questions_passed == 0
    mods = {m.id: m for m in app.modules(a.id)}
    assert mods["online-friends"].state == ss.ModuleState.AVAILABLE
    assert mods["private-info"].state == ss.ModuleState.NOT_FOR_AGE
    assert {m.id: m for m in app.modules(b.id)}["online-friends"].state == ss.ModuleState.IN_PROGRESS


def test_teacher_pin_and_picture_password_reset(db):
    app = open_app(db)
    kid = app.create_learner("Mwila", "fish", None)
    app.set_picture_password(kid.id, ["apple", "moon", "boat"])
    assert isinstance(app.check_teacher_pin("1234"), ss.PinCheck.NOT_SET)
    app.set_teacher_pin(None, "7531")
    assert app.check_teacher_pin("0000") == ss.PinCheck.WRONG(failures=1, wait_seconds=0)
    with pytest.raises(ss.ApiError.Locked):
        app.reset_picture_password("0000", kid.id)
    app.reset_picture_password("7531", kid.id)
    assert isinstance(app.sign_in(kid.id, None), ss.SignInResult.SIGNED_IN)


NOV_23_NOON_UTC = 1795435200000


def test_help_contacts_france_has_no_116_111_and_fallbacks_are_marked(db):
    app = open_app(db, country="FR")
    fr = app.contacts(ss.ContactQuery(), NOV_23_NOON_UTC)
    values = [ch.value for c in fr for ch in c.channels]
    assert "119" in values and "116 111" not in values
    de = app.contacts(ss.ContactQuery(country="DE", kinds=[ss.ContactKind.CHILD_HELPLINE]), NOV_23_NOON_UTC)
    # Germany's 116 111 is listed once, by its own service (the EU-wide entry is merged in).
    assert [ch.value for c in de for ch in c.channels].count("116 111") == 1
    assert all(c.country == "DE" for c in de)
    ke = app.contacts(ss.ContactQuery(country="KE", kinds=[ss.ContactKind.CSAM_HOTLINE]), NOV_23_NOON_UTC)
    assert ke and all(c.is_fallback and c.fallback_note for c in ke)
    with pytest.raises(ss.ApiError.UnknownLocale):
        app.contacts(ss.ContactQuery(country="France"), None)


def test_pathway_for_a_caregiver_never_asks_to_keep_images(db):
    app = open_app(db)
    view = app.pathway("worried-about-child", "GB", None, NOV_23_NOON_UTC)
    assert view.audience == ss.Audience.CAREGIVER
    text = " ".join(s.text for s in view.steps).lower()
    assert "never save sexual images" in text
    assert "never screenshot them" in text and "never forward them" in text
    emergency = next(s for s in view.steps if s.id == "emergency")
    assert emergency.contacts[0].kind == ss.ContactKind.EMERGENCY
    assert any(c.organisation.startswith("999 BSL") for c in emergency.contacts)


def test_teacher_assigns_child_completes_progress_returns(tmp_path):
    teacher = ss.SafeSteps(str(tmp_path / "teacher.sqlite"), ss.OpenOptions(preferred_locales=["en"]))
    phone = ss.SafeSteps(str(tmp_path / "phone.sqlite"), ss.OpenOptions(preferred_locales=["en"]))
    teacher.set_teacher_pin(None, "2468")
    area = teacher.teacher_area("2468")
    cls = area.create_class("Grade 6 A")
    area.assign(ss.NewAssignment(module_ids=["private-info"], target=ss.AssignmentTarget.CLASS(cls.id),
                                 start_ms=None, due_ms=None))
    to_phone = area.export_assignments_bundle()
    with pytest.raises(ss.ApiError.BundleRefused, match="not paired"):
        phone.import_bundle(to_phone)
    # Pairing: each device reads the other's QR text and the six digits its screen shows.
    offer = teacher.pairing_offer()
    with pytest.raises(ss.ApiError.BundleRefused):
        phone.pair_teacher_device(offer.offer, "999999" if offer.code != "999999" else "000000")
    phone.pair_teacher_device(offer.offer, offer.code)
    phone_offer = phone.pairing_offer()
    area.pair_learner_device(phone_offer.offer, phone_offer.code)
    assert [d.role for d in teacher.paired_devices()] == [ss.PeerRole.LEARNER]
    summary = phone.import_bundle(to_phone)
    assert summary.kind == ss.BundleKind.ASSIGNMENTS and summary.assignments_changed == 1
    kid = phone.create_learner("Zola", "tree", None)
    phone.set_teacher_pin(None, "1357")
    phone.teacher_area("1357").add_to_class(cls.id, kid.id)
    assert phone.modules(kid.id)[0].assignment is not None
    for step in phone.lesson("private-info-1", kid.id).steps:
        phone.mark_step_seen(kid.id, step.id)
        if step.question:
            phone.answer(kid.id, step.question.id, ["stop-tell-adult"], 1500)
    back = phone.export_progress_bundle([])
    pieces = phone.bundle_chunks(back, 250)
    progress = None
    for p in reversed(pieces):
        progress = teacher.receive_chunk(p)
    assert progress.imported is not None and progress.imported.learners_added == 1
    area.add_to_class(cls.id, kid.id)
    line = area.class_report(cls.id).learners[0]
    assert (line.nickname, line.completed, line.mastered) == ("Zola", 1, 1)
    csv_text = area.export_learners_csv(cls.id)
    assert "Zola" in csv_text.splitlines()[1]
    area.end_session()
    with pytest.raises(ss.ApiError.Locked):
        area.classes()


class ListSink(ss.LogSink):
    """What an app's logger would receive."""

    def __init__(self):
        self.lines = []

    def log(self, level, target, message):
        self.lines.append((level, target, message))


def test_log_lines_reach_the_app_and_carry_no_nickname(tmp_path):
    sink = ListSink()
    ss.set_log_sink(sink, ss.LogLevel.INFO)
    try:
        phone = ss.SafeSteps(str(tmp_path / "phone.sqlite"), ss.OpenOptions(preferred_locales=["en"]))
        kid = phone.create_learner("Nomvula", "tree", None)
        phone.mark_step_seen(kid.id, "private-info-1-meet-sami")
        back = phone.export_progress_bundle([])
        teacher = ss.SafeSteps(str(tmp_path / "teacher.sqlite"), ss.OpenOptions(preferred_locales=["en"]))
        teacher.set_teacher_pin(None, "2468")
        offer = phone.pairing_offer()
        teacher.teacher_area("2468").pair_learner_device(offer.offer, offer.code)
        teacher.import_bundle(back)
        bad = bytearray(back)
        bad[len(bad) // 2] ^= 0x40
        with pytest.raises(ss.ApiError.BundleRefused):
            teacher.import_bundle(bytes(bad))
    finally:
        ss.clear_log_sink()
    assert any(lvl == ss.LogLevel.INFO and "bundle imported" in msg for lvl, _, msg in sink.lines), sink.lines
    assert any(lvl == ss.LogLevel.WARN and "refused" in msg for lvl, _, msg in sink.lines), sink.lines
    assert all(target.startswith("safesteps") for _, target, _ in sink.lines)
    assert not any("Nomvula" in msg for _, _, msg in sink.lines)


def test_teacher_session_ends_with_erasure_and_errors_have_new_kinds(db):
    app = open_app(db)
    app.set_teacher_pin(None, "2468")
    area = app.teacher_area("2468")
    area.create_class("Grade 4")
    app.erase_teacher_mode()
    with pytest.raises(ss.ApiError.Locked):
        area.classes()
    assert issubclass(ss.ApiError.StorageFull, ss.ApiError)
    assert issubclass(ss.ApiError.Internal, ss.ApiError)


def test_closed_object_and_empty_path_are_typed_errors(tmp_path):
    app = ss.SafeSteps(str(tmp_path / "a.sqlite"), ss.OpenOptions(preferred_locales=["en"]))
    kid = app.create_learner("Kite", "kite", None)
    app.close_database()
    with pytest.raises(ss.ApiError.Closed):
        app.learner(kid.id)
    with pytest.raises(ss.ApiError.InvalidInput):
        ss.SafeSteps("", ss.OpenOptions(preferred_locales=["en"]))


def test_a_wrong_try_does_not_show_the_right_option(db):
    app = open_app(db)
    kid = app.create_learner("Kite", "kite", None)
    wrong = app.answer(kid.id, QUIZ, ["tell-school"], None)
    hidden = [o for o in wrong.options if not o.chosen]
    assert hidden and all(o.correct is None and o.feedback is None for o in hidden)
    right = app.answer(kid.id, QUIZ, ["stop-tell-adult"], None)
    assert all(o.correct is not None for o in right.options)
