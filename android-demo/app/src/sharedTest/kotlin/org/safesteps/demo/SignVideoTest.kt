// The lesson screen's sign-language video: a signed pack with one recorded video (made here
// with the project's own CLI from the default pack), played first when the learner asks for
// it, captions on, pause and replay, and back where it was after a rotation.
package org.safesteps.demo

import java.io.File
import java.nio.file.Path
import java.security.MessageDigest
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.LearnerSettings
import org.safesteps.core.MediaKind
import org.safesteps.core.OpenOptions
import org.safesteps.core.SafeSteps

class SignVideoTest {
    @TempDir
    lateinit var dir: Path

    private val step = "private-info-1-meet-sami"
    private val videoFile = "media/video/pks/$step.mp4"
    private val captionsFile = "media/captions/en/$step.vtt"

    /** The repository (the default pack's source and the CLI next to the native library). */
    private fun repo(): File? {
        var d: File? = File(System.getProperty("user.dir")).absoluteFile
        while (d != null) {
            if (File(d, "content/pack.toml").isFile && File(d, "android-demo").isDirectory) return d
            d = d.parentFile
        }
        return null
    }

    private fun run(vararg command: String) {
        val p = ProcessBuilder(*command).redirectErrorStream(true).start()
        val out = p.inputStream.bufferedReader().readText()
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "${command.joinToString(" ")}: $out")
    }

    /** The default pack, version 99, with a recorded and approved Pakistan Sign Language video of the first step; signed. */
    private fun packWithVideo(): Pair<String, String> {
        val root = repo()
        val cli = System.getProperty("jna.library.path")?.let { File(it, "safesteps") }
        assumeTrue(root != null && cli != null && cli.canExecute(), "needs the checkout and target/debug/safesteps")
        val src = dir.resolve("pack").toFile()
        File(root!!, "content").copyRecursively(src)
        val manifest = File(src, "pack.toml")
        manifest.writeText(manifest.readText().replaceFirst(Regex("(?m)^version = .*$"), "version = \"99.0.0\""))
        // A stand-in for the recorded file: the core serves bytes; the checker checks size and hash.
        val bytes = ByteArray(4096) { (it * 31 % 251).toByte() }
        File(src, videoFile).apply { parentFile.mkdirs(); writeBytes(bytes) }
        File(src, captionsFile).apply {
            parentFile.mkdirs()
            writeText("WEBVTT\n\n00:00.000 --> 00:02.000\nThis is Sami.\n\n00:02.000 --> 00:04.000\nSami likes games.\n")
        }
        val sha = MessageDigest.getInstance("SHA-256").digest(bytes).joinToString("") { "%02x".format(it) }
        val videos = File(src, "media/videos.toml")
        // The step leaves the pks "needs recording" list and gets a recorded entry.
        val listed = videos.readLines().joinToString("\n") { if (it.startsWith("pks = ")) it.replace("\"$step\", ", "") else it }
        videos.writeText(
            listed + "\n[[video]]\nstep = \"$step\"\nsign_language = \"pks\"\nstatus = \"recorded\"\n" +
                "file = \"$videoFile\"\nbytes = ${bytes.size}\nsha256 = \"$sha\"\ncaptions = { en = \"$captionsFile\" }\n" +
                "signer = \"Ama\"\n" +
                // Only a video a second signer approved is shown to children.
                "\n[video.review]\nreviewer = \"Kofi\"\ndecision = \"approved\"\nat = \"2026-11-29T02:05:00Z\"\n",
        )
        val key = dir.resolve("publisher.key").toString()
        run(cli!!.path, "pack", "keygen", "-o", key)
        val out = dir.resolve("video.sspack").toString()
        run(cli.path, "pack", "build", src.path, "-o", out, "--key", key)
        return out to File("$key.pub").readText().trim()
    }

    @Test
    fun `the learner's sign-language video plays first with captions, pauses, replays and survives rotation`() {
        val (pack, key) = packWithVideo()
        SafeSteps(dir.resolve("app.sqlite").toString(), OpenOptions(preferredLocales = listOf("en"), country = "PK", trustedPublisherKeys = listOf(key))).use { app ->
            app.installPack(pack, false)
            val kid = app.child()
            app.updateLearnerSettings(kid.id, LearnerSettings(signLanguage = "pks", signVideoFirst = true, captions = true))

            val player = LessonPlayer(app, kid.id, "private-info-1")
            player.load()
            with(player.state) {
                assertEquals(MediaKind.SIGN_VIDEO, mediaOrder.first(), "sign video first, as the setting says")
                assertTrue(signVideoFirst)
                val p = assertNotNull(playback, "the step has a recorded pks video")
                assertEquals("pks", p.signLanguage)
                assertEquals(videoFile, p.videoPath)
                assertEquals(captionsFile, p.captionsPath, "captions on")
                assertEquals("en", p.captionsLocale)
                assertTrue(p.playing, "it starts by itself")
                assertEquals(1, p.plays)
            }
            // The player reads the file through the core.
            assertEquals(4096, app.media(player.state.playback!!.videoPath).size)
            assertTrue(app.media(player.state.playback!!.captionsPath!!).decodeToString().startsWith("WEBVTT"))

            player.videoProgress(1500)
            player.pauseVideo()
            assertFalse(player.state.playback!!.playing)
            player.toggleCaptions()
            with(assertNotNull(player.state.playback)) {
                assertNull(captionsPath, "captions off: no text track")
                assertEquals(1500, positionMs, "switching captions keeps the place")
            }
            player.toggleCaptions()
            player.playVideo()
            player.videoProgress(2500)

            // Rotation: the same video, playing on from 2.5 s.
            val again = LessonPlayer(app, kid.id, "private-info-1", player.save())
            again.load()
            assertEquals(player.state, again.state)

            again.videoEnded()
            assertFalse(again.state.playback!!.playing)
            assertTrue(again.state.playback!!.ended)
            again.playVideo()
            assertFalse(again.state.playback!!.playing, "after the end only Replay starts it")
            again.replayVideo()
            with(assertNotNull(again.state.playback)) {
                assertTrue(playing)
                assertEquals(0, positionMs)
                assertFalse(ended)
                assertEquals(2, plays)
            }

            // The next step has no recorded video: no player, the text and picture carry it.
            again.next()
            assertNull(again.state.playback)
            assertEquals(false, again.state.video?.recorded)

            // Without "sign video first" the video waits for the Play button.
            app.updateLearnerSettings(kid.id, LearnerSettings(signLanguage = "pks", signVideoFirst = false))
            val calm = LessonPlayer(app, kid.id, "private-info-1", mapOf("step" to 0))
            calm.load()
            with(assertNotNull(calm.state.playback)) {
                assertFalse(playing)
                assertEquals(0, plays)
            }
            assertTrue(calm.state.mediaOrder.indexOf(MediaKind.SIGN_VIDEO) > 0)
            calm.playVideo()
            assertTrue(calm.state.playback!!.playing)
        }
    }
}
