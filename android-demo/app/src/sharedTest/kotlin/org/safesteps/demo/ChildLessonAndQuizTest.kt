// A child's lesson and quiz, through LessonPlayer and Quiz on the real core.
package org.safesteps.demo

import java.nio.file.Path
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.LearnerSettings
import org.safesteps.core.MediaKind
import org.safesteps.core.QuestionKind
import org.safesteps.core.StepKind
import org.safesteps.core.TextDirection

class ChildLessonAndQuizTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `a child plays the first lesson step by step, answers the quiz, and finishes with a badge`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val player = LessonPlayer(app, kid.id, "private-info-1")
            player.load()
            with(player.state) {
                assertEquals("What is private?", title)
                assertEquals(1, stepNumber)
                assertEquals(5, stepCount)
                assertEquals(StepKind.STORY, stepKind)
                assertFalse(canGoBack)
                assertTrue(canGoNext)
                assertNull(resumedAtStep)
                assertEquals(1, stepsSeen, "the step on screen is marked seen")
                assertTrue(assertNotNull(picture).alt.isNotBlank(), "every picture has alt text")
                assertEquals(listOf(MediaKind.PICTURE, MediaKind.TEXT, MediaKind.SIGN_VIDEO), mediaOrder)
            }

            while (player.state.questionId == null) player.next()
            assertEquals(5, player.state.stepNumber)
            assertTrue(player.state.isLastStep)
            assertEquals(StepKind.QUIZ, player.state.stepKind)

            val quiz = Quiz(app, kid.id, player.state.questionId!!)
            quiz.load()
            assertEquals(QuestionKind.SCENARIO, quiz.state.kind)
            assertEquals(Choose.ONE, quiz.state.choose)
            assertEquals(3, quiz.state.attemptsLeft)

            quiz.tap("send-photo")
            quiz.tap("tell-school")
            assertEquals(listOf("tell-school"), quiz.state.selection, "one-answer questions keep the last tap")
            quiz.submit()
            with(quiz.state) {
                assertEquals(false, correct)
                assertEquals("Not quite. Look at the answers and try again.", message)
                assertTrue(canTryAgain)
                assertFalse(finished)
                val chosen = options.single { it.id == "tell-school" }
                assertEquals(false, chosen.right)
                assertTrue(assertNotNull(chosen.feedback).contains("private"))
                assertNull(options.single { it.id == "stop-tell-adult" }.right, "the right answer is not given away yet")
            }

            quiz.tryAgain()
            assertNull(quiz.state.message)
            assertEquals(1, quiz.state.attemptsUsed)
            quiz.tap("stop-tell-adult")
            quiz.submit()
            with(quiz.state) {
                assertEquals(true, correct)
                assertEquals("Well done! That is right.", message)
                assertEquals(100, scorePercent)
                assertTrue(finished)
                assertEquals(true, options.single { it.id == "stop-tell-adult" }.right)
            }

            player.refreshProgress()
            with(player.state) {
                assertTrue(completed)
                assertEquals(1, questionsPassed)
                assertEquals(5, stepsSeen)
            }
            assertTrue(Badges(app, kid.id).apply { load() }.state.badges.single { it.moduleId == "private-info" }.earned)
        }
    }

    @Test
    fun `a lesson opens again where the child left off`() {
        openCore(dir).use { app ->
            val kid = app.child()
            LessonPlayer(app, kid.id, "private-info-1").apply {
                load()
                next()
                next()
            }
            val again = LessonPlayer(app, kid.id, "private-info-1")
            again.load()
            assertEquals(3, again.state.stepNumber)
            assertEquals(3, again.state.resumedAtStep)
            assertTrue(again.state.canGoBack)
            again.back()
            assertEquals(2, again.state.stepNumber)
        }
    }

    @Test
    fun `captions, easy-read and the sign-language video are switched on the lesson screen`() {
        openCore(dir).use { app ->
            val kid = app.child()
            app.updateLearnerSettings(kid.id, LearnerSettings(signLanguage = "zsl", signVideoFirst = true, captions = false))
            val player = LessonPlayer(app, kid.id, "private-info-1")
            player.load()
            with(player.state) {
                assertEquals(MediaKind.SIGN_VIDEO, mediaOrder.first(), "the learner asked for the sign video first")
                assertEquals("zsl", signLanguage)
                assertEquals("zsl", assertNotNull(video).signLanguage)
                assertFalse(video!!.recorded, "videos are not recorded yet: text and picture carry the step")
                assertEquals(5, videos.size)
                assertFalse(captionsOn)
                assertFalse(easyRead)
            }
            val full = player.state.text
            player.toggleEasyRead()
            assertTrue(player.state.easyRead)
            assertTrue(player.state.easyReadAvailable)
            assertTrue(player.state.text.length < full.length, "easy-read text is shorter")
            player.toggleEasyRead()
            assertEquals(full, player.state.text)

            player.toggleCaptions()
            assertTrue(player.state.captionsOn)
            player.chooseSignLanguage("pks")
            assertEquals("pks", player.state.video?.signLanguage)
            player.next()
            assertEquals("pks", player.state.video?.signLanguage, "the choice stays for the next step")
        }
    }

    @Test
    fun `a learner who reads Urdu gets the lesson right to left`() {
        openCore(dir).use { app ->
            val kid = app.child()
            app.updateLearnerSettings(kid.id, LearnerSettings(locales = listOf("ur"), easyRead = true, largerText = true))
            val player = LessonPlayer(app, kid.id, "private-info-1")
            player.load()
            assertEquals(TextDirection.RTL, player.state.direction)
            assertTrue(player.state.easyRead, "easy-read starts on when the learner asked for it")
            assertEquals(1.3f, player.state.textScale)
            assertTrue(player.state.text.any { it in '\u0600'..'\u06FF' })
        }
    }

    @Test
    fun `multiple-choice questions toggle options and give partial credit`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val quiz = Quiz(app, kid.id, "not-who-they-say-1-quiz-made-up")
            quiz.load()
            assertEquals(Choose.SEVERAL, quiz.state.choose)
            quiz.tap("name")
            quiz.tap("age")
            quiz.tap("nothing")
            quiz.tap("nothing")
            assertEquals(listOf("name", "age"), quiz.state.selection, "a second tap takes an option out")
            assertTrue(quiz.state.canSubmit)
            quiz.submit()
            with(quiz.state) {
                assertEquals(false, correct)
                assertEquals(67, scorePercent)
                assertTrue(assertNotNull(message).contains("67%"))
                assertEquals(true, options.single { it.id == "name" }.right)
                assertNull(options.single { it.id == "picture" }.right, "a missed right answer stays hidden until the reveal")
            }
        }
    }

    @Test
    fun `ordering questions take every option in order, and the right order is revealed after three tries`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val quiz = Quiz(app, kid.id, "not-who-they-say-2-quiz-order")
            quiz.load()
            assertEquals(Choose.ALL_IN_ORDER, quiz.state.choose)
            assertTrue(quiz.state.options.map { it.id } != listOf("stop", "tell", "block-report"), "never shown already in order")

            repeat(3) { attempt ->
                if (attempt > 0) quiz.tryAgain()
                quiz.tap("block-report")
                quiz.tap("tell")
                assertFalse(quiz.state.canSubmit, "every option needs a place")
                quiz.tap("stop")
                quiz.moveUp("stop")
                assertEquals(listOf("block-report", "stop", "tell"), quiz.state.selection)
                assertEquals(2, quiz.state.options.single { it.id == "stop" }.place)
                quiz.submit()
            }
            with(quiz.state) {
                assertEquals(false, correct)
                assertTrue(revealed)
                assertTrue(finished, "after the reveal the lesson goes on")
                assertFalse(canTryAgain)
                assertEquals(0, attemptsLeft)
                assertEquals("That is not it yet. Look at the right answer, then go on.", message)
                assertEquals(
                    listOf("Stop. Do not answer.", "Tell a grown-up you trust.", "Block and report the player together."),
                    rightOrder,
                )
                assertEquals(false, options.single { it.id == "stop" }.right, "stop was put second, not first")
                assertTrue(options.all { it.feedback != null })
            }
        }
    }

    @Test
    fun `a hint can be opened for a question that has one`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val quiz = Quiz(app, kid.id, "not-who-they-say-2-quiz-order")
            quiz.load()
            assertTrue(quiz.state.hasHint)
            quiz.showHint()
            assertEquals("First stop. Then get help. Then make it safe.", quiz.state.hint)
        }
    }

    @Test
    fun `a core error becomes a friendly message in the state`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val player = LessonPlayer(app, kid.id, "no-such-lesson")
            player.load()
            // The core's UI text for the error's code, in the learner's language.
            assertEquals("This could not be found. It may have been removed.", player.state.error)
            player.dismissError()
            assertNull(player.state.error)
        }
    }
}
