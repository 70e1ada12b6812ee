// The help screen and reporting pathways for a chosen country, through Help and Pathway.
package org.safesteps.demo

import java.nio.file.Path
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.safesteps.core.Audience
import org.safesteps.core.ContactKind
import org.safesteps.core.OpenState

class HelpScreenTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `the help screen shows the chosen country's contacts, emergency first, with open-now in words`() {
        openCore(dir, country = "PK").use { app ->
            val help = Help(app, clock = { MondayNoonUtc })
            help.load()
            assertEquals("PK", help.state.country, "the app's country by default")

            help.chooseCountry("ZM")
            with(help.state) {
                assertEquals("ZM", country)
                assertTrue(contacts.isNotEmpty())
                // A child's list: Zambia's 991 may not work, so the checked helpline stands in
                // first, says why, and the emergency entry follows with its warning.
                assertTrue(contacts.first().standIn)
                assertEquals(ContactKind.CHILD_HELPLINE, contacts.first().kind)
                assertNotNull(contacts.first().fallbackNote)
                assertEquals(ContactKind.EMERGENCY, contacts[1].kind)
                assertTrue(contacts[1].checkThisNumber)
                val childline = contacts.first { it.organisation.startsWith("Lifeline/Childline Zambia") }
                val call = childline.channels.first { it.value == "116" }
                assertEquals(OpenState.OPEN, call.open)
                assertTrue(call.status.isNotBlank(), "open or closed is said in words, not only by colour")
                assertEquals("Child helpline", childline.kindLabel)
                assertTrue(childline.sourceUrl.startsWith("http"))
                assertEquals(Audience.CHILD, situations.first().audience, "the child's situations come first")
            }
        }
    }

    @Test
    fun `every channel opens the URI the core made, never one rebuilt from the shown digits`() {
        openCore(dir, country = "US").use { app ->
            val help = Help(app, "US", clock = { MondayNoonUtc })
            help.load()
            fun channel(value: String) = help.state.contacts.flatMap { it.channels }.first { it.value == value }
            val fbi = channel("1-800-CALL-FBI")
            assertEquals("tel:18002255324", fbi.actionUri, "the whole vanity number, not 1800")
            assertEquals(OpensWith.DIAL, fbi.opensWith)
            help.chooseCountry("BR")
            val whatsapp = channel("(61) 99611-0100")
            assertEquals("https://wa.me/5561996110100", whatsapp.actionUri, "a Brazilian number stays Brazilian")
            assertEquals(OpensWith.VIEW, whatsapp.opensWith)
            help.chooseCountry("ZA")
            assertEquals("tel:*120*7867%23", channel("*120*7867#").actionUri)
            assertEquals("sms:31531", channel("31531").actionUri)
            assertEquals(OpensWith.SEND_TO, channel("31531").opensWith)
            assertEquals(null, channel("Vodacom National Relay Service").actionUri, "a named service opens nothing")
            assertEquals(null, channel("Vodacom National Relay Service").opensWith)
            help.chooseCountry("PH")
            assertEquals("mailto:makabata1383@cwc.gov.ph", channel("makabata1383@cwc.gov.ph").actionUri)
            assertEquals(OpensWith.SEND_TO, channel("makabata1383@cwc.gov.ph").opensWith)
            assertTrue(help.state.countries.containsAll(listOf("PK", "ZA", "ZM", "GB")), "countries with contacts come from the core")
            for (cc in help.state.countries) {
                help.chooseCountry(cc)
                for (ch in help.state.contacts.flatMap { it.channels }) {
                    if (ch.actionUri != null) assertNotNull(ch.opensWith, "$cc ${ch.actionUri}")
                }
            }
        }
    }

    @Test
    fun `no research note reaches the help screens, for a child or a caregiver`() {
        val notes = researchNotes()
        assertTrue(notes.size > 50, "the pack's research notes were read: ${notes.size}")
        openCore(dir, country = "ZM").use { app ->
            val shown = StringBuilder()
            for (forChild in listOf(true, false)) {
                val help = Help(app, forChild = forChild, clock = { MondayNoonUtc })
                help.load()
                for (cc in help.state.countries) {
                    help.chooseCountry(cc)
                    shown.append(help.state.toString())
                    for (s in help.state.situations) {
                        val p = Pathway(app, s.id, cc, clock = { MondayNoonUtc })
                        p.load()
                        shown.append(p.state.toString())
                    }
                }
            }
            val text = shown.toString()
            assertTrue(text.contains("INHOPE lists the internet hotlines"), "the public note is shown")
            for (n in notes) assertFalse(text.contains(n), "research note shown: $n")
            assertFalse(text.contains("do not ship", ignoreCase = true))
            for (remark in listOf("exact path unverified", "evidence vault", "URL not found", "per ER24")) {
                assertFalse(text.contains(remark), "a research remark on a channel is shown: $remark")
            }
        }
    }

    @Test
    fun `the deaf-accessible filter keeps only contacts and channels usable without hearing`() {
        openCore(dir, country = "ZM").use { app ->
            val help = Help(app, "ZM", clock = { MondayNoonUtc })
            help.load()
            val everything = help.state.contacts
            help.setDeafAccessibleOnly(true)
            with(help.state) {
                assertTrue(deafAccessibleOnly)
                assertTrue(contacts.isNotEmpty())
                assertTrue(contacts.size < everything.size, "voice-only contacts are left out")
                assertTrue(contacts.all { c -> c.channels.isNotEmpty() && c.channels.all { it.usableWithoutHearing } })
            }
            help.setDeafAccessibleOnly(false)
            assertEquals(everything, help.state.contacts)
        }
    }

    @Test
    fun `an unverified contact is flagged check this number, with the reason`() {
        openCore(dir, country = "PK").use { app ->
            val help = Help(app, "PK", clock = { MondayNoonUtc })
            help.load()
            help.setDeafAccessibleOnly(true)
            val flagged = help.state.contacts.filter { it.checkThisNumber }
            assertTrue(flagged.isNotEmpty())
            assertEquals(flagged.size, help.state.toCheck)
            assertTrue(flagged.any { it.kind == ContactKind.DEAF_SUPPORT })
            flagged.forEach { assertTrue(assertNotNull(it.checkNote).startsWith("This contact has not been checked yet")) }
            assertTrue(help.state.contacts.filterNot { it.checkThisNumber }.all { it.checkNote == null })
        }
    }

    @Test
    fun `the open-now filter leaves only contacts open at that moment`() {
        openCore(dir, country = "ZM").use { app ->
            val help = Help(app, "ZM", clock = { MondayNoonUtc })
            help.load()
            help.setOpenNowOnly(true)
            assertTrue(help.state.contacts.isNotEmpty())
            assertTrue(help.state.contacts.all { c -> c.channels.all { it.open == OpenState.OPEN } })
        }
    }

    @Test
    fun `a pathway gives its steps with the country's contacts, and Quick exit signals the app at once`() {
        openCore(dir, country = "PK").use { app ->
            var exited = 0
            val pathway = Pathway(app, "threatened-over-picture", "PK", clock = { MondayNoonUtc }, onQuickExit = { exited++ })
            pathway.load()
            with(pathway.state) {
                assertEquals("Someone threatens to share a picture of me", title)
                assertTrue(quickExitHint.contains("Quick exit"))
                assertEquals((1..steps.size).toList(), steps.map { it.number })
                val helpline = steps.single { it.text.startsWith("You can talk to a child helpline") }
                assertTrue(helpline.contacts.any { it.organisation.contains("Digital Rights Foundation") })
                assertTrue(toCheck > 0)
                assertFalse(exitNow)
            }
            val full = pathway.state.steps.first().text
            pathway.setEasyRead(true)
            assertEquals("It is not your fault.", pathway.state.steps.first().text)
            assertTrue(full.length > pathway.state.steps.first().text.length)

            pathway.quickExit()
            assertEquals(1, exited)
            assertTrue(pathway.state.exitNow)

            val help = Help(app, "PK", onQuickExit = { exited++ })
            help.quickExit()
            assertEquals(2, exited)
            assertTrue(help.state.exitNow)
        }
    }

    @Test
    fun `a caregiver reads the caregiver module and the worried-about-child pathway`() {
        openCore(dir, country = "ZM").use { app ->
            var exited = false
            val caregiver = Caregiver(app, "ZM", clock = { MondayNoonUtc }, onQuickExit = { exited = true })
            caregiver.load()
            with(caregiver.state) {
                assertEquals("For parents and caregivers", moduleTitle)
                assertEquals(3, lessons.size)
            }
            caregiver.openLesson("caregivers-1")
            with(caregiver.state) {
                assertEquals("Signs to notice", lessonTitle)
                val question = steps.last()
                assertEquals(4, question.number)
                assertTrue(assertNotNull(question.question).isNotBlank())
                assertEquals(5, question.options.size)
            }
            caregiver.openWorriedPathway()
            val pathway = assertNotNull(caregiver.state.pathway)
            assertEquals("I am worried about a child", pathway.title)
            assertTrue(pathway.steps.flatMap { it.contacts }.any { it.kind == ContactKind.CHILD_HELPLINE })
            caregiver.quickExit()
            assertTrue(exited)
        }
    }
}

/** The `notes = "..."` of every contact file in the checkout's content/contacts. */
fun researchNotes(): List<String> {
    var d: java.io.File? = java.io.File(System.getProperty("user.dir")).absoluteFile
    while (d != null && !java.io.File(d, "content/contacts").isDirectory) d = d.parentFile
    val folder = java.io.File(checkNotNull(d) { "no content/contacts above the working folder" }, "content/contacts")
    return folder.listFiles { f -> f.name.endsWith(".toml") }.orEmpty().flatMap { f ->
        f.readLines().filter { it.startsWith("notes = \"") }.map { line ->
            line.removePrefix("notes = \"").removeSuffix("\"").replace("\\\"", "\"").replace("\\\\", "\\")
        }
    }
}
