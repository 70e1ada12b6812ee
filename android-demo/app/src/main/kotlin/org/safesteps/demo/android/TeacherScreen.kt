package org.safesteps.demo.android

import android.content.Context
import android.net.Uri
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import java.io.File
import org.safesteps.core.SafeSteps
import org.safesteps.demo.ClassRow
import org.safesteps.demo.TeacherArea
import org.safesteps.demo.TeacherAreaState

@Composable
fun TeacherScreen(core: SafeSteps, onBack: () -> Unit) {
    val holder = rememberHolder("teacher") { saved -> TeacherArea(core, saved, CoreExecutor) }
    val state by holder.collectState()
    val act = rememberCoreActions()
    val context = LocalContext.current
    LoadOnce(holder) { holder.load() }
    // Leaving the screen ends the teacher session.
    DisposableEffect(holder) { onDispose { CoreExecutor.execute { holder.close() } } }

    val importBundle = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        if (uri != null) act.run { readBytes(context, uri)?.let(holder::importBundle) }
    }
    val importPieces = rememberLauncherForActivityResult(ActivityResultContracts.OpenMultipleDocuments()) { uris ->
        act.run { uris.forEach { uri -> readBytes(context, uri)?.let(holder::receivePiece) } }
    }

    ScreenFrame(
        title = state.labels["for-teachers"],
        labels = state.labels,
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
        onBack = onBack,
    ) {
        when {
            state.loading -> Unit
            !state.pinSet -> item { PinEntry(word("set-pin"), null) { pin -> holder.setPin(pin) } }
            !state.unlocked -> item { PinEntry(word("enter-pin"), state.pinMessage) { pin -> holder.enterPin(pin) } }
            else -> unlockedArea(state, holder, act, context, onImportBundle = { importBundle.launch(arrayOf("*/*")) }, onImportPieces = { importPieces.launch(arrayOf("*/*")) })
        }
    }
}

private fun androidx.compose.foundation.lazy.LazyListScope.unlockedArea(
    state: TeacherAreaState,
    holder: TeacherArea,
    act: CoreActions,
    context: Context,
    onImportBundle: () -> Unit,
    onImportPieces: () -> Unit,
) {
    state.recoveryCode?.let { code ->
        item {
            ItemCard {
                Text(word("recovery-code-title"), style = MaterialTheme.typography.titleMedium)
                Text(code, style = MaterialTheme.typography.headlineSmall)
                Text(word("recovery-code-help"))
                BigButton(word("written-down"), onClick = { holder.recoveryCodeSeen() })
            }
        }
    }
    item { SecondaryButton(word("lock"), onClick = { holder.lock() }) }

    state.report?.let { report ->
        item {
            ItemCard {
                SectionTitle(word("report-for"))
                report.learners.forEach { l ->
                    Text(
                        wordf("report-learner", "nickname" to l.nickname, "assigned" to l.assigned, "completed" to l.completed, "mastered" to l.mastered),
                    )
                }
                report.modules.forEach { m ->
                    Text(wordf("report-module", "module" to m.title, "assigned" to m.assigned, "started" to m.started, "completed" to m.completed, "mastered" to m.mastered))
                }
                report.questions.forEach { q ->
                    Text(wordf("report-question", "question" to q.prompt, "attempts" to q.attempts, "wrong" to q.wrongPercent))
                }
                SecondaryButton(word("close"), onClick = { holder.closeReport() })
            }
        }
    }

    item { SectionTitle(word("classes")) }
    item { NewClass { name -> holder.createClass(name) } }
    items(state.classes, key = { it.id }) { c -> ClassCard(c, state, holder, act) }

    item { SectionTitle(word("assignments")) }
    items(state.assignments, key = { it.id }) { a ->
        ItemCard {
            Text(a.moduleTitles.joinToString(", "), style = MaterialTheme.typography.titleSmall)
            Text(wordf("assignment-for", "target" to a.targetName, "count" to a.learnerCount))
            if (a.withdrawn) {
                Text(word("withdrawn"))
            } else {
                SecondaryButton(word("withdraw"), onClick = { holder.withdraw(a.id) })
            }
        }
    }

    item { SectionTitle(word("share-with-devices")) }
    item {
        BigButton(word("export-assignments"), onClick = {
            // Runs on the core thread; the pieces go to app storage, to pass on by cable or card
            // (QR display is not built yet).
            holder.exportAssignments { pieces ->
                val dir = File(context.getExternalFilesDir(null), "bundles").apply { mkdirs() }
                pieces.forEachIndexed { i, piece -> File(dir, "assignments-${i + 1}.ssb").writeBytes(piece) }
            }
        })
    }
    if (state.exportPieces > 0) item { Text(word("pieces-ready")) }
    item { SecondaryButton(word("import-bundle"), onClick = onImportBundle, modifier = Modifier.fillMaxWidth()) }
    item { SecondaryButton(word("import-pieces"), onClick = onImportPieces, modifier = Modifier.fillMaxWidth()) }
    if (state.piecesTotal > 0) item { Text(word("pieces-received")) }
    state.lastImport?.let { i ->
        item { Text(wordf("imported", "device" to "", "learners" to i.learnersAdded, "events" to i.eventsAdded, "already" to i.eventsAlreadyHere, "assignments" to i.assignmentsChanged, "classes" to i.classesChanged)) }
    }
}

