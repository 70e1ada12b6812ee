"""The API as an app uses it: UI text in the learner's language with its direction, ids
as fields (no path is ever cut up), change listeners, errors with codes, a caregiver's
quiz, countries with contacts, media as files."""
import threading

import pytest
import safesteps as ss

QUIZ = "private-info-1-quiz"


@pytest.fixture
def app(tmp_path):
    return ss.SafeSteps(str(tmp_path / "safesteps.sqlite"), ss.OpenOptions(preferred_locales=["en"]))


def arabic(text):
    return any("\u0600" <= c <= "\u06ff" for c in text)


def test_ui_text_follows_the_learners_locale_and_urdu_is_right_to_left(app):
    en = app.ui_text([])
    assert en.locale == "en" and en.direction == ss.TextDirection.LTR
    assert en.status == ss.ReviewStatus.REVIEWED
    assert en.strings["quick-exit"] == "Quick exit"
    kid = app.create_learner("Kite", "kite", None)
    settings = kid.settings
    app.update_learner_settings(kid.id, ss.LearnerSettings(locales=["ur"], captions=settings.captions))
    ur = app.ui_text(app.learner(kid.id).settings.locales)
    assert ur.locale == "ur" and ur.direction == ss.TextDirection.RTL
    assert ur.status == ss.ReviewStatus.DRAFT and arabic(ur.strings["draft-note"])
    assert set(ur.strings) == set(en.strings)
    changed = [k for k in en.strings if ur.strings[k] != en.strings[k]]
    assert len(changed) >= len(en.strings) - 2, "every string but the app's name changes"
    zu = app.ui_text(["zu"])
    assert zu.strings["next"] != en.strings["next"]
    # Texts with variables, plurals chosen by the number.
    assert "step-n-of-m" in en.with_arguments
    n = lambda v: ss.UiArg.NUMBER(value=v)  # noqa: E731
    assert app.ui_format("step-n-of-m", {"number": n(2), "total": n(5)}, []) == "Step 2 of 5"
    assert app.ui_format("tries-left", {"count": n(1)}, []) == "1 try left"
    assert app.ui_format("tries-left", {"count": n(2)}, []) == "2 tries left"
    assert arabic(app.ui_format("tries-left", {"count": n(2)}, ["ur"]))
    with pytest.raises(ss.ApiError.NotFound):
        app.ui_format("no-such-text", {}, [])


def test_ids_and_directions_are_fields(app):
    avatars = app.avatars()
    fish = next(a for a in avatars if a.id == "fish")
    kid = app.create_learner("Fish", fish.id, None)
    assert kid.avatar == fish.id
    assert app.media(fish.path).startswith(b"<svg")
    grid = app.picture_password_grid()
    app.set_picture_password(kid.id, [p.id for p in grid[:3]])
    signed = app.sign_in(kid.id, [p.id for p in grid[:3]])
    assert isinstance(signed, ss.SignInResult.SIGNED_IN)
    app.set_preferred_locales(["ur"])
    modules = app.modules(None)
    assert modules[0].direction == ss.TextDirection.RTL
    q = app.question(QUIZ, None)
    assert q.direction == ss.TextDirection.RTL
    assert all(o.direction == ss.TextDirection.RTL for o in q.options)
    assert isinstance(q.attempts_used, int) and q.attempts_used >= 0
    contacts = app.contacts(ss.ContactQuery(country="PK"), None)
    assert contacts and all(c.direction == ss.TextDirection.RTL for c in contacts)
    assert any(c.primary_action_uri for c in contacts)
    ur_kid = app.create_learner("ستارہ", "star", None)
    assert ur_kid.nickname_direction == ss.TextDirection.RTL


class Recorder(ss.ChangeListener):
    def __init__(self, app=None):
        self.changes = []
        self.threads = set()
        self.app = app

    def on_change(self, change):
        self.changes.append(change)
        self.threads.add(threading.get_ident())
        if self.app is not None and isinstance(change, ss.Change.PROGRESS_RECORDED):
            # Reading back from inside the listener: the change is committed, no deadlock.
            assert self.app.lesson_progress(change.learner_id, change.lesson_id).steps_seen >= 0


class Throws(ss.ChangeListener):
    def on_change(self, change):
        raise RuntimeError("a listener bug")


def test_listeners_refresh_screens_and_a_throwing_one_breaks_nothing(app):
    rec = Recorder(app)
    rid = app.add_change_listener(rec)
    bad = app.add_change_listener(Throws())
    kid = app.create_learner("Star", "star", None)
    result = app.answer(kid.id, QUIZ, ["stop-tell-adult"], None)
    assert result.correct
    with pytest.raises(ss.ApiError.AnswerShape):
        app.answer(kid.id, QUIZ, ["nope"], None)
    app.set_teacher_pin(None, "2468")
    area = app.teacher_area("2468")
    area.create_class("Grade 4")
    app.delete_learner(kid.id)
    expected = [ss.Change.LEARNER_CHANGED, ss.Change.PROGRESS_RECORDED, ss.Change.ASSIGNMENTS_CHANGED,
                ss.Change.LEARNER_ERASED]
    assert len(rec.changes) == len(expected), rec.changes
    assert all(isinstance(c, k) for c, k in zip(rec.changes, expected)), rec.changes
    progress = rec.changes[1]
    assert (progress.learner_id, progress.lesson_id, progress.module_id) == (kid.id, "private-info-1", "private-info")
    assert rec.threads == {threading.get_ident()}, "called on the thread that made the change"
    assert app.remove_change_listener(rid) and app.remove_change_listener(bad)
    assert not app.remove_change_listener(rid)
    app.create_learner("Moon", "sun", None)
    assert len(rec.changes) == 4


def test_error_info_from_the_base_type(app):
    try:
        app.create_learner("call 0300 1234567", "star", None)
    except ss.ApiError as e:
        info = e.info()
        assert (info.code, info.reason) == ("name-refused", "contact")
        assert info.text == app.ui_text([]).strings["error-name-refused-contact"]
        assert "phone number" in info.detail
    else:
        pytest.fail("a phone number in a nickname must be refused")


def test_caregiver_quiz_countries_and_media_files(app, tmp_path):
    first = app.check_answer(QUIZ, ["tell-school"], 1)
    assert not first.correct and first.attempt_number == 1
    assert all(o.correct is None for o in first.options if not o.chosen)
    assert app.check_answer(QUIZ, ["stop-tell-adult"], 2).correct
    assert app.learners() == []
    countries = {c.country: c for c in app.contact_countries()}
    assert {"PK", "ZA", "ZM"} <= set(countries) and "ZZ" not in countries
    assert all(c.contacts > 0 for c in countries.values())
    star = next(a for a in app.avatars() if a.id == "star")
    path = app.media_file(star.path, str(tmp_path))
    assert open(path, "rb").read() == app.media(star.path)
