"""Pictures and sign-language video slots wherever a child must understand something,
through the Python bindings: pathway steps, the quick exit, contact kinds, key screens and
knowledge-check questions (issue 13)."""
import pytest
import safesteps as ss

NOV_23_NOON_UTC = 1795435200000
KEY_SCREENS = ["learner-picker", "home", "lesson", "quiz", "knowledge-check", "help",
               "pathway", "settings", "quick-exit"]


@pytest.fixture
def app(tmp_path):
    return ss.SafeSteps(
        str(tmp_path / "slots.sqlite"),
        ss.OpenOptions(preferred_locales=["en"], sign_language="sfs"),
    )


def test_pathway_steps_have_pictures_and_videos_the_apps_sign_language_first(app):
    view = app.pathway("being-bullied", "ZA", None, NOV_23_NOON_UTC)
    for step in view.steps:
        assert step.picture is not None and step.picture.alt, step.id
        assert [v.sign_language for v in step.videos][0] == "sfs"
        assert len(step.videos) == 5
        assert all(v.status == ss.VideoStatus.NEEDS_RECORDING for v in step.videos)
    assert view.quick_exit is not None and view.quick_exit.picture is not None
    assert view.quick_exit.easy_text
    kinds = {k.kind for k in view.contact_kinds}
    assert ss.ContactKind.CHILD_HELPLINE in kinds


def test_every_key_screen_has_instructions_a_picture_and_videos(app):
    for name in KEY_SCREENS:
        s = app.screen_instructions(name, None)
        assert s.text and s.picture is not None and s.picture.alt, name
        assert len(s.videos) == 5 and s.videos[0].sign_language == "sfs"
    with pytest.raises(ss.ApiError.NotFound):
        app.screen_instructions("no-such-screen", None)


def test_contact_kinds_are_explained(app):
    kinds = app.contact_kinds(None)
    assert len(kinds) == 10
    helpline = next(k for k in kinds if k.kind == ss.ContactKind.CHILD_HELPLINE)
    assert helpline.label == "Child helpline"
    assert "helpline" in helpline.text and helpline.easy_text and helpline.picture.alt


def test_knowledge_check_questions_have_pictures_and_videos(app):
    check = app.knowledge_check("private-info", ss.CheckPhase.PRE, None)
    for q in check.questions:
        assert q.picture is not None and q.picture.alt, q.id
        assert len(q.videos) == 5
