// docs/apps.md: every screen's UI state for a sample learner, as the JVM run produces it.
// The test writes the page into build/apps.md and compares it with the tracked docs/apps.md;
// it never writes a tracked file. android-demo/refresh-apps-doc.sh copies build/apps.md over
// docs/apps.md on purpose, after a change to a holder's state.
package org.safesteps.demo

import java.io.File
import java.nio.file.Path
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.AgeBand
import org.safesteps.core.LearnerSettings
import org.safesteps.core.coreVersion

class AppsDocTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `docs apps md shows every screen's state as the holders produce it`() {
        val sections = mutableListOf<Pair<String, String>>()
        fun section(title: String, what: String, state: Any) {
            sections += title to "$what\n\n${StateMarkdown.render(state)}"
        }

        openCore(dir, country = "PK").use { app ->
            // Two children share a tablet. Sami has no picture password; Ayesha has one.
            val sami = app.createLearner("Sami", "kite", AgeBand.AGES6_TO9)
            val ayesha = app.createLearner("Ayesha", "star", AgeBand.AGES6_TO9)
            val grid = app.picturePasswordGrid().map { it.id }
            app.setPicturePassword(ayesha.id, listOf(grid[2], grid[0], grid[4]))

            val picker = LearnerPicker(app)
            picker.load()
            picker.pick(ayesha.id)
            picker.tapPicture(grid[2])
            picker.tapPicture(grid[0])
            section(
                "LearnerPicker",
                "Two learners on the device; Ayesha tapped her avatar and two of her three pictures.",
                // Learners made in the same millisecond come in id order, and ids are random.
                picker.state.copy(learners = picker.state.learners.sortedBy { it.nickname }),
            )

            // The teacher assigns "Being kind online" to Sami's class.
            app.setTeacherPin(null, "2468")
            val teacher = TeacherArea(app)
            teacher.load()
            teacher.enterPin("2468")
            teacher.createClass("Grade 2 B")
            val classId = teacher.state.classes.single().id
            teacher.addToClass(classId, sami.id)
            teacher.assignToClass(classId, listOf("kind-online"))

            val player = LessonPlayer(app, sami.id, "private-info-1")
            player.load()
            player.next()
            section("LessonPlayer", "Sami opened \"My private information\" and went on to step 2.", player.state)

            while (player.state.questionId == null) player.next()
            val quiz = Quiz(app, sami.id, player.state.questionId!!, clock = { MondayNoonUtc })
            quiz.load()
            quiz.tap("tell-school")
            quiz.submit()
            section(
                "Quiz",
                "Sami answered the lesson's quiz wrong once (attempt 1 of 3). The core shuffles the options " +
                    "per learner and attempt; here they are listed by id.",
                quiz.state.copy(options = quiz.state.options.sortedBy { it.id }),
            )
            quiz.tryAgain()
            quiz.tap("stop-tell-adult")
            quiz.submit()
            player.refreshProgress()

            val home = Home(app, sami.id)
            home.load()
            section("Home", "Sami's home after finishing lesson 1; the assigned module comes first.", home.state)

            val badges = Badges(app, sami.id)
            badges.load()
            section("Badges", "Sami's badges after finishing \"My private information\".", badges.state)

            app.updateLearnerSettings(ayesha.id, LearnerSettings(locales = listOf("ur"), signLanguage = "pks", easyRead = true))
            val settings = Settings(app, ayesha.id)
            settings.load()
            section("Settings", "Ayesha reads Urdu (right to left), signs Pakistan Sign Language, wants easy-read.", settings.state)

            val help = Help(app, "PK", clock = { MondayNoonUtc })
            help.load()
            help.setDeafAccessibleOnly(true)
            section("Help", "Help for Pakistan, deaf-accessible contacts only, on a Monday at noon UTC.", help.state)

            val pathway = Pathway(app, "threatened-over-picture", "PK", clock = { MondayNoonUtc })
            pathway.load()
            section("Pathway", "\"Someone threatens to share a picture of me\", for Pakistan.", pathway.state)

            teacher.openReport(classId)
            section(
                "TeacherArea",
                "The teacher's area after assigning a module to a class of one, with the class report open.",
                // As in the picker: learners made in the same millisecond come in id order.
                teacher.state.copy(learners = teacher.state.learners.sortedBy { listOf(sami.id, ayesha.id).indexOf(it.id) }),
            )
            teacher.close()

            val caregiver = Caregiver(app, "PK", clock = { MondayNoonUtc })
            caregiver.load()
            caregiver.openLesson(caregiver.state.lessons.first().id)
            caregiver.openWorriedPathway()
            section("Caregiver", "A caregiver reads the first caregiver lesson and opens \"I am worried about a child\".", caregiver.state)
        }

        val text = buildString {
            append("# The demo apps' screen states\n\n")
            append("Written by `android-demo/app/src/sharedTest/kotlin/org/safesteps/demo/AppsDocTest.kt` ")
            append("(run `android-demo/refresh-apps-doc.sh` to rewrite it; the test fails while it differs); ")
            append("do not edit by hand. Each section is the immutable UI ")
            append("state of one screen's state holder (`android-demo/app/src/shared/kotlin/org/safesteps/demo/`) ")
            append("after the steps described, produced on the JVM through the real Rust core ")
            append("(core ${coreVersion()}, embedded default pack). Random ids are shown as `<id>`; ")
            append("long lists show their first 3 items. The Compose screens only draw these values.\n\n")
            append("Screens: ")
            append(sections.joinToString(" · ") { (t, _) -> "[$t](#${t.lowercase()})" })
            append("\n")
            for ((title, body) in sections) append("\n## $title\n\n$body")
        }
        assertEquals(10, sections.size)
        val root = checkout()
        val built = File(root ?: File(System.getProperty("java.io.tmpdir")), "build/apps.md")
        built.parentFile.mkdirs()
        built.writeText(text)
        println("wrote ${built.path} (${text.length} characters)")
        val tracked = root?.let { File(it, "docs/apps.md") }
        if (tracked == null || System.getenv("SAFESTEPS_APPS_DOC_REFRESH") == "1") return
        val old = tracked.readText()
        if (old != text) {
            val at = old.lines().zip(text.lines()).indexOfFirst { (a, b) -> a != b }.let { if (it < 0) minOf(old.lines().size, text.lines().size) else it }
            throw AssertionError(
                "docs/apps.md differs from the screens' states (first at line ${at + 1}: " +
                    "\"${old.lines().getOrNull(at)}\" -> \"${text.lines().getOrNull(at)}\"). " +
                    "If the change is meant, run android-demo/refresh-apps-doc.sh and commit docs/apps.md.",
            )
        }
    }

    /** The checkout the test classes were built from (or the working directory's), if any. */
    private fun checkout(): File? {
        val starts = listOfNotNull(
            runCatching { File(AppsDocTest::class.java.protectionDomain.codeSource.location.toURI()) }.getOrNull(),
            File(System.getProperty("user.dir")),
        )
        for (start in starts) {
            var d: File? = start.absoluteFile
            while (d != null) {
                if (File(d, "docs/architecture.md").isFile && File(d, "android-demo").isDirectory) return d
                d = d.parentFile
            }
        }
        return null
    }
}
