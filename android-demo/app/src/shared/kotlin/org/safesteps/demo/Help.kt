package org.safesteps.demo

import java.util.concurrent.Executor
import org.safesteps.core.Audience
import org.safesteps.core.ContactQuery
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection

/** A situation with a reporting pathway ("Someone asks me for pictures"). */
data class SituationUi(val id: String, val title: String, val audience: Audience)

data class HelpState(
    /** ISO 3166-1 alpha-2 country whose contacts are shown. */
    val country: String? = null,
    /** Countries the pack has contacts for (from the core), to choose from. */
    val countries: List<String> = emptyList(),
    val deafAccessibleOnly: Boolean = false,
    val openNowOnly: Boolean = false,
    val direction: TextDirection = TextDirection.LTR,
    /** Emergency first, then open ones; each with its channels and open-now status in words. */
    val contacts: List<ContactUi> = emptyList(),
    /** How many contacts carry "Check this number". */
    val toCheck: Int = 0,
    /** Situations, the child's first. */
    val situations: List<SituationUi> = emptyList(),
    /** Quick exit was pressed: the app leaves at once. */
    val exitNow: Boolean = false,
    /** The screen's words (the learner's language when opened from their screens); `some-to-check` formatted. */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

/** The words of the help screen. */
val HelpKeys = listOf(
    "get-help", "what-happened", "where-are-you", "country", "choose-country", "who-can-help", "help-contacts",
    "deaf-accessible-only", "open-now-only", "no-contacts", "check-this-number", "check-before-relying",
    "deaf-support", "hours-unknown", "works-without-hearing", "dial-code-help",
)


/**
 * Help: contacts for a chosen country, filters, situations, and Quick exit. [forChild]
 * (the default) asks the core for a child's list: an emergency list never holds only
 * numbers that may not work; a caregiver's list shows every contact with its status.
 */
class Help(
    private val app: SafeSteps,
    country: String? = null,
    private val forChild: Boolean = true,
    private val clock: () -> Long = System::currentTimeMillis,
    private val onQuickExit: () -> Unit = {},
    saved: Saved = emptyMap(),
    executor: Executor = DirectExecutor,
    /** The learner whose screens opened help (their language), or null for the app's. */
    private val learnerId: String? = null,
) : StateHolder<HelpState>(
    HelpState(
        country = saved.string("country") ?: country,
        deafAccessibleOnly = saved.bool("deafOnly") ?: false,
        openNowOnly = saved.bool("openNow") ?: false,
    ),
    executor,
) {
    override fun withError(state: HelpState, message: String?) = state.copy(error = message)

    /** Saved: the country chosen and the filters. */
    override fun save(): Saved = mapOf(
        "country" to state.country,
        "deafOnly" to state.deafAccessibleOnly,
        "openNow" to state.openNowOnly,
    )

    /** Loads contacts for the country given (or the app's country). */
    fun load() = launch {
        if (state.country == null) update { it.copy(country = app.country()) }
        // A country not listed still gets the worldwide services.
        val countries = app.contactCountries().map { it.country }
        update { it.copy(countries = countries) }
        val child = app.pathways().sortedBy { it.audience != Audience.CHILD }
        update {
            it.copy(
                direction = app.packInfo().activeDirection,
                situations = child.map { p -> SituationUi(p.id, p.title, p.audience) },
            )
        }
        refresh()
    }

    fun chooseCountry(country: String) = launch {
        update { it.copy(country = country) }
        refresh()
    }

    /** Only contacts and channels usable without hearing (text, chat, web, email...). */
    fun setDeafAccessibleOnly(on: Boolean) = launch {
        update { it.copy(deafAccessibleOnly = on) }
        refresh()
    }

    fun setOpenNowOnly(on: Boolean) = launch {
        update { it.copy(openNowOnly = on) }
        refresh()
    }

    /** Leave at once, on the calling (main) thread even while the core is busy: the app
     *  closes this screen and its task without asking anything. */
    fun quickExit() {
        update { it.copy(exitNow = true) }
        onQuickExit()
    }

    private fun refresh() {
        val s = state
        val query = ContactQuery(
            country = s.country,
            deafAccessible = s.deafAccessibleOnly,
            openNow = s.openNowOnly,
            emergencyFirst = true,
            forChild = forChild,
        )
        val contacts = core { app.contacts(query, clock()) } ?: return
        val ui = contacts.map(::contactUi)
        val locales = localesOf(app, learnerId)
        val toCheck = ui.count { c -> c.checkThisNumber }
        val labels = app.labels(locales, HelpKeys, mapOf("some-to-check" to app.format(locales, "some-to-check", "count" to toCheck)))
        update { it.copy(contacts = ui, toCheck = toCheck, labels = labels, loading = false, error = null) }
    }
}
