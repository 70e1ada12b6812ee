package org.safesteps.demo.android

import androidx.activity.compose.BackHandler
import androidx.compose.runtime.Composable
import androidx.compose.runtime.mutableStateListOf
import androidx.compose.runtime.remember
import org.safesteps.core.SafeSteps

/** Where the app is. A plain back stack: the demo needs no navigation library. */
sealed interface Route {
    data object Picker : Route
    data class Home(val learnerId: String) : Route
    data class Lesson(val learnerId: String, val lessonId: String) : Route
    data class Badges(val learnerId: String) : Route
    data class Settings(val learnerId: String) : Route
    data object Help : Route
    data class Pathway(val pathwayId: String) : Route
    data object Teacher : Route
    data object Caregiver : Route
}

@Composable
fun SafeStepsNavigation(core: SafeSteps, onQuickExit: () -> Unit) {
    val stack = remember { mutableStateListOf<Route>(Route.Picker) }
    fun go(route: Route) {
        stack.add(route)
    }
    fun back() {
        if (stack.size > 1) stack.removeAt(stack.lastIndex)
    }
    fun home(route: Route) {
        stack.clear()
        stack.add(route)
    }
    BackHandler(enabled = stack.size > 1) { back() }

    when (val route = stack.last()) {
        Route.Picker -> LearnerPickerScreen(
            core,
            onSignedIn = { home(Route.Home(it)) },
            onHelp = { go(Route.Help) },
            onTeacher = { go(Route.Teacher) },
            onCaregiver = { go(Route.Caregiver) },
        )
        is Route.Home -> HomeScreen(
            core,
            route.learnerId,
            onOpenLesson = { go(Route.Lesson(route.learnerId, it)) },
            onBadges = { go(Route.Badges(route.learnerId)) },
            onSettings = { go(Route.Settings(route.learnerId)) },
            onHelp = { go(Route.Help) },
            onSwitchLearner = { home(Route.Picker) },
        )
        is Route.Lesson -> LessonScreen(
            core,
            route.learnerId,
            route.lessonId,
            onBack = { back() },
            onOpenPathway = { go(Route.Pathway(it)) },
        )
        is Route.Badges -> BadgesScreen(core, route.learnerId, onBack = { back() })
        is Route.Settings -> SettingsScreen(core, route.learnerId, onBack = { back() })
        Route.Help -> HelpScreen(
            core,
            onBack = { back() },
            onOpenPathway = { go(Route.Pathway(it)) },
            onQuickExit = onQuickExit,
        )
        is Route.Pathway -> PathwayScreen(core, route.pathwayId, onBack = { back() }, onQuickExit = onQuickExit)
        Route.Teacher -> TeacherScreen(core, onBack = { back() })
        Route.Caregiver -> CaregiverScreen(core, onBack = { back() }, onQuickExit = onQuickExit)
    }
}
