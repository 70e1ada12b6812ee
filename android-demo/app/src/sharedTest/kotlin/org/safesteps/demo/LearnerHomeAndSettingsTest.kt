// Picking a learner, the home screen, badges and settings.
package org.safesteps.demo

import java.nio.file.Path
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.AgeBand
import org.safesteps.core.ModuleState
import org.safesteps.core.TextDirection

class LearnerHomeAndSettingsTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `a new learner is made with a nickname and an avatar, and signed in`() {
        openCore(dir).use { app ->
            val picker = LearnerPicker(app)
            picker.load()
            assertTrue(picker.state.learners.isEmpty())
            assertEquals(6, picker.state.avatars.size)
            assertTrue(picker.state.avatars.all { it.alt.isNotBlank() })

            picker.startNewLearner()
            assertFalse(assertNotNull(picker.state.form).canCreate)
            picker.setNickname("Kite")
            picker.chooseAvatar("kite")
            picker.chooseAgeBand(AgeBand.AGES6_TO9)
            assertTrue(picker.state.form!!.canCreate)
            picker.createLearner()

            with(picker.state) {
                assertNull(form)
                assertEquals("Kite", assertNotNull(signedIn).nickname)
                assertEquals("kite", learners.single().avatar?.id)
            }
        }
    }

    @Test
    fun `a nickname that looks like contact details is refused with a friendly message`() {
        openCore(dir).use { app ->
            val picker = LearnerPicker(app)
            picker.load()
            picker.startNewLearner()
            picker.setNickname("mail me a@b.c")
            picker.chooseAvatar("sun")
            picker.createLearner()
            with(picker.state) {
                assertNull(signedIn)
                assertNotNull(form, "the form stays open to fix the nickname")
                val message = assertNotNull(error)
                assertTrue(message.first().isUpperCase() && message.endsWith("."), message)
            }
        }
    }

    @Test
    fun `a learner with a picture password signs in by tapping the pictures in order`() {
        openCore(dir).use { app ->
            val ayesha = app.child("Ayesha", "star")
            val grid = app.picturePasswordGrid().map { it.id }
            app.setPicturePassword(ayesha.id, listOf(grid[2], grid[0], grid[4]))

            val picker = LearnerPicker(app)
            picker.load()
            picker.pick(ayesha.id)
            val sign = assertNotNull(picker.state.pictureSignIn)
            assertEquals("Ayesha", sign.nickname)
            assertEquals(9, sign.grid.size)
            assertNull(picker.state.signedIn)

            listOf(grid[0], grid[2], grid[4]).forEach(picker::tapPicture)
            picker.submitPictures()
            assertEquals(1, picker.state.pictureSignIn?.failures)
            assertTrue(picker.state.pictureSignIn!!.chosen.isEmpty(), "a wrong try starts again")

            listOf(grid[2], grid[0], grid[4]).forEach(picker::tapPicture)
            assertTrue(picker.state.pictureSignIn!!.canSubmit)
            picker.submitPictures()
            assertEquals("Ayesha", picker.state.signedIn?.nickname)
            assertNull(picker.state.pictureSignIn)
        }
    }

    @Test
    fun `the home screen greets the learner and shows which modules are open`() {
        openCore(dir).use { app ->
            val kid = app.child("Sami", "kite")
            val home = Home(app, kid.id)
            home.load()
            with(home.state) {
                assertEquals("Hello, Sami! Pick a lesson to start.", welcome)
                assertEquals(TextDirection.LTR, direction)
                val first = modules.first()
                assertEquals("private-info", first.id)
                assertTrue(first.canOpen)
                assertEquals("private-info-1", first.nextLessonId)
                val locked = modules.single { it.id == "not-who-they-say" }
                assertEquals(ModuleState.LOCKED, locked.state)
                assertFalse(locked.canOpen)
                assertEquals(listOf("My private information"), locked.needsFirst)
                assertTrue(modules.none { it.assigned })
            }
        }
    }

    @Test
    fun `badges show which are earned and which are not yet`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val badges = Badges(app, kid.id)
            badges.load()
            assertEquals(0, badges.state.earned)
            assertTrue(badges.state.total > 0)
            assertTrue(badges.state.badges.all { it.name.isNotBlank() && it.picture?.alt?.isNotBlank() == true })
        }
    }

    @Test
    fun `settings choose Urdu right to left, a sign language, and accessibility options`() {
        openCore(dir).use { app ->
            val kid = app.child()
            val settings = Settings(app, kid.id)
            settings.load()
            with(settings.state) {
                assertEquals(TextDirection.LTR, direction)
                assertEquals(listOf("en", "ur", "zu"), locales.map { it.tag })
                assertTrue(locales.single { it.tag == "en" }.selected)
                assertTrue(locales.single { it.tag == "ur" }.draft, "drafts are shown as drafts")
                assertTrue(captions)
            }
            settings.chooseLocale("ur")
            settings.chooseSignLanguage("pks")
            settings.setEasyRead(true)
            settings.setLargerText(true)
            settings.setCaptions(false)
            with(settings.state) {
                assertEquals(TextDirection.RTL, direction)
                assertTrue(locales.single { it.tag == "ur" }.selected)
                assertTrue(signLanguages.single { it.code == "pks" }.selected)
                assertTrue(easyRead && largerText && !captions)
            }
            val lesson = app.lesson("private-info-1", kid.id)
            assertEquals(TextDirection.RTL, lesson.direction, "the core uses the new settings")
            assertEquals(1.3f, lesson.display.textScale)
            assertEquals(TextDirection.RTL, Home(app, kid.id).apply { load() }.state.direction)
        }
    }
}
