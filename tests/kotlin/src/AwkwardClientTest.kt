// An app developer's careless client on the JVM: a seeded random sequence of calls with
// existing ids, changed ids and awkward text (empty, huge, control and bidirectional
// characters, half of a surrogate pair as `take(n)` leaves it in the middle of an emoji),
// negative and extreme numbers.
package org.safesteps.tests

import java.nio.charset.CharacterCodingException
import java.nio.file.Path
import kotlin.random.Random
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue
import kotlin.test.fail
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.AgeBand
import org.safesteps.core.ApiException
import org.safesteps.core.ContactQuery
import org.safesteps.core.LearnerSettings
import org.safesteps.core.OpenOptions
import org.safesteps.core.SafeSteps

class AwkwardClientTest {
    @TempDir
    lateinit var dir: Path
    private val db get() = dir.resolve("safesteps.sqlite").toString()
    private val options = OpenOptions(preferredLocales = listOf("en"))

    private val forbidden =
        setOf(
            "internal", "storage", "storage-full", "database-corrupt", "foreign-database",
            "database-read-only", "database-too-new", "closed",
        )

    private val awkward =
        listOf(
            "", " ", "\u0000", "\u202Eevil\u202C", "\u200B", "a\nb\tc\r", "😀👍🏽", "{ \$name }",
            "%s%n", "../../etc/passwd", "'; DROP TABLE learners;--", "１２３４５６７８９０",
            "call 0800 055 555", "kid@example.org", "en", "ur-PK", "x-klingon", "PK", "pks",
        )

    /** A refusal as the API must give it: a kind the call can give, short messages without control characters. */
    private fun check(e: ApiException) {
        val info = e.info()
        assertTrue(info.code !in forbidden, "${info.code}: ${info.detail.take(200)}")
        for (message in listOf(info.detail, info.text, e.message.orEmpty())) {
            assertTrue(message.length <= 600, "${info.code} message of ${message.length} characters")
            assertTrue(message.none { it.isISOControl() }, "control character in: ${message.take(200)}")
        }
    }

    /** Half of a surrogate pair: what `"Kite😀".take(5)` gives. */
    private val halves = listOf("Kite😀".take(5), "\uDC00x", "a\uD83D")

    private class Tally {
        var succeeded = 0
        var refused = 0
        var notEncodable = 0
    }

    private inner class Client(val app: SafeSteps, val rng: Random) {
        val learners = mutableListOf<String>()
        val modules = app.modules(null)
        val lessons = modules.flatMap { it.lessonIds }
        val steps = lessons.flatMap { l -> app.lesson(l, null).steps.map { it.id } }
        val questions = mutableListOf<String>()
        val options = mutableListOf<String>()
        val avatars = app.avatars().map { it.id }
        val pathways = app.pathways().map { it.id }
        val bundles = mutableListOf<ByteArray>()
        val tally = Tally()

        /** Whether a text of the current call holds half of a surrogate pair. */
        var half = false

        init {
            for (s in steps) {
                try {
                    val q = app.question(s, null)
                    questions += s
                    options += q.options.map { it.id }
                } catch (e: ApiException) {
                    check(e)
                }
            }
        }

        fun text(pool: List<String> = emptyList()): String {
            val pick = rng.nextInt(11)
            return when {
                pick < 5 && pool.isNotEmpty() -> pool.random(rng)
                pick == 5 && pool.isNotEmpty() -> pool.random(rng) + awkward.random(rng)
                pick == 6 -> awkward.drop(1).random(rng).repeat(1 + rng.nextInt(20_000))
                pick == 7 -> halves.random(rng).also { half = true }
                pick < 10 -> awkward.random(rng)
                else -> String(CharArray(rng.nextInt(30)) { (32 + rng.nextInt(0xD7FF - 32)).toChar() })
            }
        }

        fun texts(pool: List<String> = emptyList()) = List(rng.nextInt(4)) { text(pool) }

        fun maybe(pool: List<String> = emptyList()) = if (rng.nextInt(10) < 7) text(pool) else null

        fun int() = listOf(Int.MIN_VALUE, Int.MAX_VALUE, -1, 0, 1, 3, rng.nextInt()).random(rng)

        fun long() = listOf(null, Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, rng.nextLong()).random(rng)

        fun <T> call(work: () -> T): T? {
            try {
                return work().also { tally.succeeded++ }
            } catch (e: ApiException) {
                check(e)
                tally.refused++
            } catch (e: CharacterCodingException) {
                // The bindings cannot encode half a surrogate pair as UTF-8: they throw
                // before the call reaches the core, so nothing was done.
                assertTrue(half, "CharacterCodingException without half a surrogate pair: $e")
                tally.notEncodable++
            }
            return null
        }

        fun oneCall() {
            half = false
            when (rng.nextInt(16)) {
                0, 1 -> {
                    val age = listOf(null, AgeBand.AGES6_TO9, AgeBand.AGES10_TO14, AgeBand.AGES15_TO17).random(rng)
                    call { app.createLearner(text(), text(avatars), age) }?.let { learners += it.id }
                }
                2 -> call { app.updateLearner(text(learners), text(), text(avatars), null) }
                3 -> call {
                    app.updateLearnerSettings(text(learners), LearnerSettings(locales = texts(), signLanguage = maybe()))
                }
                4 -> {
                    val id = text(learners)
                    if (call { app.deleteLearner(id) } != null) {
                        assertTrue(learners.remove(id), "deleted a learner this client never made")
                    }
                }
                5 -> call { app.lesson(text(lessons), maybe(learners)) }
                6 -> call { app.markStepSeen(text(learners), text(steps)) }
                7, 8 -> call { app.answer(text(learners), text(questions), texts(options), long()) }
                9 -> call { app.checkAnswer(text(questions), texts(options), int()) }
                10 -> call { app.setPreferredLocales(texts()) }
                11 -> call { app.uiText(texts()) }
                12 -> call { app.contacts(ContactQuery(country = maybe(), language = maybe()), long()) }
                13 -> call { app.pathway(text(pathways), maybe(), maybe(), long()) }
                14 -> call { app.exportProgressBundle(texts(learners)) }?.let { bundle ->
                    bundles += bundle
                    call { app.bundleChunks(bundle, int()) }?.let { bundles += it }
                }
                else -> {
                    val bytes = if (bundles.isNotEmpty() && rng.nextBoolean()) bundles.random(rng).copyOf() else rng.nextBytes(rng.nextInt(300))
                    if (bytes.isNotEmpty() && rng.nextBoolean()) {
                        val at = rng.nextInt(bytes.size)
                        bytes[at] = (bytes[at].toInt() xor 0x10).toByte()
                    }
                    if (rng.nextBoolean()) call { app.importBundle(bytes) } else call { app.receiveChunk(bytes) }
                }
            }
        }
    }

