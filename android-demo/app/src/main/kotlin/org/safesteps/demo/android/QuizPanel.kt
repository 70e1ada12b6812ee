package org.safesteps.demo.android

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.safesteps.core.SafeSteps
import org.safesteps.demo.Choose
import org.safesteps.demo.OptionUi
import org.safesteps.demo.Quiz
import org.safesteps.demo.QuizState

/** A quiz question inside a lesson step. Right and wrong are said in words and symbols, not only colours. */
@Composable
fun QuizPanel(core: SafeSteps, learnerId: String, questionId: String, onAnswered: () -> Unit) {
    val holder = rememberHolder("quiz/$learnerId/$questionId") { saved -> Quiz(core, learnerId, questionId, saved = saved, executor = CoreExecutor) }
    val state by holder.collectState()
    LoadOnce(holder) { holder.load() }
    LaunchedEffect(state.attemptsUsed, state.message) { if (state.message != null) onAnswered() }

    CompositionLocalProvider(LocalLabels provides state.labels) {
        ItemCard {
            Text(state.prompt, style = MaterialTheme.typography.titleMedium)
            Text(word(howToChoose(state.choose)))
            state.attemptsLeft?.let { Text(word("tries-left")) }
            state.options.forEach { option ->
                OptionRow(core, state, option, onTap = { holder.tap(option.id) }, onMoveUp = { holder.moveUp(option.id) })
            }
            state.hint?.let { Text(word("hint-is")) }
            if (state.hasHint && state.hint == null && !state.finished) {
                SecondaryButton(word("show-hint"), onClick = { holder.showHint() })
            }
            state.message?.let { message ->
                Text(
                    (if (state.correct == true) "✓ " else "✗ ") + message,
                    style = MaterialTheme.typography.titleMedium,
                    modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
                )
            }
            if (state.rightOrder.isNotEmpty()) {
                Text(word("right-order"), style = MaterialTheme.typography.titleSmall)
                state.rightOrder.forEachIndexed { i, text -> Text("${i + 1}. $text") }
            }
            when {
                state.canTryAgain -> BigButton(word("try-again"), onClick = { holder.tryAgain() })
                !state.finished && state.message == null -> BigButton(
                    word("check-answer"),
                    onClick = { holder.submit() },
                    enabled = state.canSubmit,
                )
            }
        }
    }
}

@Composable
private fun OptionRow(core: SafeSteps, state: QuizState, option: OptionUi, onTap: () -> Unit, onMoveUp: () -> Unit) {
    val verdict = when (option.right) {
        true -> word("option-right")
        false -> word("option-wrong")
        null -> null
    }
    Card(
        Modifier.fillMaxWidth().heightIn(min = 56.dp)
            .semantics { selected = option.selected }
            .clickable(role = if (state.choose == Choose.SEVERAL) Role.Checkbox else Role.Button, onClick = onTap),
        border = if (option.selected) BorderStroke(3.dp, MaterialTheme.colorScheme.primary) else null,
    ) {
        Row(Modifier.padding(12.dp), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            // The place (ordering) or a tick (chosen) is written, not only shown by the border.
            val mark = option.place?.let { "$it." } ?: if (option.selected) "☑" else "☐"
            Text(mark, style = MaterialTheme.typography.titleLarge)
            option.picture?.let { CorePicture(core, it, Modifier.size(64.dp)) }
            Column(Modifier.weight(1f)) {
                Text(option.text, style = MaterialTheme.typography.bodyLarge)
                verdict?.let { Text(it, style = MaterialTheme.typography.labelLarge) }
                option.feedback?.let { Text(it) }
            }
            if (state.choose == Choose.ALL_IN_ORDER && (option.place ?: 0) > 1 && state.message == null) {
                SecondaryButton(wordf("move-up", "option" to option.text), onClick = onMoveUp)
            }
        }
    }
}

private fun howToChoose(choose: Choose): String = when (choose) {
    Choose.ONE -> "choose-one"
    Choose.SEVERAL -> "choose-several"
    Choose.ALL_IN_ORDER -> "choose-in-order"
}
