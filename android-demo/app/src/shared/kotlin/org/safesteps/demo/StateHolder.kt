// State holders for the SafeSteps demo app: plain Kotlin, no Android imports.
//
// Each screen has one holder. A holder owns an immutable UI state (a data class), exposes
// methods for what the user can do, and asks the Rust core (`SafeSteps`) for everything.
// Core calls block (SQLite, Argon2), so the app calls holder methods on ONE background
// thread and draws `state` on the main thread. Holders are not meant for concurrent calls;
// the few methods that never call the core (typing in a form, quickExit) may run on the main thread.
package org.safesteps.demo

import java.util.concurrent.CopyOnWriteArrayList
import kotlin.math.roundToInt
import org.safesteps.core.ApiException
import org.safesteps.core.Picture
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection

/** The base of every holder: the current state, observers, and error handling. */
abstract class StateHolder<S : Any>(initial: S) {
    @Volatile
    var state: S = initial
        private set

    private val observers = CopyOnWriteArrayList<(S) -> Unit>()

    /** Calls [observer] with the current state now and with every new state; close to stop. */
    fun observe(observer: (S) -> Unit): AutoCloseable {
        observers += observer
        observer(state)
        return AutoCloseable { observers -= observer }
    }

    /** Replaces the state and tells the observers. */
    protected fun update(change: (S) -> S) {
        val next = change(state)
        state = next
        observers.forEach { it(next) }
    }

    /** The state with this error message shown (or cleared, with null). */
    protected abstract fun withError(state: S, message: String?): S

    /**
     * Runs one core call. An [ApiException] becomes a friendly message in the state and the
     * call returns null; anything else is a bug and is thrown.
     */
    protected fun <T> core(call: () -> T): T? =
        try {
            call()
        } catch (e: ApiException) {
            update { withError(it, friendlyMessage(e)) }
            null
        }

    /** Hides the error message (the user read it). */
    fun dismissError() = update { withError(it, null) }
}

/** The core's message for people, as a sentence: "Lesson 'x' was not found." */
fun friendlyMessage(e: ApiException): String {
    val text = e.info().detail.trim()
    if (text.isEmpty()) return "Something went wrong. Please try again."
    val sentence = text.replaceFirstChar { it.uppercaseChar() }
    return if (sentence.last() in ".!?") sentence else "$sentence."
}

/** The id of a pack picture (avatar or picture-password picture): its file name without extension. */
fun pictureId(picture: Picture): String = picture.path.substringAfterLast('/').substringBeforeLast('.')

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
