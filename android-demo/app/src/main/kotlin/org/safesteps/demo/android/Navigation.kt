package org.safesteps.demo.android

import androidx.activity.compose.BackHandler
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.lifecycle.viewmodel.compose.viewModel
import org.safesteps.core.SafeSteps
import org.safesteps.demo.Route

/**
 * The screens, by the route on top of the back stack. The stack lives in the [AppViewModel]
 * (a plain [org.safesteps.demo.Navigator], saved as route keys), so rotation, a font-scale or
 * dark-mode change, and process death all come back to the same screen with the same stack.
 */
@Composable
fun SafeStepsNavigation(core: SafeSteps, onQuickExit: () -> Unit, vm: AppViewModel = viewModel()) {
    val stack by vm.navigator.stack.collectAsStateWithLifecycle()
    BackHandler(enabled = stack.size > 1) { vm.back() }

    CompositionLocalProvider(LocalAppViewModel provides vm, LocalCore provides core) {
        when (val route = stack.last()) {
            Route.Picker -> LearnerPickerScreen(
                core,
                onSignedIn = { vm.reset(Route.Home(it)) },
                onHelp = { vm.go(Route.Help) },
                onTeacher = { vm.go(Route.Teacher) },
                onCaregiver = { vm.go(Route.Caregiver) },
            )
            is Route.Home -> HomeScreen(
                core,
                route.learnerId,
                onOpenLesson = { vm.go(Route.Lesson(route.learnerId, it)) },
                onBadges = { vm.go(Route.Badges(route.learnerId)) },
                onSettings = { vm.go(Route.Settings(route.learnerId)) },
                onHelp = { vm.go(Route.Help) },
                onSwitchLearner = { vm.reset(Route.Picker) },
            )
            is Route.Lesson -> LessonScreen(
                core,
                route.learnerId,
                route.lessonId,
                onBack = { vm.back() },
                onOpenPathway = { vm.go(Route.Pathway(it)) },
            )
            is Route.Badges -> BadgesScreen(core, route.learnerId, onBack = { vm.back() })
            is Route.Settings -> SettingsScreen(core, route.learnerId, onBack = { vm.back() })
            Route.Help -> HelpScreen(
                core,
                onBack = { vm.back() },
                onOpenPathway = { vm.go(Route.Pathway(it)) },
                onQuickExit = onQuickExit,
            )
            is Route.Pathway -> PathwayScreen(core, route.pathwayId, onBack = { vm.back() }, onQuickExit = onQuickExit)
            Route.Teacher -> TeacherScreen(core, onBack = { vm.back() })
            Route.Caregiver -> CaregiverScreen(core, onBack = { vm.back() }, onQuickExit = onQuickExit)
        }
    }
}
