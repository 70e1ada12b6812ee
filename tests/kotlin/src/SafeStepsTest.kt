// Kotlin on the JVM, through the generated bindings and the real native library.
package org.safesteps.tests

import java.nio.file.Path
import kotlin.test.assertContains
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.AgeBand
import org.safesteps.core.ApiException
import org.safesteps.core.AssignmentTarget
import org.safesteps.core.BundleKind
import org.safesteps.core.ChunkProgress
import org.safesteps.core.ContactKind
import org.safesteps.core.ContactQuery
import org.safesteps.core.LearnerSettings
import org.safesteps.core.MediaKind
import org.safesteps.core.ModuleState
import org.safesteps.core.NewAssignment
import org.safesteps.core.OpenOptions
import org.safesteps.core.OpenState
import org.safesteps.core.PackSource
import org.safesteps.core.PeerRole
import org.safesteps.core.QuestionKind
import org.safesteps.core.ReviewStatus
import org.safesteps.core.SafeSteps
import org.safesteps.core.SignInResult
import org.safesteps.core.StepKind
import org.safesteps.core.TextDirection
import org.safesteps.core.VideoStatus
import org.safesteps.core.LogLevel
import org.safesteps.core.LogSink
import org.safesteps.core.clearLogSink
import org.safesteps.core.coreVersion
import org.safesteps.core.setLogSink

class SafeStepsTest {
    @TempDir
    lateinit var dir: Path
    private val db get() = dir.resolve("safesteps.sqlite").toString()
    private val options = OpenOptions(preferredLocales = listOf("en"), country = "PK")

    @Test
    fun `a child sees the first lesson, answers, and the answer is stored`() {
        val learnerId: String
        SafeSteps(db, options).use { app ->
            assertEquals("PK", app.country())
            val modules = app.modules(null)
            assertTrue(modules.isNotEmpty())
            val first = modules.first()
            assertEquals("My private information", first.title)
            val lessonId = first.lessonIds.first()

            val lesson = app.lesson(lessonId, null)
            assertEquals(TextDirection.LTR, lesson.direction)
            assertEquals(lesson.steps.size, lesson.steps.first().total)
            lesson.steps.forEachIndexed { i, step ->
                assertEquals(i + 1, step.number)
                val picture = assertNotNull(step.picture)
                assertTrue(picture.alt.isNotBlank(), "alt text for ${step.id}")
                val svg = app.media(picture.path)
                assertTrue(String(svg).startsWith("<svg"))
            }
            val quiz = lesson.steps.first { it.kind == StepKind.QUIZ }
            val question = assertNotNull(quiz.question)
            assertEquals(QuestionKind.SCENARIO, question.kind)

            val kid = app.createLearner("Kite", "kite", null)
            learnerId = kid.id
            lesson.steps.take(2).forEach { app.markStepSeen(kid.id, it.id) }

            val wrong = app.answer(kid.id, question.id, listOf("tell-school"), 4200L)
            assertFalse(wrong.correct)
            assertEquals(1, wrong.attemptNumber)
            val chosen = wrong.options.first { it.chosen }
            assertContains(assertNotNull(chosen.feedback), "private")

            val right = app.answer(kid.id, question.id, listOf("stop-tell-adult"), null)
            assertTrue(right.correct)
            assertEquals(1.0, right.score)
            assertEquals("Well done! That is right.", right.message)
            assertEquals(2, right.attemptNumber)
        }
        // Reopen the same file: the progress is still there.
        SafeSteps(db, options).use { app ->
            val lessonId = app.modules(learnerId).first().lessonIds.first()
            val progress = app.lessonProgress(learnerId, lessonId)
            assertEquals(2, progress.stepsSeen)
            assertEquals(1, progress.questionsPassed)
            assertFalse(progress.completed)
            assertEquals(1, app.lesson(lessonId, learnerId).resumeIndex)
            assertEquals(listOf("Kite"), app.learners().map { it.nickname })
        }
    }

