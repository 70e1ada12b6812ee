package org.safesteps.demo.android

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.safesteps.core.SafeSteps
import org.safesteps.demo.Caregiver

@Composable
fun CaregiverScreen(core: SafeSteps, onBack: () -> Unit, onQuickExit: () -> Unit) {
    val holder = rememberHolder("caregiver") { saved -> Caregiver(core, saved = saved, executor = CoreExecutor) }
    val state by holder.collectState()
    LoadOnce(holder) { holder.load() }
    val pathway = state.pathway
    val lessonTitle = state.lessonTitle

    ScreenFrame(
        title = pathway?.title ?: lessonTitle ?: state.moduleTitle,
        labels = state.labels,
        direction = pathway?.direction ?: state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
        onBack = when {
            pathway != null -> ({ holder.closePathway() })
            lessonTitle != null -> ({ holder.closeLesson() })
            else -> onBack
        },
        onQuickExit = {
            holder.quickExit()
            onQuickExit()
        },
    ) {
        when {
            pathway != null -> pathwaySteps(pathway)
            lessonTitle != null -> items(state.steps, key = { "step-${it.number}" }) { step ->
                ItemCard {
                    Text(wordf("step-n-of-m", "number" to step.number, "total" to step.total), style = MaterialTheme.typography.labelLarge)
                    CorePicture(core, step.picture, Modifier.size(200.dp))
                    Text(step.text, style = MaterialTheme.typography.bodyLarge)
                    step.question?.let { q ->
                        // Caregivers are not learners, so their answers are not graded or stored: a question to think about.
                        Text(wordf("think-about", "text" to q), style = MaterialTheme.typography.titleSmall)
                        step.options.forEach { Text("• $it") }
                    }
                }
            }
            else -> {
                item { CorePicture(core, state.picture, Modifier.fillMaxWidth().size(200.dp)) }
                item { Text(state.summary, style = MaterialTheme.typography.bodyLarge) }
                item { BigButton(word("worried-about-child"), onClick = { holder.openWorriedPathway() }) }
                items(state.lessons, key = { it.id }) { lesson ->
                    SecondaryButton(lesson.title, onClick = { holder.openLesson(lesson.id) }, modifier = Modifier.fillMaxWidth())
                }
            }
        }
    }
}
