package org.safesteps.demo.android

import androidx.compose.foundation.lazy.items
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import org.safesteps.core.SafeSteps
import org.safesteps.demo.Pathway
import org.safesteps.demo.PathwayState
import androidx.compose.foundation.lazy.LazyListScope

@Composable
fun PathwayScreen(core: SafeSteps, pathwayId: String, onBack: () -> Unit, onQuickExit: () -> Unit) {
    val holder = rememberHolder("pathway/$pathwayId") { saved -> Pathway(core, pathwayId, saved = saved, executor = CoreExecutor) }
    val state by holder.collectState()
    LoadOnce(holder) { holder.load() }

    ScreenFrame(
        title = state.title,
        labels = state.labels,
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
        onBack = onBack,
        onQuickExit = {
            holder.quickExit()
            onQuickExit()
        },
    ) {
        item {
            ToggleRow(word("easy-read-setting"), state.easyRead) { on -> holder.setEasyRead(on) }
        }
        pathwaySteps(state)
    }
}

/** The steps of a pathway, numbered, each with its contacts (also used by the caregiver screen). */
fun LazyListScope.pathwaySteps(state: PathwayState) {
    item { Text(state.quickExitHint) }
    items(state.steps, key = { "pathway-step-${it.number}" }) { step ->
        ItemCard {
            Text("${step.number}. ${step.text}", style = MaterialTheme.typography.bodyLarge)
            step.noContactNote?.let { Text(it) }
            step.contacts.forEach { ContactCard(it) }
        }
    }
}