    @Test
    fun `unknown ids and bad input throw typed exceptions with readable messages`() {
        SafeSteps(db, options).use { app ->
            val notFound = assertFailsWith<ApiException.NotFound> { app.lesson("no-such-lesson", null) }
            assertEquals("not-found", notFound.code)
            assertEquals("lesson 'no-such-lesson' was not found", notFound.detail)
            assertEquals(app.uiText(listOf()).strings["error-not-found"], notFound.text)

            val kid = app.createLearner("Sun", "sun", null)
            val bad = assertFailsWith<ApiException.AnswerShape> {
                app.answer(kid.id, "private-info-1-quiz", listOf("made-up"), null)
            }
            assertContains(bad.detail, "'made-up' is not an option")

            val name = assertFailsWith<ApiException.NameRefused> { app.createLearner("mail me a@b.c", "sun", null) }
            assertEquals("contact", name.reason)
            assertFailsWith<ApiException.NotFound> { app.lessonProgress("ghost", "private-info-1") }
            assertEquals(0, app.lessonProgress(kid.id, "private-info-1").questionsPassed)
        }
    }

    @Test
    fun `pack info exposes locales and their review status`() {
        SafeSteps(db, options).use { app ->
            val info = app.packInfo()
            assertEquals("org.safesteps.default", info.id)
            assertEquals("en", info.activeLocale)
            assertEquals(ReviewStatus.REVIEWED, info.locales.first { it.tag == "en" }.status)
            assertTrue(coreVersion().isNotBlank())
        }
    }

    @Test
    fun `a database from a newer app is refused with a clear message`() {
        SafeSteps(db, options).use { }
        // Pretend a newer app wrote it: user_version is the 4 bytes at offset 60 of the header.
        val file = java.io.RandomAccessFile(db, "rw")
        file.seek(60)
        file.writeInt(99)
        file.close()
        val e = assertFailsWith<ApiException.DatabaseTooNew> { SafeSteps(db, options) }
        assertContains(e.message ?: "", "newer version of SafeSteps")
    }

    @Test
    fun `switching to Urdu gives Urdu text right to left, and English where Urdu lacks a text`() {
        SafeSteps(db, options).use { app ->
            app.setPreferredLocales(listOf("ur-PK", "en"))
            val info = app.packInfo()
            assertEquals("ur", info.activeLocale)
            assertEquals(TextDirection.RTL, info.activeDirection)
            assertEquals(ReviewStatus.DRAFT, info.locales.first { it.tag == "ur" }.status)

            val lesson = app.lesson("private-info-1", null)
            assertEquals(TextDirection.RTL, lesson.direction)
            assertTrue(lesson.title.any { it in '\u0600'..'\u06FF' }, lesson.title)
            assertTrue(lesson.steps.all { it.locale == "ur" })

            // The teacher module has no Urdu yet: each text falls back to English, never to an id.
            val teachers = app.modules(null).first { it.id == "teachers" }
            assertFalse(teachers.title.any { it in '\u0600'..'\u06FF' })
            assertFalse(teachers.title.contains("teachers-title"))
            val fallback = app.lesson(teachers.lessonIds.first(), null)
            assertEquals("en", fallback.locale)
            assertEquals(TextDirection.LTR, fallback.direction)

            app.setPreferredLocales(listOf("en"))
            assertEquals(TextDirection.LTR, app.lesson("private-info-1", null).direction)
        }
    }

    @Test
    fun `sign language is chosen apart from the text locale`() {
        val deafInPakistan = OpenOptions(preferredLocales = listOf("ur"), signLanguage = "pks")
        SafeSteps(db, deafInPakistan).use { app ->
            val step = app.lesson("private-info-1", null).steps.first()
            assertEquals("ur", step.locale)
            assertEquals("pks", step.videos.first().signLanguage)
            assertEquals(VideoStatus.NEEDS_RECORDING, step.videos.first().status)
            app.setSignLanguage("sfs")
            assertEquals("sfs", app.lesson("private-info-1", null).steps.first().videos.first().signLanguage)
        }
    }

