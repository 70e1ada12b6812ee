package org.safesteps.demo

import java.util.concurrent.Executor
import org.safesteps.core.ContactKind
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection

/** One step of a pathway, with the contacts for it in the chosen country. */
data class PathwayStepUi(
    val number: Int,
    val text: String,
    val contacts: List<ContactUi>,
    /** Kinds of contact this step wants that the country lacks... */
    val missingKinds: List<ContactKind>,
    /** ...and what to do instead. */
    val noContactNote: String?,
)

data class PathwayState(
    val pathwayId: String,
    val title: String = "",
    val direction: TextDirection = TextDirection.LTR,
    val country: String? = null,
    /** Tells the user about the Quick exit button. */
    val quickExitHint: String = "",
    val easyRead: Boolean = false,
    val steps: List<PathwayStepUi> = emptyList(),
    /** How many contacts in the steps still carry "Check this number". */
    val toCheck: Int = 0,
    /** Quick exit was pressed: the app leaves at once. */
    val exitNow: Boolean = false,
    /** The screen's words (the learner's language when opened from their screens). */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

/** The words of a pathway screen. */
val PathwayKeys = listOf("easy-read-setting", "no-contacts", "check-this-number", "check-before-relying", "works-without-hearing")

/** A reporting pathway: what to do, step by step, with the local contacts; Quick exit at any time. */
class Pathway(
    private val app: SafeSteps,
    pathwayId: String,
    country: String? = null,
    easyRead: Boolean = false,
    private val clock: () -> Long = System::currentTimeMillis,
    private val onQuickExit: () -> Unit = {},
    saved: Saved = emptyMap(),
    executor: Executor = DirectExecutor,
    /** The learner whose screens opened it (their language), or null for the app's. */
    private val learnerId: String? = null,
) : StateHolder<PathwayState>(
    PathwayState(pathwayId, country = saved.string("country") ?: country, easyRead = saved.bool("easyRead") ?: easyRead),
    executor,
) {
    override fun withError(state: PathwayState, message: String?) = state.copy(error = message)

    /** Saved: the country and easy-read. */
    override fun save(): Saved = mapOf("country" to state.country, "easyRead" to state.easyRead)

    fun load() = launch { loadNow() }

    /** Loads on the calling thread (the caregiver holder runs it on its own executor). */
    internal fun loadNow() {
        val country = state.country ?: app.country()
        val view = core { app.pathway(state.pathwayId, country, null, clock()) } ?: return
        val easy = state.easyRead
        val unverified = view.unverifiedContactIds.toSet()
        val labels = app.labels(localesOf(app, learnerId), PathwayKeys)
        update {
            it.copy(
                labels = labels,
                title = view.title,
                direction = view.direction,
                country = view.country,
                quickExitHint = view.quickExitHint,
                steps = view.steps.map { s ->
                    PathwayStepUi(
                        number = s.number.toInt(),
                        text = if (easy && s.easyText != null) s.easyText!! else s.text,
                        contacts = s.contacts.map(::contactUi),
                        missingKinds = s.missingKinds,
                        noContactNote = s.noContactNote,
                    )
                },
                toCheck = unverified.size,
                loading = false,
                error = null,
            )
        }
    }

    fun setEasyRead(on: Boolean) = launch {
        update { it.copy(easyRead = on) }
        loadNow()
    }

    /** Leave at once (on the calling thread, even while the core is busy): the app closes this screen and its task without asking anything. */
    fun quickExit() {
        update { it.copy(exitNow = true) }
        onQuickExit()
    }
}
