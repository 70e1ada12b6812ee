// One source for the apps' words: every screen's words come from the core's UI texts in the
// learner's language, so switching a learner to Urdu or isiZulu changes every one of them,
// and Urdu lays the screens out right to left.
package org.safesteps.demo

import java.nio.file.Path
import kotlin.test.assertEquals
import kotlin.test.assertNotEquals
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.LearnerSettings
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection

class LocaleTest {
    @TempDir
    lateinit var dir: Path

    /**
     * Every screen's holder, loaded as a child would have it: mid-lesson, mid-quiz with the
     * hint open, help and a pathway opened from the child's screens. The screens without a
     * learner (picker, caregiver, teacher) get the app's languages, here the same one.
     */
    private fun screens(app: SafeSteps, learnerId: String, appLocales: List<String>): Map<String, StateHolder<*>> {
        val player = LessonPlayer(app, learnerId, "private-info-1").apply { load() }
        while (player.state.questionId == null) player.next()
        val quiz = Quiz(app, learnerId, player.state.questionId!!, clock = { MondayNoonUtc }).apply { load(); showHint() }
        if (!app.hasTeacherPin()) app.setTeacherPin(null, "2468")
        return mapOf(
            "LearnerPicker" to LearnerPicker(app, locales = appLocales).apply { load(); pick(learnerId) },
            "Home" to Home(app, learnerId).apply { load() },
            "LessonPlayer" to player,
            "Quiz" to quiz,
            "Badges" to Badges(app, learnerId).apply { load() },
            "Settings" to Settings(app, learnerId).apply { load() },
            "Help" to Help(app, "PK", clock = { MondayNoonUtc }, learnerId = learnerId).apply { load() },
            "Pathway" to Pathway(app, "threatened-over-picture", "PK", clock = { MondayNoonUtc }, learnerId = learnerId).apply { load() },
            "Caregiver" to Caregiver(app, "PK", clock = { MondayNoonUtc }, locales = appLocales).apply { load() },
            "TeacherArea" to TeacherArea(app, locales = appLocales).apply { load(); enterPin("2468"); createClass("2 B") },
        )
    }

    private fun labelsOf(holder: StateHolder<*>): Labels =
        holder.state.javaClass.getMethod("getLabels").invoke(holder.state) as Labels

    /** Every word a holder's state carries from the UI texts: its labels and the texts it formatted. */
    private fun words(holder: StateHolder<*>): Map<String, String> = labelsOf(holder).let { it.text + it.formatted }

    @Test
    fun `switching a learner to Urdu or isiZulu changes every string of every screen, and Urdu is right to left`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val english = screens(app, kid.id, listOf("en")).mapValues { (_, h) -> words(h) }
            val coreEnglish = app.uiText(listOf("en")).strings
            for ((tag, direction) in listOf("ur" to TextDirection.RTL, "zu" to TextDirection.LTR)) {
                app.updateLearnerSettings(kid.id, LearnerSettings(locales = listOf(tag)))
                val core = app.uiText(listOf(tag)).strings
                var changed = 0
                for ((screen, holder) in screens(app, kid.id, listOf(tag))) {
                    val labels = labelsOf(holder)
                    val before = english.getValue(screen)
                    val after = words(holder)
                    assertEquals(null, holder.state.javaClass.getMethod("getError").invoke(holder.state), "$screen: no error")
                    assertEquals(tag, labels.locale, "$screen: words in the learner's language")
                    assertEquals(direction, labels.direction, "$screen: $tag lays out $direction")
                    assertTrue(labels.draft && !labels.draftNote.isNullOrBlank(), "$screen: $tag is a draft and says so")
                    assertTrue(before.size >= CommonKeys.size, "$screen shows its words")
                    // The same words, translated (the lesson now also says where it resumed).
                    assertTrue(after.keys.containsAll(before.keys), "$screen: ${before.keys - after.keys} missing in $tag")
                    for ((key, text) in after) {
                        assertTrue(text.isNotBlank() && text != key, "$screen: $key has words in $tag")
                        core[key]?.let { assertEquals(it, text, "$screen: $key is the core's $tag UI text") }
                        // A word both languages spell alike (a name such as "SafeSteps") cannot change.
                        if (core[key] != null && core[key] == coreEnglish[key]) continue
                        val english = before[key] ?: continue
                        assertNotEquals(english, text, "$screen: \"$key\" is still English in $tag")
                        changed++
                    }
                }
                assertTrue(changed > 150, "$tag: $changed words changed")
            }
        }
    }

    @Test
    fun `an error is said in the learner's language`() {
        openCore(dir).use { app ->
            val kid = app.child()
            app.updateLearnerSettings(kid.id, LearnerSettings(locales = listOf("ur")))
            val quiz = Quiz(app, kid.id, "no-such-question").apply { load() }
            val error = quiz.state.error ?: error("a missing question is an error")
            // The core's Urdu UI texts carry the error messages; Urdu is written in Arabic script.
            assertTrue(error.any { Character.UnicodeScript.of(it.code) == Character.UnicodeScript.ARABIC }, error)
        }
    }
}
