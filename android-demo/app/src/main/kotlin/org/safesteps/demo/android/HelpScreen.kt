package org.safesteps.demo.android

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyRow
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.unit.dp
import androidx.compose.foundation.layout.heightIn
import org.safesteps.core.OpenState
import org.safesteps.core.SafeSteps
import org.safesteps.demo.ChannelUi
import org.safesteps.demo.ContactUi
import org.safesteps.demo.Help
import org.safesteps.demo.OpensWith

@Composable
fun HelpScreen(core: SafeSteps, onBack: () -> Unit, onOpenPathway: (String) -> Unit, onQuickExit: () -> Unit) {
    val holder = rememberHolder("help") { saved -> Help(core, saved = saved, executor = CoreExecutor) }
    val state by holder.collectState()
    LoadOnce(holder) { holder.load() }

    ScreenFrame(
        title = state.labels["get-help"],
        labels = state.labels,
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
        onBack = onBack,
        // quickExit() never calls the core: it runs at once, on the main thread.
        onQuickExit = {
            holder.quickExit()
            onQuickExit()
        },
    ) {
        item { SectionTitle(word("what-happened")) }
        items(state.situations, key = { it.id }) { s ->
            SecondaryButton(s.title, onClick = { onOpenPathway(s.id) }, modifier = Modifier.fillMaxWidth())
        }
        item { SectionTitle(word("country")) }
        item {
            LazyRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                items(state.countries) { code ->
                    val chosen = code == state.country
                    OutlinedButton(
                        onClick = { holder.chooseCountry(code) },
                        modifier = Modifier.heightIn(min = 48.dp),
                        border = if (chosen) BorderStroke(3.dp, MaterialTheme.colorScheme.primary) else BorderStroke(1.dp, MaterialTheme.colorScheme.outline),
                    ) {
                        Text(if (chosen) "✓ $code" else code)
                    }
                }
            }
        }
        item {
            ToggleRow(word("deaf-accessible-only"), state.deafAccessibleOnly) { on ->
                holder.setDeafAccessibleOnly(on)
            }
        }
        item { ToggleRow(word("open-now-only"), state.openNowOnly) { on -> holder.setOpenNowOnly(on) } }
        if (state.toCheck > 0) item { Text(word("some-to-check")) }
        if (!state.loading && state.contacts.isEmpty()) item { Text(word("no-contacts")) }
        items(state.contacts, key = { it.id }) { c -> ContactCard(c) }
    }
}

/** A help contact: who, what kind, each way to reach them with open-now in words, and "Check this number". */
@Composable
fun ContactCard(c: ContactUi) {
    val context = LocalContext.current
    ItemCard {
        Text(c.organisation, style = MaterialTheme.typography.titleMedium)
        Text(c.kindLabel)
        if (c.checkThisNumber) {
            Card(border = BorderStroke(2.dp, MaterialTheme.colorScheme.error)) {
                Column(Modifier.padding(8.dp)) {
                    Text("⚠ " + word("check-this-number"), style = MaterialTheme.typography.titleSmall)
                    c.checkNote?.let { Text(it) }
                }
            }
        }
        c.fallbackNote?.let { Text(it, style = if (c.standIn) MaterialTheme.typography.titleSmall else MaterialTheme.typography.bodyMedium) }
        c.publicNote?.let { Text(it) }
        if (c.deafSupport) Text(word("deaf-support"))
        c.channels.forEach { ch -> ChannelButton(ch) { open(context, ch) } }
        Text(c.statusText, style = MaterialTheme.typography.bodySmall)
        Text(wordf("source", "source" to c.sourceUrl, "date" to c.sourceSeen), style = MaterialTheme.typography.bodySmall)
    }
}

@Composable
private fun ChannelButton(ch: ChannelUi, onClick: () -> Unit) {
    OutlinedButton(onClick = onClick, modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp), enabled = ch.actionUri != null) {
        Column(Modifier.fillMaxWidth()) {
            Text("${ch.label}: ${ch.value}", style = MaterialTheme.typography.titleSmall)
            val status = ch.status.ifBlank {
                if (ch.open == OpenState.UNKNOWN) word("hours-unknown") else ""
            }
            if (status.isNotBlank()) Text(status)
            ch.hours?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            if (ch.usableWithoutHearing) Text(word("works-without-hearing"), style = MaterialTheme.typography.bodySmall)
            ch.cost?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            ch.note?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
        }
    }
}

/**
 * Hands the contact to the phone's own app (dialler, messages, browser) with the URI the
 * core made and checked; nothing is rebuilt from the shown value. SafeSteps stays offline.
 */
private fun open(context: Context, ch: ChannelUi) {
    val uri = ch.actionUri ?: return
    val action = when (ch.opensWith ?: return) {
        OpensWith.DIAL -> Intent.ACTION_DIAL
        OpensWith.SEND_TO -> Intent.ACTION_SENDTO
        OpensWith.VIEW -> Intent.ACTION_VIEW
    }
    val intent = Intent(action, Uri.parse(uri))
    try {
        context.startActivity(intent)
    } catch (e: ActivityNotFoundException) {
        // No app for it on this phone: the number or address is on screen to copy by hand.
    }
}
