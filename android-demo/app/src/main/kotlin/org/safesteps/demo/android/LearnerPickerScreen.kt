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
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.delay
import org.safesteps.core.AgeBand
import org.safesteps.core.SafeSteps
import org.safesteps.demo.LearnerPicker
import org.safesteps.demo.PictureChoice

@Composable
fun LearnerPickerScreen(
    core: SafeSteps,
    onSignedIn: (learnerId: String) -> Unit,
    onHelp: () -> Unit,
    onTeacher: () -> Unit,
    onCaregiver: () -> Unit,
) {
    val holder = rememberHolder("picker") { saved -> LearnerPicker(core, saved, CoreExecutor) }
    val state by holder.collectState()
    LoadOnce(holder) { holder.load() }
    LaunchedEffect(state.signedIn) {
        val learner = state.signedIn ?: return@LaunchedEffect
        onSignedIn(learner.id)
    }
    // Count down a picture-password wait, then let the child try again.
    val wait = state.pictureSignIn?.waitSeconds ?: 0
    LaunchedEffect(wait) {
        if (wait > 0) {
            delay(wait * 1000L)
            holder.waitOver()
        }
    }

    val form = state.form
    val signIn = state.pictureSignIn
    ScreenFrame(
        title = state.labels["who-is-learning"],
        labels = state.labels,
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
        onBack = when {
            form != null -> ({ holder.cancelNewLearner() })
            signIn != null -> ({ holder.cancelSignIn() })
            else -> null
        },
    ) {
        when {
            signIn != null -> {
                item {
                    Text(word("tap-your-pictures"), style = MaterialTheme.typography.titleMedium)
                }
                if (signIn.failures > 0) item { Text(word("not-right-try-again")) }
                if (signIn.waitSeconds > 0) item { Text(wordf("wait-seconds", "seconds" to signIn.waitSeconds)) }
                item {
                    // What was tapped so far, in order, said as numbers (not only shown).
                    Text(wordf("pictures-tapped", "count" to signIn.chosen.size))
                }
                items(signIn.grid.chunked(3)) { row ->
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        row.forEach { p ->
                            PictureTile(core, p, selected = false, modifier = Modifier.weight(1f)) {
                                holder.tapPicture(p.id)
                            }
                        }
                    }
                }
                item {
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        SecondaryButton(word("undo"), onClick = { holder.removeLastPicture() })
                        BigButton(
                            word("done"),
                            onClick = { holder.submitPictures() },
                            enabled = signIn.canSubmit,
                            modifier = Modifier.weight(1f),
                        )
                    }
                }
            }
            form != null -> {
                item {
                    OutlinedTextField(
                        value = form.nickname,
                        // Typing stays on the main thread: setNickname does not call the core.
                        onValueChange = { text -> holder.setNickname(text) },
                        label = { Text(word("nickname")) },
                        supportingText = { Text(word("nickname-help")) },
                        singleLine = true,
                        modifier = Modifier.fillMaxWidth(),
                    )
                }
                item { SectionTitle(word("pick-avatar")) }
                items(state.avatars.chunked(3)) { row ->
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                        row.forEach { a ->
                            PictureTile(core, a, selected = a.id == form.avatarId, modifier = Modifier.weight(1f)) {
                                holder.chooseAvatar(a.id)
                            }
                        }
                    }
                }
                item { SectionTitle(word("age")) }
                items(state.ageBands) { band ->
                    ChoiceRow(ageLabel(band), selected = form.ageBand == band) { holder.chooseAgeBand(band) }
                }
                item {
                    BigButton(word("create"), onClick = { holder.createLearner() }, enabled = form.canCreate)
                }
            }
            else -> {
                items(state.learners, key = { it.id }) { learner ->
                    Card(
                        Modifier.fillMaxWidth().heightIn(min = 72.dp)
                            .clickable(role = Role.Button) { holder.pick(learner.id) },
                    ) {
                        Row(Modifier.padding(12.dp), verticalAlignment = Alignment.CenterVertically) {
                            learner.avatar?.let { CorePicture(core, picture(it.path, it.alt), Modifier.size(56.dp)) }
                            Text(learner.nickname, Modifier.padding(start = 16.dp), style = MaterialTheme.typography.titleLarge)
                        }
                    }
                }
                item { BigButton(word("new-learner"), onClick = { holder.startNewLearner() }) }
                item { SecondaryButton(word("get-help"), onClick = onHelp, modifier = Modifier.fillMaxWidth()) }
                item { SecondaryButton(word("for-caregivers"), onClick = onCaregiver, modifier = Modifier.fillMaxWidth()) }
                item { SecondaryButton(word("for-teachers"), onClick = onTeacher, modifier = Modifier.fillMaxWidth()) }
            }
        }
    }
}

/** A tappable picture with its alt text read aloud; a chosen one has a thick border and the word "chosen". */
@Composable
fun PictureTile(core: SafeSteps, p: PictureChoice, selected: Boolean, modifier: Modifier = Modifier, onClick: () -> Unit) {
    Card(
        modifier.heightIn(min = 96.dp)
            .semantics { this.selected = selected }
            .clickable(role = Role.Button, onClick = onClick),
        border = if (selected) BorderStroke(4.dp, MaterialTheme.colorScheme.primary) else null,
    ) {
        Column(Modifier.padding(8.dp).fillMaxWidth(), horizontalAlignment = Alignment.CenterHorizontally) {
            CorePicture(core, picture(p.path, p.alt), Modifier.size(72.dp))
            if (selected) Text(word("chosen"))
        }
    }
}

@Composable
fun ageLabel(band: AgeBand): String = when (band) {
    AgeBand.AGES6_TO9 -> word("ages-6-9")
    AgeBand.AGES10_TO14 -> word("ages-10-14")
    AgeBand.AGES15_TO17 -> word("ages-15-17")
}
