package org.safesteps.demo.android

import android.os.Bundle
import androidx.lifecycle.SavedStateHandle
import androidx.lifecycle.ViewModel
import org.safesteps.demo.Navigator
import org.safesteps.demo.Route
import org.safesteps.demo.Saved
import org.safesteps.demo.StateHolder

/**
 * Keeps the back stack and every open screen's state holder across configuration changes
 * (rotation, font scale, dark mode: the Activity is made again, this ViewModel is not), and
 * saves their snapshots through [SavedStateHandle] for process death: the system keeps the
 * Bundle, and a new process makes the holders again from it.
 */
class AppViewModel(private val handle: SavedStateHandle) : ViewModel() {
    val navigator = Navigator(handle.get<Bundle>(NAV)?.toSaved() ?: emptyMap())

    private val holders = LinkedHashMap<String, StateHolder<*>>()

    /** Holder snapshots from before process death, used once each when a screen is made again. */
    private val restored: Bundle? = handle.get<Bundle>(HOLDERS)

    init {
        // Called when the Activity saves its state (on the main thread, like every call here).
        handle.setSavedStateProvider(NAV) { navigator.save().toBundle() }
        handle.setSavedStateProvider(HOLDERS) {
            Bundle().apply { holders.forEach { (key, holder) -> putBundle(key, holder.save().toBundle()) } }
        }
    }

    /** The holder for [key], made once (with its saved snapshot, if any) and then kept. */
    @Suppress("UNCHECKED_CAST")
    fun <H : StateHolder<*>> holder(key: String, create: (saved: Saved) -> H): H =
        holders.getOrPut(key) {
            val saved = restored?.getBundle(key)?.toSaved().orEmpty()
            restored?.remove(key)
            create(saved)
        } as H

    fun go(route: Route) = navigator.go(route)

    fun back() {
        navigator.back()?.let { drop(listOf(it)) }
    }

    fun reset(route: Route) = drop(navigator.reset(route))

    /** Closes and forgets the holders of routes that left the stack (and their quizzes). */
    private fun drop(routes: List<Route>) {
        for (route in routes) {
            val prefixes = listOf(route.key) + ((route as? Route.Lesson)?.let { listOf("quiz/${it.learnerId}/") } ?: emptyList())
            holders.keys.filter { k -> prefixes.any { k == it || (it.endsWith("/") && k.startsWith(it)) } }.forEach { k ->
                (holders.remove(k) as? AutoCloseable)?.close()
            }
        }
    }

    override fun onCleared() {
        holders.values.filterIsInstance<AutoCloseable>().forEach { it.close() }
        holders.clear()
    }

    private companion object {
        const val NAV = "navigator"
        const val HOLDERS = "holders"
    }
}

/** A holder's snapshot as a Bundle: only the types [org.safesteps.demo.isBundleCompatible] allows. */
fun Saved.toBundle(): Bundle = Bundle().apply {
    for ((key, value) in this@toBundle) {
        when (value) {
            null -> putString(key, null)
            is String -> putString(key, value)
            is Int -> putInt(key, value)
            is Long -> putLong(key, value)
            is Boolean -> putBoolean(key, value)
            is Float -> putFloat(key, value)
            is Double -> putDouble(key, value)
            is ArrayList<*> -> putStringArrayList(key, ArrayList(value.filterIsInstance<String>()))
            else -> error("not Bundle-compatible: $key")
        }
    }
}

@Suppress("DEPRECATION")
fun Bundle.toSaved(): Saved = keySet().associateWith { get(it) }
