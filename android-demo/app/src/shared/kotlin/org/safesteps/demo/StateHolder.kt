// State holders for the SafeSteps demo app: plain Kotlin, no Android imports.
//
// Each screen has one holder. A holder owns an immutable UI state (a data class) and exposes
// it as a `StateFlow` (`uiState`), has methods for what the user can do, and asks the Rust
// core (`SafeSteps`) for everything. Core calls block (SQLite, Argon2), so every method that
// may call the core runs on the executor the holder was given: the app gives one background
// thread (Android `CoreExecutor`), tests a direct executor. Methods that only change what is
// on screen (typing, choosing an option, the video's buttons) change the state at once, on
// the caller's thread, with an atomic update. The screen calls methods from the main thread
// and draws `uiState`. A holder also saves a small Bundle-compatible snapshot of
// where the child is (`save()`), and a holder made with that snapshot (after rotation, a font
// or dark-mode change, or process death) opens the screen at the same place.
package org.safesteps.demo

import java.util.concurrent.Executor
import kotlin.math.roundToInt
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import org.safesteps.core.ApiException
import org.safesteps.core.InternalException
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection
import org.safesteps.core.UiText

/**
 * A holder's saved state: a few values a Bundle and `SavedStateHandle` can hold (String,
 * Int, Long, Boolean, Float and `ArrayList<String>`), keyed by name. Never a nickname, an
 * answer's text or a PIN: ids and positions only.
 */
typealias Saved = Map<String, Any?>

/** Runs each task at once on the calling thread: for tests and for holders that never block. */
object DirectExecutor : Executor {
    override fun execute(command: Runnable) = command.run()
}

/** The base of every holder: the state flow, the executor, saved state, and error handling. */
abstract class StateHolder<S : Any>(initial: S, private val executor: Executor) {
    private val flow = MutableStateFlow(initial)

    /** The screen's state; the screen collects it (Compose: `collectAsStateWithLifecycle`). */
    val uiState: StateFlow<S> = flow.asStateFlow()

    /** The state now (`uiState.value`). */
    val state: S get() = flow.value

    /** Replaces the state; observers see the new one. */
    protected fun update(change: (S) -> S) = flow.update(change)

    /** The state with this error message shown (or cleared, with null). */
    protected abstract fun withError(state: S, message: String?): S

    /** The UI texts this screen last loaded: its error messages are said in the same language. */
    @Volatile
    private var ui: UiText? = null

    /** This screen's words in [locales] (remembered for its error messages). */
    protected fun SafeSteps.labels(
        locales: List<String>,
        keys: Collection<String>,
        formatted: Map<String, String> = emptyMap(),
    ): Labels {
        val text = uiText(locales)
        ui = text
        return labelsOf(text, keys, formatted)
    }

    /** The text the app shows for a failure of a core call ([errorMessage] in the screen's language). */
    protected open fun messageFor(e: Throwable): String = errorMessage(e, ui)

    /**
     * Runs [work] on the holder's executor. Nothing it throws escapes: a failure becomes the
     * state's error, so no core error can crash the app or kill the core thread.
     */
    protected fun launch(work: () -> Unit) {
        executor.execute {
            try {
                work()
            } catch (e: Exception) {
                update { withError(it, messageFor(e)) }
            } catch (e: LinkageError) {
                update { withError(it, messageFor(e)) }
            }
        }
    }

    /**
     * Runs one core call. Any exception the bindings can throw (an [ApiException] of any
     * kind, an [InternalException] for a fault inside the core, an `IllegalStateException`
     * for a call on a closed object) becomes a message in the state and the call returns null.
     */
    protected fun <T> core(call: () -> T): T? =
        try {
            call()
        } catch (e: Exception) {
            update { withError(it, messageFor(e)) }
            null
        }

    /** Hides the error message (the user read it). */
    fun dismissError() = update { withError(it, null) }

    private val loaded = java.util.concurrent.atomic.AtomicBoolean(false)

    /**
     * Runs [load] the first time only: a screen shown again after rotation finds its holder
     * (kept by the ViewModel) where it was, instead of loading it afresh.
     */
    fun loadOnce(load: () -> Unit) {
        if (loaded.compareAndSet(false, true)) load()
    }

    /** What to keep of this screen across recreation; see [Saved]. */
    open fun save(): Saved = emptyMap()
}

/**
 * A message for anything a core call can throw, in the language of [ui] (the screen's UI
 * texts): an [ApiException] by its stable code and reason (`error-<code>-<reason>`, else
 * `error-<code>`, else the text the core wrote in the app's language, which is also used
 * when the exact message needs variables such as a wait's seconds); a fault inside the
 * core ([InternalException]); a call on a closed object (UniFFI's `IllegalStateException`).
 */
fun errorMessage(e: Throwable, ui: UiText? = null): String {
    val words = ui?.strings.orEmpty()
    return when (e) {
        is ApiException -> {
            val info = e.info()
            val exact = info.reason?.let { "error-${info.code}-$it" }
            when {
                // A message with variables (the seconds of a PIN wait): only the core's text has them.
                exact != null && ui?.withArguments?.contains(exact) == true -> info.text
                else -> exact?.let { words[it] } ?: words["error-${info.code}"] ?: info.text
            }
        }
        is InternalException -> words["error-internal"]
            ?: "Something went wrong inside SafeSteps. Nothing was changed. Please try again."
        is IllegalStateException -> words["error-closed"] ?: "SafeSteps was closed. Please open it again."
        else -> words["something-went-wrong"] ?: "Something went wrong. Please try again."
    }
}

/** A score from 0 to 1 as a whole percentage. */
fun percent(score: Double): Int = (score * 100).roundToInt()

/**
 * The layout direction for a learner's text (or the app's, with no learner): the first of
 * the learner's locales the pack has ("ur-PK" matches "ur"), else the app's active locale.
 * The core gives a direction with each lesson and pathway; screens without one use this.
 */
fun layoutDirection(app: SafeSteps, learnerId: String?): TextDirection {
    val pack = app.packInfo()
    val wanted = learnerId?.let { id -> runCatching { app.learner(id).settings.locales }.getOrNull() }.orEmpty()
    val match = wanted.firstNotNullOfOrNull { want ->
        pack.locales.firstOrNull { it.tag == want || want.startsWith(it.tag + "-") }
    }
    return match?.direction ?: pack.activeDirection
}

// ---- reading a saved snapshot ----

fun Saved.string(key: String): String? = this[key] as? String

fun Saved.int(key: String): Int? = (this[key] as? Number)?.toInt()

fun Saved.long(key: String): Long? = (this[key] as? Number)?.toLong()

fun Saved.bool(key: String): Boolean? = this[key] as? Boolean

fun Saved.strings(key: String): List<String>? = (this[key] as? List<*>)?.map { it as? String ?: return null }

/** A list as a Bundle stores it (`putStringArrayList`). */
fun savedList(items: List<String>): ArrayList<String> = ArrayList(items)

/** True when every value is one a Bundle holds as is (what `SavedStateHandle` accepts). */
fun isBundleCompatible(saved: Saved): Boolean = saved.values.all { v ->
    v == null || v is String || v is Int || v is Long || v is Boolean || v is Float || v is Double ||
        (v is ArrayList<*> && v.all { it is String })
}
