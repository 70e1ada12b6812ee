package org.safesteps.demo

import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update

/** Where the app is. Each route has a stable [key]: its holder's name in the saved state. */
sealed interface Route {
    val key: String

    data object Picker : Route {
        override val key = "picker"
    }

    data class Home(val learnerId: String) : Route {
        override val key get() = "home/$learnerId"
    }

    data class Lesson(val learnerId: String, val lessonId: String) : Route {
        override val key get() = "lesson/$learnerId/$lessonId"
    }

    data class Badges(val learnerId: String) : Route {
        override val key get() = "badges/$learnerId"
    }

    data class Settings(val learnerId: String) : Route {
        override val key get() = "settings/$learnerId"
    }

    data object Help : Route {
        override val key = "help"
    }

    data class Pathway(val pathwayId: String) : Route {
        override val key get() = "pathway/$pathwayId"
    }

    data object Teacher : Route {
        override val key = "teacher"
    }

    data object Caregiver : Route {
        override val key = "caregiver"
    }

    companion object {
        /** The route a [key] names, or null for a key this version does not know. */
        fun parse(key: String): Route? {
            val p = key.split('/')
            return when {
                p == listOf("picker") -> Picker
                p == listOf("help") -> Help
                p == listOf("teacher") -> Teacher
                p == listOf("caregiver") -> Caregiver
                p.size == 2 && p[0] == "home" -> Home(p[1])
                p.size == 3 && p[0] == "lesson" -> Lesson(p[1], p[2])
                p.size == 2 && p[0] == "badges" -> Badges(p[1])
                p.size == 2 && p[0] == "settings" -> Settings(p[1])
                p.size == 2 && p[0] == "pathway" -> Pathway(p[1])
                else -> null
            }
        }
    }
}

/**
 * The back stack: a plain list of routes, saved as their keys so it survives rotation and
 * process death. It never holds core objects, so it needs no executor.
 */
class Navigator(saved: Saved = emptyMap()) {
    private val flow = MutableStateFlow(
        saved.strings("stack")?.mapNotNull(Route::parse)?.takeIf { it.isNotEmpty() } ?: listOf(Route.Picker),
    )

    /** The stack, bottom first; the screen shown is the last. */
    val stack: StateFlow<List<Route>> = flow.asStateFlow()

    val current: Route get() = flow.value.last()

    val canGoBack: Boolean get() = flow.value.size > 1

    fun go(route: Route) = flow.update { it + route }

    /** Back one screen; returns the route left (its holder can be dropped), or null at the bottom. */
    fun back(): Route? {
        var left: Route? = null
        flow.update { if (it.size > 1) it.dropLast(1).also { _ -> left = it.last() } else it }
        return left
    }

    /** A new start: only [route] on the stack (signed in, switched learner); returns the routes left. */
    fun reset(route: Route): List<Route> {
        val before = flow.value
        flow.value = listOf(route)
        return before.filter { it != route }
    }

    fun save(): Saved = mapOf("stack" to savedList(flow.value.map { it.key }))
}
