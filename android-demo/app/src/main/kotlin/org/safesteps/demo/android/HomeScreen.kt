package org.safesteps.demo.android

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.padding
import java.text.DateFormat
import java.util.Date
import org.safesteps.core.DueState
import org.safesteps.core.ModuleState
import org.safesteps.core.SafeSteps
import org.safesteps.demo.Home
import org.safesteps.demo.ModuleCard

@Composable
fun HomeScreen(
    core: SafeSteps,
    learnerId: String,
    onOpenLesson: (lessonId: String) -> Unit,
    onBadges: () -> Unit,
    onSettings: () -> Unit,
    onHelp: () -> Unit,
    onSwitchLearner: () -> Unit,
) {
    val holder = rememberHolder("home/$learnerId") { Home(core, learnerId, executor = CoreExecutor) }
    val state by holder.collectState()
    // Reloaded each time it is shown: progress and assignments change while the child learns.
    LaunchedEffect(holder) { holder.load() }
    // While Home is shown, progress or assignments changing anywhere reload it.
    DisposableEffect(holder) {
        val listening = holder.listen()
        onDispose { listening.close() }
    }

    ScreenFrame(
        title = state.labels["app-name"],
        labels = state.labels,
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
        onBack = null,
    ) {
        item { Text(state.welcome, style = MaterialTheme.typography.headlineSmall) }
        items(state.modules, key = { it.id }) { m -> ModuleCardView(core, m, onOpenLesson) }
        item {
            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                SecondaryButton(word("badges"), onClick = onBadges, modifier = Modifier.weight(1f))
                SecondaryButton(word("settings"), onClick = onSettings, modifier = Modifier.weight(1f))
            }
        }
        item {
            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                SecondaryButton(word("get-help"), onClick = onHelp, modifier = Modifier.weight(1f))
                SecondaryButton(word("switch-learner"), onClick = onSwitchLearner, modifier = Modifier.weight(1f))
            }
        }
    }
}

@Composable
private fun ModuleCardView(core: SafeSteps, m: ModuleCard, onOpenLesson: (String) -> Unit) {
    Card(
        Modifier.fillMaxWidth(),
        // Assigned modules get a border AND the words "From your teacher".
        border = if (m.assigned) BorderStroke(3.dp, MaterialTheme.colorScheme.primary) else null,
    ) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            if (m.assigned) Text(assignedLabel(m), style = MaterialTheme.typography.labelLarge)
            CorePicture(core, m.picture, Modifier.size(120.dp))
            Text(m.title, style = MaterialTheme.typography.titleLarge)
            Text(m.summary)
            Text(wordf("lessons-done", "done" to m.lessonsDone, "total" to m.lessonsTotal))
            Text(stateLabel(m))
            if (m.badgeEarned) Text(word("badge-earned"))
            val lessonId = m.nextLessonId
            if (m.canOpen && lessonId != null) {
                BigButton(
                    word(if (m.lessonsDone == 0) "start" else "go-on"),
                    onClick = { onOpenLesson(lessonId) },
                )
            }
        }
    }
}

@Composable
private fun assignedLabel(m: ModuleCard): String {
    val due = m.dueMs?.let { DateFormat.getDateInstance(DateFormat.MEDIUM).format(Date(it)) }
    return when (m.dueState) {
        DueState.OVERDUE -> wordf("assigned-overdue", "date" to (due ?: ""))
        DueState.DUE_SOON -> wordf("assigned-due-soon", "date" to (due ?: ""))
        DueState.OPEN -> wordf("assigned-due", "date" to (due ?: ""))
        DueState.DONE -> word("assigned-done")
        else -> word("assigned")
    }
}

@Composable
private fun stateLabel(m: ModuleCard): String = when (m.state) {
    ModuleState.LOCKED -> wordf("locked-finish-first", "modules" to m.needsFirst.joinToString(", "))
    ModuleState.NOT_FOR_AGE -> word("not-for-age")
    ModuleState.AVAILABLE -> word("state-available")
    ModuleState.IN_PROGRESS -> word("state-in-progress")
    ModuleState.COMPLETED -> word("state-completed")
    ModuleState.MASTERED -> word("state-mastered")
}