    @Test
    fun `a signed pack installs once and a second install is refused as not newer`() {
        val pack = System.getenv("SAFESTEPS_TEST_PACK") ?: error("SAFESTEPS_TEST_PACK is not set")
        val key = System.getenv("SAFESTEPS_TEST_PUBKEY") ?: error("SAFESTEPS_TEST_PUBKEY is not set")
        val trusting = OpenOptions(preferredLocales = listOf("en"), trustedPublisherKeys = listOf(key))
        SafeSteps(db, trusting).use { app ->
            assertEquals(PackSource.EMBEDDED, app.packInfo().source)
            val info = app.installPack(pack, false)
            assertEquals("99.0.0", info.version)
            assertEquals(PackSource.INSTALLED, info.source)
            val again = assertFailsWith<ApiException.ContentInvalid> { app.installPack(pack, false) }
            assertContains(again.message ?: "", "not newer")
        }
        SafeSteps(db, trusting).use { app -> assertEquals("99.0.0", app.packInfo().version) }
        // The same file is refused by an app that does not trust its publisher.
        SafeSteps(db, options).use { app ->
            assertEquals(PackSource.EMBEDDED, app.packInfo().source)
            assertFailsWith<ApiException.ContentInvalid> { app.installPack(pack, false) }
        }
    }

    @Test
    fun `two learners on one device get their own text, media and progress`() {
        SafeSteps(db, options).use { app ->
            val ayesha = app.createLearner("Ayesha", "star", AgeBand.AGES6_TO9)
            val sami = app.createLearner("Sami", "kite", AgeBand.AGES6_TO9)
            // Ayesha is deaf, reads Urdu, signs Pakistan Sign Language, wants easy-read text.
            app.updateLearnerSettings(
                ayesha.id,
                LearnerSettings(
                    locales = listOf("ur"),
                    signLanguage = "pks",
                    signVideoFirst = true,
                    easyRead = true,
                    largerText = true,
                    noAudio = true,
                ),
            )
            val a = app.lesson("private-info-1", ayesha.id)
            val s = app.lesson("private-info-1", sami.id)
            assertEquals("ur", a.steps.first().locale)
            assertEquals(TextDirection.RTL, a.direction)
            assertEquals("en", s.steps.first().locale)
            assertEquals(a.steps.first().easyText, a.steps.first().text)
            assertEquals(s.steps.first().fullText, s.steps.first().text)
            assertEquals(MediaKind.SIGN_VIDEO, a.steps.first().mediaOrder.first())
            assertEquals(MediaKind.PICTURE, s.steps.first().mediaOrder.first())
            assertEquals("pks", a.steps.first().videos.first().signLanguage)
            assertEquals(1.3f, a.display.textScale)
            assertEquals(1.0f, s.display.textScale)

            // Sami finishes the lesson; Ayesha has not started.
            for (step in s.steps) {
                app.markStepSeen(sami.id, step.id)
                step.question?.let { q -> app.answer(sami.id, q.id, listOf("stop-tell-adult"), 2000L) }
            }
            assertTrue(app.lessonProgress(sami.id, "private-info-1").completed)
            assertFalse(app.lessonProgress(ayesha.id, "private-info-1").completed)
            val samiModule = app.modules(sami.id).first { it.id == "private-info" }
            assertEquals(ModuleState.MASTERED, samiModule.state)
            assertTrue(samiModule.badgeEarned)
            assertEquals(ModuleState.AVAILABLE, app.modules(ayesha.id).first { it.id == "private-info" }.state)
            assertEquals(ModuleState.LOCKED, app.modules(ayesha.id).first { it.id == "not-who-they-say" }.state)

            // Ayesha signs in with her picture password.
            val grid = app.picturePasswordGrid().map { it.id }
            app.setPicturePassword(ayesha.id, listOf(grid[2], grid[0], grid[4]))
            assertEquals(SignInResult.PicturePasswordNeeded, app.signIn(ayesha.id, null))
            assertEquals(SignInResult.NotRight(1), app.signIn(ayesha.id, listOf(grid[0], grid[2], grid[4])))
            assertTrue(app.signIn(ayesha.id, listOf(grid[2], grid[0], grid[4])) is SignInResult.SignedIn)

            app.deleteLearner(sami.id)
            assertFailsWith<ApiException.NotFound> { app.learner(sami.id) }
            assertEquals(listOf("Ayesha"), app.learners().map { it.nickname })
        }
    }

