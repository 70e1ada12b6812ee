package org.safesteps.demo.android

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.alpha
import androidx.compose.ui.unit.dp
import org.safesteps.core.SafeSteps
import org.safesteps.demo.Badges

@Composable
fun BadgesScreen(core: SafeSteps, learnerId: String, onBack: () -> Unit) {
    val holder = rememberHolder("badges/$learnerId") { Badges(core, learnerId, executor = CoreExecutor) }
    val state by holder.collectState()
    // Reloaded each time it is shown: a lesson may have earned a badge.
    LaunchedEffect(holder) { holder.load() }

    ScreenFrame(
        title = state.labels["badges"],
        labels = state.labels,
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
        onBack = onBack,
    ) {
        item { Text(word("badges-count"), style = MaterialTheme.typography.titleMedium) }
        items(state.badges, key = { it.moduleId }) { badge ->
            ItemCard {
                Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                    // Not-yet badges are faded AND say "Not yet" in words.
                    CorePicture(core, badge.picture, Modifier.size(72.dp).alpha(if (badge.earned) 1f else 0.4f))
                    Column {
                        Text(badge.name, style = MaterialTheme.typography.titleMedium)
                        Text(badge.moduleTitle)
                        Text(word(if (badge.earned) "earned" else "not-yet"))
                    }
                }
            }
        }
    }
}
