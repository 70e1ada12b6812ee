// The API as an Android app uses it: UI text in the learner's language with its direction,
// ids as fields (no path is cut up), change listeners, errors with codes, immutable records
// and signed integers.
package org.safesteps.tests

import java.nio.file.Path
import java.util.concurrent.CopyOnWriteArrayList
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotEquals
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.ApiException
import org.safesteps.core.Change
import org.safesteps.core.ChangeListener
import org.safesteps.core.ContactQuery
import org.safesteps.core.LearnerSettings
import org.safesteps.core.OpenOptions
import org.safesteps.core.Picture
import org.safesteps.core.ReviewStatus
import org.safesteps.core.SafeSteps
import org.safesteps.core.SignInResult
import org.safesteps.core.TextDirection
import org.safesteps.core.UiArg

class AppApiTest {
    @TempDir
    lateinit var dir: Path
    private val db get() = dir.resolve("safesteps.sqlite").toString()
    private val options = OpenOptions(preferredLocales = listOf("en"), country = "PK")

    private fun arabic(s: String) = s.any { it in '\u0600'..'\u06FF' }

    @Test
    fun `UI text follows the learner's locale, and Urdu is right to left and marked draft`() {
        SafeSteps(db, options).use { app ->
            val en = app.uiText(listOf())
            assertEquals(TextDirection.LTR, en.direction)
            assertEquals(ReviewStatus.REVIEWED, en.status)
            assertEquals("Quick exit", en.strings["quick-exit"])
            val kid = app.createLearner("Kite", "kite", null)
            val ur = app.updateLearnerSettings(kid.id, kid.settings.copy(locales = listOf("ur")))
            val text = app.uiText(ur.settings.locales)
            assertEquals("ur", text.locale)
            assertEquals(TextDirection.RTL, text.direction)
            assertEquals(ReviewStatus.DRAFT, text.status)
            assertEquals(en.strings.keys, text.strings.keys)
            val same = en.strings.keys.filter { en.strings[it] == text.strings[it] }
            assertTrue(same.size <= 2, "strings still English in Urdu: $same")
            assertTrue(arabic(text.strings.getValue("error-name-refused")))
            val zu = app.uiText(listOf("zu-ZA"))
            assertNotEquals(en.strings["next"], zu.strings["next"])
            // Texts with variables: plural forms chosen by the number.
            assertEquals(
                "Step 2 of 5",
                app.uiFormat("step-n-of-m", mapOf("number" to UiArg.Number(2), "total" to UiArg.Number(5)), listOf()),
            )
            assertEquals("1 try left", app.uiFormat("tries-left", mapOf("count" to UiArg.Number(1)), listOf()))
            assertEquals("3 tries left", app.uiFormat("tries-left", mapOf("count" to UiArg.Number(3)), listOf()))
            assertTrue(arabic(app.uiFormat("tries-left", mapOf("count" to UiArg.Number(3)), listOf("ur"))))
            // Any Long shows as given, the extremes too (not rounded through a double).
            for (n in listOf(Long.MAX_VALUE, Long.MIN_VALUE, (1L shl 53) + 1)) {
                assertEquals("$n tries left", app.uiFormat("tries-left", mapOf("count" to UiArg.Number(n)), listOf()))
            }
            assertTrue("step-n-of-m" in en.withArguments)
        }
    }

