// Configuration changes and process death: every screen's holder is made again from its
// saved state (a Bundle-compatible map, as SavedStateHandle keeps it) and shows the child
// exactly where they were; after process death also with a new core object on the same file.
package org.safesteps.demo

import java.nio.file.Path
import java.util.concurrent.Executor
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.LearnerSettings
import org.safesteps.core.OpenOptions
import org.safesteps.core.SafeSteps

class RecreateTest {
    @TempDir
    lateinit var dir: Path

    /** What Android does with a holder's snapshot: a Bundle copy (only Bundle types survive). */
    private fun bundled(saved: Saved): Saved {
        assertTrue(isBundleCompatible(saved), "a Bundle can hold every saved value: $saved")
        return saved.mapValues { (_, v) -> if (v is ArrayList<*>) ArrayList(v) else v }
    }

    /** A child in the middle of lesson 1's quiz: a wrong answer checked, then another option tapped, hint open. */
    private class MidQuiz(val player: LessonPlayer, val quiz: Quiz, val nav: Navigator)

    private fun midQuiz(app: SafeSteps, learnerId: String): MidQuiz {
        val nav = Navigator()
        nav.reset(Route.Home(learnerId))
        nav.go(Route.Lesson(learnerId, "private-info-1"))
        val player = LessonPlayer(app, learnerId, "private-info-1")
        player.load()
        while (player.state.questionId == null) player.next()
        player.toggleEasyRead()
        val quiz = Quiz(app, learnerId, player.state.questionId!!, clock = { MondayNoonUtc })
        quiz.load()
        quiz.tap("tell-school")
        return MidQuiz(player, quiz, nav)
    }

    @Test
    fun `rotating mid-quiz keeps the back stack, the step, easy-read and the answer being chosen`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val before = midQuiz(app, kid.id)
            val attempts = before.quiz.state.attemptsUsed

            val nav = Navigator(bundled(before.nav.save()))
            val player = LessonPlayer(app, kid.id, "private-info-1", bundled(before.player.save()))
            player.load()
            val quiz = Quiz(app, kid.id, before.quiz.state.questionId, clock = { MondayNoonUtc }, saved = bundled(before.quiz.save()))
            quiz.load()