@Composable
private fun PinEntry(title: String, message: String?, onSubmit: (String) -> Unit) {
    var pin by rememberSaveable { mutableStateOf("") }
    ItemCard {
        Text(title, style = MaterialTheme.typography.titleMedium)
        OutlinedTextField(
            value = pin,
            onValueChange = { pin = it.filter(Char::isDigit).take(12) },
            label = { Text(word("pin")) },
            singleLine = true,
            visualTransformation = PasswordVisualTransformation(),
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.NumberPassword),
            modifier = Modifier.fillMaxWidth(),
        )
        // Why it was refused and how long to wait, in words from the core.
        message?.let { Text(it) }
        BigButton(word("ok"), onClick = { onSubmit(pin); pin = "" }, enabled = pin.length >= 4)
    }
}

@Composable
private fun NewClass(onCreate: (String) -> Unit) {
    var name by rememberSaveable { mutableStateOf("") }
    ItemCard {
        OutlinedTextField(
            value = name,
            onValueChange = { name = it },
            label = { Text(word("class-name")) },
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        BigButton(word("create-class"), onClick = { onCreate(name); name = "" }, enabled = name.isNotBlank())
    }
}

@Composable
private fun ClassCard(c: ClassRow, state: TeacherAreaState, holder: TeacherArea, act: CoreActions) {
    var open by rememberSaveable(c.id) { mutableStateOf(false) }
    ItemCard {
        Text(c.name, style = MaterialTheme.typography.titleMedium)
        Text(wordf("class-learners", "count" to c.learnerIds.size))
        SecondaryButton(word("report"), onClick = { holder.openReport(c.id) })
        SecondaryButton(word(if (open) "close" else "manage"), onClick = { open = !open })
        if (open) {
            Text(word("assign-module"), style = MaterialTheme.typography.titleSmall)
            state.modules.forEach { m ->
                SecondaryButton(m.title, onClick = { holder.assignToClass(c.id, listOf(m.id)) }, modifier = Modifier.fillMaxWidth())
            }
            val outside = state.learners.filter { it.id !in c.learnerIds }
            if (outside.isNotEmpty()) Text(word("add-learner"), style = MaterialTheme.typography.titleSmall)
            outside.forEach { l ->
                SecondaryButton(l.nickname, onClick = { holder.addToClass(c.id, l.id) }, modifier = Modifier.fillMaxWidth())
            }
        }
    }
}

private fun readBytes(context: Context, uri: Uri): ByteArray? =
    runCatching { context.contentResolver.openInputStream(uri)?.use { it.readBytes() } }.getOrNull()