    @Test
    fun `a careless client gets typed short errors, and loses nothing`() {
        var expected: List<String>
        SafeSteps(db, options).use { app ->
            val client = Client(app, Random(17))
            repeat(1_500) { client.oneCall() }
            val t = client.tally
            assertTrue(t.succeeded > 150 && t.refused > 150 && t.notEncodable > 10, "${t.succeeded}/${t.refused}/${t.notEncodable}")
            expected = client.learners.sorted()
            assertEquals(expected, app.learners().map { it.id }.sorted())
        }
        SafeSteps(db, options).use { app ->
            assertEquals(expected, app.learners().map { it.id }.sorted())
        }
    }

    @Test
    fun `half a surrogate pair is refused before the core and changes nothing`() {
        SafeSteps(db, options).use { app ->
            val kid = app.createLearner("Kite", "kite", null)
            for (nickname in halves) {
                try {
                    app.updateLearner(kid.id, nickname, "kite", null)
                    fail("half a surrogate pair was passed to the core: ${nickname.toList()}")
                } catch (e: CharacterCodingException) {
                    // expected: the bindings could not encode it
                }
            }
            assertEquals("Kite", app.learner(kid.id).nickname)
            // Cutting by code points instead keeps the emoji whole or leaves it out.
            val cut = "Kite😀".let { it.substring(0, it.offsetByCodePoints(0, 5)) }
            assertEquals("Kite😀", app.updateLearner(kid.id, cut, "kite", null).nickname)
        }
    }

    @Test
    fun `media files go only into the cache folder given, and only when it is one`() {
        SafeSteps(db, options).use { app ->
            val star = app.avatars().first { it.id == "star" }
            val cache = dir.resolve("cache").toFile().apply { mkdir() }
            val notAFolder = dir.resolve("notes.txt").toFile().apply { writeText("the app's own file\n") }
            val before = dir.toFile().list()!!.sorted()
            for (folder in listOf(cache.resolve("missing"), notAFolder, dir.resolve("x".repeat(300)).toFile())) {
                check(assertFailsWith<ApiException.InvalidInput> { app.mediaFile(star.path, folder.path) })
            }
            for (id in listOf("media/no-such.svg", "pack.toml", "../" + star.path, "")) {
                check(assertFailsWith<ApiException.NotFound> { app.mediaFile(id, cache.path) })
            }
            assertEquals(before, dir.toFile().list()!!.sorted())
            assertEquals("the app's own file\n", notAFolder.readText())
            assertEquals(emptyList(), cache.list()!!.toList())
            // The same media twice is one whole file, named by its content.
            val first = app.mediaFile(star.path, cache.path)
            assertEquals(first, app.mediaFile(star.path, cache.path))
            assertEquals(listOf(java.io.File(first).name), cache.list()!!.toList())
            assertContentEquals(app.media(star.path), java.io.File(first).readBytes())
        }
    }
}