            assertEquals(before.nav.stack.value, nav.stack.value)
            assertEquals(Route.Lesson(kid.id, "private-info-1"), nav.current)
            assertEquals(before.player.state, player.state, "the same step, easy-read on, same progress")
            assertEquals(before.quiz.state, quiz.state, "the same options in the same order, the same one chosen")
            assertEquals(listOf("tell-school"), quiz.state.selection)
            assertEquals(attempts, quiz.state.attemptsUsed, "nothing was answered by the rotation")
        }
    }

    @Test
    fun `rotating after a wrong answer shows the same feedback, and trying again still works`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val before = midQuiz(app, kid.id)
            before.quiz.submit()
            val shown = before.quiz.state
            assertEquals(false, shown.correct)
            assertTrue(shown.canTryAgain)

            val quiz = Quiz(app, kid.id, shown.questionId, clock = { MondayNoonUtc }, saved = bundled(before.quiz.save()))
            quiz.load()
            assertEquals(shown, quiz.state, "the verdict, the chosen option's feedback and the tries left")
            assertNull(quiz.state.options.single { it.id == "stop-tell-adult" }.right, "the right answer is still not given away")

            quiz.tryAgain()
            assertNull(quiz.state.message)
            assertEquals(1, quiz.state.attemptsUsed, "one answer recorded, not two")
            quiz.tap("stop-tell-adult")
            quiz.submit()
            assertEquals(true, quiz.state.correct)
        }
    }

    @Test
    fun `after process death a new core on the same file and the saved state bring the child back`() {
        val saved: Map<String, Saved>
        val expected: Triple<List<Route>, LessonPlayerState, QuizState>
        val kidId: String
        openCore(dir).use { app ->
            val kid = app.child()
            kidId = kid.id
            val before = midQuiz(app, kid.id)
            saved = mapOf(
                "nav" to bundled(before.nav.save()),
                "lesson" to bundled(before.player.save()),
                "quiz" to bundled(before.quiz.save()),
            )
            expected = Triple(before.nav.stack.value, before.player.state, before.quiz.state)
        }
        // The process is gone: a new SafeSteps object on the same database file.
        openCore(dir).use { app ->
            val nav = Navigator(saved.getValue("nav"))
            val route = nav.current as Route.Lesson
            assertEquals(kidId, route.learnerId)
            val player = LessonPlayer(app, route.learnerId, route.lessonId, saved.getValue("lesson"))
            player.load()
            val quiz = Quiz(app, route.learnerId, player.state.questionId!!, clock = { MondayNoonUtc }, saved = saved.getValue("quiz"))
            quiz.load()
            assertEquals(expected.first, nav.stack.value)
            assertEquals(expected.second, player.state)
            assertEquals(expected.third, quiz.state)
        }
    }

    @Test
    fun `every other screen's holder is recreated where the user was`() {
        openCore(dir, country = "PK").use { app ->
            val kid = app.child()
            app.setTeacherPin(null, "2468")

            // Learner picker: a new learner's form half filled in.
            val picker = LearnerPicker(app).apply { load(); startNewLearner(); setNickname("Zara"); chooseAvatar("cat") }
            LearnerPicker(app, bundled(picker.save())).apply {
                load()
                assertEquals(picker.state, state)
                assertEquals("Zara", assertNotNull(state.form).nickname)
            }
            // ...and a picture sign-in open: the learner is kept, never the pictures tapped.
            val grid = app.picturePasswordGrid().map { it.id }
            app.setPicturePassword(kid.id, listOf(grid[0], grid[1], grid[2]))
            val signIn = LearnerPicker(app).apply { load(); pick(kid.id); tapPicture(grid[0]) }
            LearnerPicker(app, bundled(signIn.save())).apply {
                load()
                assertEquals(kid.id, assertNotNull(state.pictureSignIn).learnerId)
                assertEquals(emptyList(), state.pictureSignIn!!.chosen, "a password is never saved outside the core")
                assertEquals(signIn.state.copy(pictureSignIn = signIn.state.pictureSignIn!!.copy(chosen = emptyList())), state)
            }

            val home = Home(app, kid.id).apply { load() }
            Home(app, kid.id).apply { load(); assertEquals(home.state, state) }
            val badges = Badges(app, kid.id).apply { load() }
            Badges(app, kid.id).apply { load(); assertEquals(badges.state, state) }
            val settings = Settings(app, kid.id).apply { load(); setEasyRead(true) }
            Settings(app, kid.id).apply { load(); assertEquals(settings.state, state) }

            val help = Help(app, clock = { MondayNoonUtc }).apply { load(); chooseCountry("ZM"); setDeafAccessibleOnly(true) }
            Help(app, clock = { MondayNoonUtc }, saved = bundled(help.save())).apply {
                load()
                assertEquals("ZM", state.country)
                assertEquals(help.state, state)
            }

            val pathway = Pathway(app, "threatened-over-picture", clock = { MondayNoonUtc }).apply { load(); setEasyRead(true) }
            Pathway(app, "threatened-over-picture", clock = { MondayNoonUtc }, saved = bundled(pathway.save())).apply {
                load()
                assertTrue(state.easyRead)
                assertEquals(pathway.state, state)
            }

            val caregiver = Caregiver(app, "PK", clock = { MondayNoonUtc }).apply { load() }
            caregiver.openLesson(caregiver.state.lessons[1].id)
            caregiver.openWorriedPathway()
            Caregiver(app, "PK", clock = { MondayNoonUtc }, saved = bundled(caregiver.save())).apply {
                load()
                assertEquals(caregiver.state.lessons[1].id, state.lessonId)
                assertEquals(caregiver.state, state)
            }

            // The teacher's report: after a restart the PIN is asked again, then the same report is open.
            val teacher = TeacherArea(app).apply { load(); enterPin("2468"); createClass("Grade 2 B") }
            val classId = teacher.state.classes.single().id
            teacher.addToClass(classId, kid.id)
            teacher.openReport(classId)
            val again = TeacherArea(app, bundled(teacher.save()))
            again.load()
            assertFalse(again.state.unlocked, "a session never outlives the process: the PIN first")
            assertNull(again.state.report)
            again.enterPin("2468")
            assertEquals(teacher.state.report, again.state.report)
            teacher.close()
            again.close()
        }
    }

    @Test
    fun `core calls run on the executor the app gives, never on the caller's thread`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val queued = ArrayDeque<Runnable>()
            val later = Executor { queued.addLast(it) }
            val player = LessonPlayer(app, kid.id, "private-info-1", executor = later)
            player.load()
            player.next()
            assertTrue(player.state.loading, "load() returned without calling the core")
            assertEquals(2, queued.size)
            while (queued.isNotEmpty()) queued.removeFirst().run()
            assertFalse(player.state.loading)
            assertEquals(2, player.state.stepNumber, "the calls ran in the order made")
        }
    }

    @Test
    fun `no core failure crashes a screen, not even a call after the core object was closed`() {
        val path = dir.resolve("closed.sqlite").toString()
        val app = SafeSteps(path, OpenOptions(preferredLocales = listOf("en"), country = "PK"))
        val kid = app.child()
        val player = LessonPlayer(app, kid.id, "private-info-1").apply { load() }
        val home = Home(app, kid.id)

        // closeDatabase(): every later call fails with ApiException.Closed.
        app.closeDatabase()
        player.next()
        home.load()
        assertNotNull(player.state.error, "a closed database is said in words")
        assertNotNull(home.state.error)

        // close() (Kotlin's AutoCloseable): the bindings throw IllegalStateException.
        app.close()
        val help = Help(app, "PK", clock = { MondayNoonUtc })
        help.load()
        assertEquals("SafeSteps was closed. Please open it again.", help.state.error)
        LearnerPicker(app).apply { load(); assertNotNull(state.error) }
        TeacherArea(app).apply { load(); enterPin("1234"); assertNotNull(state.error) }
        Settings(app, kid.id).apply { load(); assertNotNull(state.error) }
    }

    @Test
    fun `learner settings changed elsewhere show after recreation`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val before = Settings(app, kid.id).apply { load() }
            val saved = bundled(before.save())
            app.updateLearnerSettings(kid.id, LearnerSettings(locales = listOf("ur")))
            Settings(app, kid.id).apply {
                load()
                assertEquals(org.safesteps.core.TextDirection.RTL, state.direction, "the holder reads the core again, not a stale copy")
            }
            assertTrue(saved.isEmpty(), "settings live in the core; the holder saves nothing of its own")
        }
    }

    @Test
    fun `home refreshes by itself when the child's progress changes on another screen`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val home = Home(app, kid.id).apply { load() }
            val listening = home.listen()
            val before = home.state.modules.single { it.id == "private-info" }
            assertEquals(0, before.lessonsDone)
            // The lesson screen finishes lesson 1; Home is not asked to load again.
            val player = LessonPlayer(app, kid.id, "private-info-1").apply { load() }
            while (player.state.questionId == null) player.next()
            Quiz(app, kid.id, player.state.questionId!!).apply { load(); tap("stop-tell-adult"); submit() }
            assertEquals(1, home.state.modules.single { it.id == "private-info" }.lessonsDone, "Home reloaded on the change")
            listening.close()
            // After close() no more reloads: Home keeps what it showed.
            val shown = home.state
            LessonPlayer(app, kid.id, "private-info-2").apply { load() }
            assertEquals(shown, home.state)
        }
    }
}