    @Test
    fun `help contacts and a reporting pathway for a country, with sources and check-this-number flags`() {
        SafeSteps(db, OpenOptions(preferredLocales = listOf("en"), country = "ZM")).use { app ->
            // 2026-11-23 12:00 UTC
            val at = 1795435200000L
            val deaf = app.contacts(ContactQuery(deafAccessible = true), at)
            assertTrue(deaf.isNotEmpty())
            assertTrue(deaf.all { c -> c.channels.all { it.usableWithoutHearing } })
            val all = app.contacts(ContactQuery(emergencyFirst = true), at)
            assertEquals(ContactKind.EMERGENCY, all.first().kind)
            val childline = all.first { it.organisation.startsWith("Lifeline/Childline Zambia") }
            assertEquals(OpenState.OPEN, childline.channels.first { it.value == "116" }.open)
            assertTrue(childline.sourceUrl.startsWith("http"))

            val pathway = app.pathway("threatened-over-picture", "PK", null, at)
            assertTrue(pathway.quickExitHint.contains("Quick exit"))
            val helpline = pathway.steps.first { it.id == "helpline" }
            assertTrue(helpline.contacts.any { it.organisation.contains("Digital Rights Foundation") })
            val unchecked = pathway.steps.flatMap { it.contacts }.filter { it.verifyBeforeShipping }
            assertTrue(unchecked.isNotEmpty())
            assertTrue(unchecked.all { it.id in pathway.unverifiedContactIds && it.verifyNote != null })
            assertEquals(8, app.pathways().size)
            assertFailsWith<ApiException.NotFound> { app.pathway("nope", "PK", null, at) }
        }
    }

    @Test
    fun `channels carry the core's action URIs and no research note reaches a user`() {
        SafeSteps(db, OpenOptions(preferredLocales = listOf("en"), country = "US")).use { app ->
            val at = 1795435200000L
            fun uri(cc: String, value: String) = app.contacts(ContactQuery(country = cc), at)
                .flatMap { it.channels }.first { it.value == value }.actionUri
            assertEquals("tel:18002255324", uri("US", "1-800-CALL-FBI"))
            assertEquals("https://wa.me/5561996110100", uri("BR", "(61) 99611-0100"))
            assertEquals("https://wa.me/917587628293", uri("IN", "7587628293"))
            assertEquals("tel:*134*10111%23", uri("ZA", "*134*10111#"))
            assertEquals("mailto:help@nspcc.org.uk", uri("GB", "help@nspcc.org.uk"))
            assertEquals("https://www.childline.org.uk", uri("GB", "https://www.childline.org.uk"))
            assertEquals(null, uri("PK", "ConnectHear app"))

            var d: java.io.File? = java.io.File(System.getProperty("user.dir")).absoluteFile
            while (d != null && !java.io.File(d, "content/contacts").isDirectory) d = d.parentFile
            val notes = java.io.File(assertNotNull(d), "content/contacts").listFiles().orEmpty()
                .flatMap { f -> f.readLines().filter { it.startsWith("notes = \"") } }
                .map { it.removePrefix("notes = \"").removeSuffix("\"").replace("\\\"", "\"") }
            assertTrue(notes.size > 50)
            val shown = StringBuilder()
            for (cc in listOf("PK", "ZA", "ZM", "GB", "KE", "IN", "PH", "BR", "US", "DE", "FR")) {
                shown.append(app.contacts(ContactQuery(country = cc, forChild = true), at))
                shown.append(app.contacts(ContactQuery(country = cc), at))
                for (p in app.pathways()) shown.append(app.pathway(p.id, cc, null, at))
            }
            for (p in app.pathways()) shown.append(app.pathway(p.id, null, null, at))
            val text = shown.toString()
            assertTrue(text.contains("INHOPE lists the internet hotlines"))
            for (n in notes) assertFalse(text.contains(n), "research note shown: $n")
        }
    }