    @Test
    fun `ids and directions are fields, counts are Int`() {
        SafeSteps(db, options).use { app ->
            val star = app.avatars().first { it.id == "star" }
            val kid = app.createLearner("Star", star.id, null)
            assertEquals(star.id, kid.avatar)
            val grid: List<Picture> = app.picturePasswordGrid()
            val sequence = grid.take(3).map { it.id }
            app.setPicturePassword(kid.id, sequence)
            assertTrue(app.signIn(kid.id, sequence) is SignInResult.SignedIn)
            val question = app.question("private-info-1-quiz", kid.id)
            val used: Int = question.attemptsUsed
            assertEquals(0, used)
            app.setPreferredLocales(listOf("ur"))
            val module = app.modules(null).first()
            assertEquals(TextDirection.RTL, module.direction)
            val q = app.question("private-info-1-quiz", null)
            assertEquals(TextDirection.RTL, q.direction)
            assertTrue(q.options.all { it.direction == TextDirection.RTL })
            val contacts = app.contacts(ContactQuery(country = "PK"), null)
            assertTrue(contacts.isNotEmpty() && contacts.all { it.direction == TextDirection.RTL })
            assertTrue(contacts.any { it.primaryActionUri != null })
            assertEquals(TextDirection.RTL, app.createLearner("ستارہ", "sun", null).nicknameDirection)
            val countries = app.contactCountries().map { it.country }
            assertTrue(countries.containsAll(listOf("PK", "ZA", "ZM")) && "ZZ" !in countries)
        }
    }

    @Test
    fun `records are immutable values`() {
        for (type in listOf(LearnerSettings::class.java, OpenOptions::class.java, Picture::class.java)) {
            val setters = type.declaredMethods.filter { it.name.startsWith("set") }
            assertTrue(setters.isEmpty(), "${type.simpleName} has setters: $setters")
        }
        // Defaults agree with the core: captions are on unless turned off.
        assertTrue(LearnerSettings().captions)
        assertFalse(LearnerSettings().easyRead)
    }

    @Test
    fun `listeners refresh screens after commits, and a throwing one breaks nothing`() {
        SafeSteps(db, options).use { app ->
            val heard = CopyOnWriteArrayList<Change>()
            val listener = object : ChangeListener {
                override fun onChange(change: Change) {
                    heard.add(change)
                    if (change is Change.ProgressRecorded) {
                        // Reading back from inside the listener: committed, and no deadlock.
                        app.lessonProgress(change.learnerId, change.lessonId!!)
                    }
                }
            }
            val id = app.addChangeListener(listener)
            val bad = app.addChangeListener(object : ChangeListener {
                override fun onChange(change: Change) = throw IllegalStateException("a listener bug")
            })
            val kid = app.createLearner("Moon", "sun", null)
            assertTrue(app.answer(kid.id, "private-info-1-quiz", listOf("stop-tell-adult"), null).correct)
            assertFailsWith<ApiException.AnswerShape> { app.answer(kid.id, "private-info-1-quiz", listOf("x"), null) }
            app.setTeacherPin(null, "2468")
            app.teacherArea("2468").use { it.createClass("Grade 5") }
            app.deleteLearner(kid.id)
            assertEquals(
                listOf(
                    Change.LearnerChanged(kid.id),
                    Change.ProgressRecorded(kid.id, "private-info-1", "private-info"),
                    Change.AssignmentsChanged,
                    Change.LearnerErased(kid.id),
                ),
                heard.toList(),
            )
            assertTrue(app.removeChangeListener(id))
            assertTrue(app.removeChangeListener(bad))
            assertFalse(app.removeChangeListener(id))
            app.createLearner("Sun", "sun", null)
            assertEquals(4, heard.size)
        }
    }

    @Test
    fun `errors carry a code and the person's words, reachable from the base type`() {
        SafeSteps(db, options).use { app ->
            val e: ApiException = assertFailsWith<ApiException.NameRefused> { app.createLearner("", "sun", null) }
            val info = e.info()
            assertEquals("name-refused", info.code)
            assertEquals("empty", info.reason)
            assertEquals(app.uiText(listOf()).strings["error-name-refused-empty"], info.text)
            assertEquals("a nickname is needed", info.detail)
            app.setPreferredLocales(listOf("ur"))
            val ur = assertFailsWith<ApiException.PinFormat> { app.setTeacherPin(null, "12") }
            assertTrue(arabic(ur.text))
            // A caregiver tries the quiz: nothing is recorded, no learner needed.
            val tried = app.checkAnswer("private-info-1-quiz", listOf("tell-school"), 1)
            assertFalse(tried.correct)
            assertTrue(tried.options.filter { !it.chosen }.all { it.correct == null })
            assertNull(app.learners().firstOrNull())
        }
    }
}
