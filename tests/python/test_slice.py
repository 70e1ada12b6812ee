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

    kid = app.create_learner("Fish", "fish")
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


def test_errors_are_typed_exceptions_with_messages(db):
    app = open_app(db)
    with pytest.raises(ss.ApiError.NotFound) as e:
        app.lesson("nope", None)
    assert "lesson 'nope' was not found" in str(e.value)
    kid = app.create_learner("Star", "star")
    with pytest.raises(ss.ApiError.InvalidInput) as e:
        app.answer(kid.id, QUIZ, ["stop-tell-adult", "tell-school"], None)
    assert "exactly one" in str(e.value)
    with pytest.raises(ss.ApiError.InvalidInput):
        app.set_country("Zambia")
    with pytest.raises(ss.ApiError.InvalidInput):
        open_app(db, locales=["not a locale!"])
    assert app.lesson_progress(kid.id, LESSON).questions_passed == 0


def test_newer_database_is_refused(db):
    del_app = open_app(db)
    del del_app
    with open(db, "r+b") as f:  # user_version lives at byte 60 of the SQLite header
        f.seek(60)
        f.write(struct.pack(">i", 42))
    with pytest.raises(ss.ApiError.DatabaseTooNew) as e:
        open_app(db)
    assert "newer version" in str(e.value)


def test_corrupt_database_is_a_storage_error(db):
    with open(db, "wb") as f:
        f.write(b"not a database" * 500)
    with pytest.raises(ss.ApiError.Storage) as e:
        open_app(db)
    assert "damaged" in str(e.value)


def test_avatars_and_media(db):
    app = open_app(db)
    avatars = app.avatars()
    assert {a.alt for a in avatars} >= {"A smiling cat", "A green tree"}
    assert app.media(avatars[0].path).startswith(b"<svg")
    with pytest.raises(ss.ApiError.NotFound):
        app.media("media/none.svg")