    @Test
    fun `a teacher assigns on one device, a child completes it on another, progress comes back`() {
        val teacherDb = dir.resolve("teacher.sqlite").toString()
        val phoneDb = dir.resolve("phone.sqlite").toString()
        SafeSteps(teacherDb, options).use { teacherApp ->
            teacherApp.setTeacherPin(null, "2468")
            assertFailsWith<ApiException.Locked> { teacherApp.teacherArea("1111") }
            teacherApp.teacherArea("2468").use { area ->
                val cls = area.createClass("Grade 6 A")
                area.assign(NewAssignment(listOf("private-info"), AssignmentTarget.Class(cls.id), null, null))
                val toPhone = area.exportAssignmentsBundle()

                SafeSteps(phoneDb, options).use { phone ->
                    // Not paired yet: the teacher's bundle is refused on the phone.
                    val refused = assertFailsWith<ApiException.BundleRefused> { phone.importBundle(toPhone) }
                    assertContains(refused.detail, "not paired")
                    // Pairing: each device reads the other's QR text and the six digits on its screen.
                    val teacherOffer = teacherApp.pairingOffer()
                    val mismatch = assertFailsWith<ApiException.BundleRefused> { phone.pairTeacherDevice(teacherOffer.offer, "12345x") }
                    assertEquals("pairing", mismatch.reason)
                    assertEquals(PeerRole.TEACHER, phone.pairTeacherDevice(teacherOffer.offer, teacherOffer.code).role)
                    val phoneOffer = phone.pairingOffer()
                    area.pairLearnerDevice(phoneOffer.offer, phoneOffer.code)
                    assertEquals(listOf(PeerRole.LEARNER), teacherApp.pairedDevices().map { it.role })
                    // The bundle travels as QR-sized pieces; one arrives twice.
                    val pieces = phone.bundleChunks(toPhone, 300)
                    assertTrue(pieces.size > 1)
                    val progress: List<ChunkProgress> = (listOf(pieces.first()) + pieces).map { phone.receiveChunk(it) }
                    assertEquals(1, progress[1].received, "a repeated piece is counted once")
                    assertTrue(progress.dropLast(1).all { it.imported == null }, "nothing applied before the last piece")
                    val imported = assertNotNull(progress.last().imported)
                    assertEquals(BundleKind.ASSIGNMENTS, imported.kind)

                    val kid = phone.createLearner("Zola", "tree", AgeBand.AGES6_TO9)
                    phone.setTeacherPin(null, "1357")
                    phone.teacherArea("1357").use { it.addToClass(cls.id, kid.id) }
                    val first = phone.modules(kid.id).first()
                    assertEquals("private-info", first.id)
                    assertNotNull(first.assignment)
                    for (step in phone.lesson("private-info-1", kid.id).steps) {
                        phone.markStepSeen(kid.id, step.id)
                        step.question?.let { phone.answer(kid.id, it.id, listOf("stop-tell-adult"), 3000L) }
                    }
                    val back = phone.exportProgressBundle(emptyList())
                    val summary = teacherApp.importBundle(back)
                    assertEquals(1, summary.learnersAdded)
                    area.addToClass(cls.id, kid.id)
                    assertEquals(0, teacherApp.importBundle(back).eventsAdded, "importing twice changes nothing")

                    val report = area.classReport(cls.id)
                    val line = report.learners.single()
                    assertEquals("Zola", line.nickname)
                    assertEquals(1, line.completed)
                    assertEquals(1, line.mastered)
                    assertTrue(area.exportAggregateCsv(5).contains("<5"), "one learner is suppressed")

                    val altered = back.copyOf()
                    altered[altered.size / 2] = (altered[altered.size / 2].toInt() xor 0x40).toByte()
                    assertFailsWith<ApiException.BundleRefused> { teacherApp.importBundle(altered) }
                }
            }
        }
    }

