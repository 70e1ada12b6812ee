// The teacher's assignment flow through the TeacherArea holder, on one device and across two.
package org.safesteps.demo

import java.nio.file.Path
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.DueState

class TeacherAssignmentTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `a teacher sets a PIN, creates a class, assigns a module and reads the report`() {
        openCore(dir).use { app ->
            val zola = app.child("Zola", "tree")
            val teacher = TeacherArea(app)
            teacher.load()
            assertFalse(teacher.state.pinSet, "a new device asks for a PIN to be set")

            teacher.setPin("2468")
            with(teacher.state) {
                assertTrue(pinSet)
                assertTrue(unlocked)
                assertNull(error)
                assertEquals(listOf("Zola"), learners.map { it.nickname })
                assertTrue(modules.any { it.id == "kind-online" })
            }

            teacher.createClass("Grade 6 A")
            val cls = teacher.state.classes.single()
            assertEquals("Grade 6 A", cls.name)
            teacher.addToClass(cls.id, zola.id)
            assertEquals(listOf(zola.id), teacher.state.classes.single().learnerIds)

            teacher.assignToClass(cls.id, listOf("kind-online"))
            val assignment = teacher.state.assignments.single()
            assertEquals(listOf("Kind and safe online"), assignment.moduleTitles)
            assertEquals("Grade 6 A", assignment.targetName)
            assertEquals(1, assignment.learnerCount)

            // Zola sees it first on her home screen, and does the first lesson.
            val home = Home(app, zola.id)
            home.load()
            val first = home.state.modules.first()
            assertEquals("kind-online", first.id)
            assertTrue(first.assigned)
            assertEquals(DueState.NO_DUE_DATE, first.dueState)
            val player = LessonPlayer(app, zola.id, assertNotNull(first.nextLessonId))
            player.load()
            while (player.state.canGoNext) player.next()

            teacher.openReport(cls.id)
            val report = assertNotNull(teacher.state.report)
            assertEquals("Grade 6 A", report.className)
            val line = report.learners.single()
            assertEquals("Zola", line.nickname)
            assertEquals(1, line.assigned)
            assertEquals(1, line.started)
            assertEquals("Kind and safe online", report.modules.single().title)

            teacher.lock()
            assertFalse(teacher.state.unlocked)
            assertNull(teacher.state.report, "nothing of the report stays on screen once locked")
        }
    }

    @Test
    fun `a wrong PIN is refused with a message and the area stays locked`() {
        openCore(dir).use { app ->
            app.setTeacherPin(null, "2468")
            val teacher = TeacherArea(app)
            teacher.load()
            assertTrue(teacher.state.pinSet)
            teacher.enterPin("1111")
            with(teacher.state) {
                assertFalse(unlocked)
                assertTrue(assertNotNull(pinMessage).startsWith("That PIN was not right"))
                assertTrue(pinMessage!!.endsWith("."))
                assertTrue(classes.isEmpty())
            }
            teacher.createClass("Sneaky")
            assertFalse(teacher.state.unlocked, "nothing happens without the PIN")
        }
    }

    @Test
    fun `assignments travel to a learner's device in QR-sized pieces`() {
        openCore(dir, name = "teacher.sqlite").use { teacherApp ->
            openCore(dir, name = "phone.sqlite").use { phone ->
                val teacher = TeacherArea(teacherApp)
                teacher.setPin("2468")
                teacher.createClass("Grade 6 A")
                val cls = teacher.state.classes.single()
                teacher.assignToClass(cls.id, listOf("private-info"))
                var exported: List<ByteArray>? = null
                teacher.exportAssignments { exported = it }
                val pieces = assertNotNull(exported)
                assertTrue(pieces.size > 1)
                assertEquals(pieces.size, teacher.state.exportPieces)

                val onPhone = TeacherArea(phone)
                // Not paired yet: the phone refuses the teacher's bundle, with a message.
                pieces.forEach { onPhone.receivePiece(it) }
                assertNotNull(onPhone.state.error)
                assertTrue(onPhone.state.error!!.contains("paired device"), onPhone.state.error)
                // Pairing: the phone reads the teacher's QR code and the person types its six digits.
                teacher.showPairingOffer()
                val offer = assertNotNull(teacher.state.pairingOffer)
                val code = assertNotNull(teacher.state.pairingCode)
                onPhone.pairTeacherDevice(offer, "000000".takeIf { it != code } ?: "111111")
                assertNotNull(onPhone.state.error, "a code that does not match is refused")
                onPhone.pairTeacherDevice(offer, code)
                assertEquals(listOf("teacher $code"), onPhone.state.pairedDevices)
                onPhone.dismissError()
                pieces.forEach { onPhone.receivePiece(it) }
                with(onPhone.state) {
                    assertEquals(pieces.size, piecesReceived)
                    assertEquals(pieces.size, piecesTotal)
                    val imported = assertNotNull(lastImport)
                    assertFalse(imported.progress)
                    assertTrue(imported.assignmentsChanged >= 1)
                }
            }
        }
    }
}