    /** What an app's logger would receive (Logcat in the demo). */
    private class ListSink : LogSink {
        val lines = java.util.Collections.synchronizedList(mutableListOf<Triple<LogLevel, String, String>>())
        override fun log(level: LogLevel, target: String, message: String) {
            lines.add(Triple(level, target, message))
        }
    }

    @Test
    fun `the core's log lines reach the app's sink and never carry a nickname`() {
        val sink = ListSink()
        setLogSink(sink, LogLevel.INFO)
        try {
            val phoneDb = dir.resolve("phone.sqlite").toString()
            val (back, offer) = SafeSteps(phoneDb, options).use { phone ->
                val kid = phone.createLearner("Nomvula", "tree", AgeBand.AGES10_TO14)
                phone.markStepSeen(kid.id, "private-info-1-meet-sami")
                phone.exportProgressBundle(emptyList()) to phone.pairingOffer()
            }
            SafeSteps(db, options).use { teacher ->
                teacher.setTeacherPin(null, "2468")
                teacher.teacherArea("2468").use { it.pairLearnerDevice(offer.offer, offer.code) }
                teacher.importBundle(back)
                val altered = back.copyOf()
                altered[altered.size / 2] = (altered[altered.size / 2].toInt() xor 0x40).toByte()
                assertFailsWith<ApiException.BundleRefused> { teacher.importBundle(altered) }
                teacher.teacherArea("2468").use { it.classes() }
            }
            val lines = sink.lines.toList()
            assertTrue(lines.any { it.first == LogLevel.INFO && it.third.contains("bundle imported") }, "$lines")
            assertTrue(lines.any { it.first == LogLevel.WARN && it.third.contains("refused") }, "$lines")
            assertTrue(lines.any { it.third.contains("teacher session opened") }, "$lines")
            assertTrue(lines.all { it.second.startsWith("safesteps") })
            assertFalse(lines.any { it.third.contains("Nomvula") }, "no nickname in a log line")
        } finally {
            clearLogSink()
        }
    }

    @Test
    fun `a teacher session is a capability that ends and every error kind is typed`() {
        SafeSteps(db, options).use { app ->
            assertFailsWith<ApiException.Locked> { app.teacherArea("2468") }
            app.setTeacherPin(null, "2468")
            val area = app.teacherArea("2468")
            area.createClass("Grade 4")
            area.endSession()
            assertFailsWith<ApiException.Locked> { area.classes() }
            val again = app.teacherArea("2468")
            assertEquals(1, again.classes().size)
            app.eraseTeacherMode()
            assertFailsWith<ApiException.Locked>("erasing teacher mode ends open sessions") { again.classes() }
            // Closing: a call from another thread after close throws a typed Closed error.
            val other = SafeSteps(dir.resolve("other.sqlite").toString(), options)
            val kid = other.createLearner("Kite", "kite", null)
            other.closeDatabase()
            val t = Thread { assertFailsWith<ApiException.Closed> { other.learner(kid.id) } }
            t.start()
            t.join()
            assertFailsWith<ApiException.Closed> { other.modules(kid.id) }
            other.close()
            assertFailsWith<ApiException.InvalidInput>("an empty path is not a database") { SafeSteps("", options) }
            // The kinds exist for apps to branch on, and carry their code, text and detail.
            val kinds: List<ApiException> = listOf(
                ApiException.StorageFull("storage-full", null, "full", "disk full"),
                ApiException.Internal("internal", null, "fault", "no randomness"),
            )
            assertEquals(listOf("full", "fault"), kinds.map { e ->
                when (e) {
                    is ApiException.StorageFull -> e.text
                    is ApiException.Internal -> e.text
                    else -> "?"
                }
            })
        }
    }
}
