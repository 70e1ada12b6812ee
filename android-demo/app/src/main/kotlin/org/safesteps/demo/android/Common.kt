// Building blocks every screen uses: state collection, the core thread, direction, pictures,
// the screen frame with Back and Quick exit, and 48dp-or-larger controls that say their state in words.
package org.safesteps.demo.android

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyListScope
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.State
import androidx.compose.runtime.getValue
import androidx.compose.runtime.produceState
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.compositionLocalOf
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import coil.compose.AsyncImage
import coil.decode.SvgDecoder
import coil.request.ImageRequest
import java.nio.ByteBuffer
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.safesteps.core.Picture
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection as CoreDirection
import org.safesteps.demo.Labels
import org.safesteps.demo.Saved
import org.safesteps.demo.format
import org.safesteps.demo.StateHolder

/**
 * The holder's state as Compose state, collected only while the screen is at least STARTED
 * (nothing is drawn for a screen in the background). The holder updates it from the core thread.
 */
@Composable
fun <S : Any> StateHolder<S>.collectState(): State<S> = uiState.collectAsStateWithLifecycle()

/**
 * Blocking work that is not a holder call (reading a picked file, writing an export) on the
 * core thread. Holder methods need none of this: they run their core calls on the executor
 * they were given.
 */
class CoreActions(private val scope: CoroutineScope) {
    fun run(block: () -> Unit) {
        scope.launch(CoreDispatcher) { block() }
    }
}

@Composable
fun rememberCoreActions(): CoreActions {
    val scope = rememberCoroutineScope()
    return remember(scope) { CoreActions(scope) }
}

/**
 * Loads [holder] the first time its screen is shown; a holder kept across rotation by the
 * [AppViewModel] stays where it was. (Home and Badges reload each time: progress changes.)
 */
@Composable
fun LoadOnce(holder: StateHolder<*>, load: () -> Unit) {
    LaunchedEffect(holder) { holder.loadOnce(load) }
}

/** The app's ViewModel: the back stack and the open screens' holders. */
val LocalAppViewModel = staticCompositionLocalOf<AppViewModel> { error("no AppViewModel") }

/** This screen's holder, kept by the [AppViewModel] under [key] and made with its saved snapshot. */
@Composable
fun <H : StateHolder<*>> rememberHolder(key: String, create: (saved: Saved) -> H): H {
    val vm = LocalAppViewModel.current
    return remember(vm, key) { vm.holder(key, create) }
}

/** The words of the screen being drawn, from the core's UI texts (see [Labels]). */
val LocalLabels = compositionLocalOf { Labels() }

/** The core object, for texts with variables that the holder did not format. */
val LocalCore = staticCompositionLocalOf<SafeSteps?> { null }

/** A word of this screen (a key of the core's UI texts, e.g. "back"). */
@Composable
fun word(key: String): String = LocalLabels.current[key]

/**
 * A UI text with variables ("lessons-done" with done and total), formatted by the core in
 * the screen's language on the core thread; empty for the moment it takes.
 */
@Composable
fun wordf(key: String, vararg args: Pair<String, Any>): String {
    val labels = LocalLabels.current
    val core = LocalCore.current ?: return ""
    val text by produceState("", key, labels.locale, *args.map { it.second }.toTypedArray()) {
        value = withContext(CoreDispatcher) {
            runCatching { core.format(listOf(labels.locale), key, *args) }.getOrDefault("")
        }
    }
    return text
}

/** Lays out [content] right to left when the core says the text is RTL (Urdu...). */
@Composable
fun Directional(direction: CoreDirection, content: @Composable () -> Unit) {
    val layout = if (direction == CoreDirection.RTL) LayoutDirection.Rtl else LayoutDirection.Ltr
    CompositionLocalProvider(LocalLayoutDirection provides layout) { content() }
}

/** Scales text by the learner's "larger text" setting (the core gives the factor). */
@Composable
fun TextScaled(scale: Float, content: @Composable () -> Unit) {
    val d = LocalDensity.current
    CompositionLocalProvider(LocalDensity provides Density(d.density, d.fontScale * scale)) { content() }
}

/**
 * A screen: a top row with Back, the title as a heading, and (on help screens) Quick exit
 * always in reach; then an error, if any, in words; then the content in a list.
 */
@Composable
fun ScreenFrame(
    title: String,
    /** The screen's words from the core (its holder's `labels`). */
    labels: Labels,
    direction: CoreDirection,
    loading: Boolean,
    error: String?,
    onDismissError: () -> Unit,
    onBack: (() -> Unit)?,
    onQuickExit: (() -> Unit)? = null,
    textScale: Float = 1.0f,
    content: LazyListScope.() -> Unit,
) {
    CompositionLocalProvider(LocalLabels provides labels) {
        Directional(direction) {
            TextScaled(textScale) {
                Column(Modifier.fillMaxSize()) {
                    Row(
                        Modifier.fillMaxWidth().padding(horizontal = 8.dp, vertical = 4.dp),
                        verticalAlignment = Alignment.CenterVertically,
                        horizontalArrangement = Arrangement.spacedBy(8.dp),
                    ) {
                        if (onBack != null) {
                            TextButton(onClick = onBack, modifier = Modifier.heightIn(min = 48.dp)) {
                                Text(word("back"))
                            }
                        }
                        Text(
                            title,
                            style = MaterialTheme.typography.titleLarge,
                            modifier = Modifier.weight(1f).semantics { heading() },
                        )
                        if (onQuickExit != null) QuickExitButton(onQuickExit)
                    }
                    // A translation not yet checked by a native speaker says so.
                    labels.draftNote?.let { Text(it, Modifier.padding(horizontal = 16.dp), style = MaterialTheme.typography.bodySmall) }
                    if (error != null) ErrorBanner(error, onDismissError)
                    if (loading) {
                        Box(Modifier.fillMaxWidth().padding(32.dp), contentAlignment = Alignment.Center) {
                            CircularProgressIndicator()
                        }
                    }
                    LazyColumn(
                        Modifier.weight(1f).fillMaxWidth(),
                        contentPadding = PaddingValues(16.dp),
                        verticalArrangement = Arrangement.spacedBy(12.dp),
                        content = content,
                    )
                }
            }
        }
    }
}

/**
 * Quick exit: large, always at the top, labelled in words (not only red). It calls the app
 * directly on the main thread, so it works even while the core is busy.
 */
@Composable
fun QuickExitButton(onClick: () -> Unit) {
    Button(
        onClick = onClick,
        modifier = Modifier.heightIn(min = 56.dp),
        colors = ButtonDefaults.buttonColors(
            containerColor = MaterialTheme.colorScheme.error,
            contentColor = MaterialTheme.colorScheme.onError,
        ),
    ) {
        Text(word("quick-exit"), style = MaterialTheme.typography.titleMedium)
    }
}

@Composable
fun ErrorBanner(message: String, onDismiss: () -> Unit) {
    Card(
        Modifier.fillMaxWidth().padding(horizontal = 16.dp),
        border = BorderStroke(2.dp, MaterialTheme.colorScheme.error),
    ) {
        Row(Modifier.padding(12.dp), verticalAlignment = Alignment.CenterVertically) {
            // The word "Problem" says what the red border says.
            Text(wordf("problem", "text" to message), Modifier.weight(1f))
            TextButton(onClick = onDismiss, modifier = Modifier.heightIn(min = 48.dp)) {
                Text(word("ok"))
            }
        }
    }
}

@Composable
fun BigButton(text: String, onClick: () -> Unit, enabled: Boolean = true, modifier: Modifier = Modifier) {
    Button(onClick = onClick, enabled = enabled, modifier = modifier.fillMaxWidth().heightIn(min = 56.dp)) {
        Text(text, style = MaterialTheme.typography.titleMedium)
    }
}

@Composable
fun SecondaryButton(text: String, onClick: () -> Unit, enabled: Boolean = true, modifier: Modifier = Modifier) {
    OutlinedButton(onClick = onClick, enabled = enabled, modifier = modifier.heightIn(min = 48.dp)) {
        Text(text)
    }
}

/** An on/off setting: the whole row is the 48dp touch target, and it says "On"/"Off" in words. */
@Composable
fun ToggleRow(label: String, checked: Boolean, onChange: (Boolean) -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = 48.dp)
            .toggleable(value = checked, role = Role.Switch, onValueChange = onChange),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Text(label, Modifier.weight(1f), style = MaterialTheme.typography.bodyLarge)
        Text(word(if (checked) "on" else "off"))
        Switch(checked = checked, onCheckedChange = null)
    }
}

/** One choice of several: a radio button and its label, the whole row tappable. */
@Composable
fun ChoiceRow(label: String, selected: Boolean, onClick: () -> Unit) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = 48.dp)
            .selectable(selected = selected, role = Role.RadioButton, onClick = onClick),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        RadioButton(selected = selected, onClick = null)
        Text(label, style = MaterialTheme.typography.bodyLarge)
    }
}

@Composable
fun SectionTitle(text: String) {
    Text(text, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
}

/**
 * A picture from the content pack (SVG), read through the core on the core thread. The
 * content description is the pack's alt text, so screen readers say what the picture shows.
 */
@Composable
fun CorePicture(core: SafeSteps, picture: Picture?, modifier: Modifier = Modifier.size(160.dp)) {
    if (picture == null) return
    val bytes by produceState<ByteArray?>(null, picture.path) {
        value = withContext(CoreDispatcher) { runCatching { core.media(picture.path) }.getOrNull() }
    }
    val data = bytes
    if (data == null) {
        Box(modifier.semantics { contentDescription = picture.alt })
        return
    }
    AsyncImage(
        model = ImageRequest.Builder(LocalContext.current)
            .data(ByteBuffer.wrap(data))
            .decoderFactory(SvgDecoder.Factory())
            .build(),
        contentDescription = picture.alt,
        modifier = modifier,
    )
}

/** A pack picture chosen by id (avatars, picture-password pictures). */
fun picture(path: String, alt: String) = Picture(path, alt)

/** Sign language names for ISO 639-3 codes the default pack uses; others show the code. */
@Composable
fun signLanguageName(code: String): String = when (code) {
    "pks" -> word("sign-pks")
    "sfs" -> word("sign-sfs")
    "zsl" -> word("sign-zsl")
    "bfi" -> word("sign-bfi")
    "ase" -> word("sign-ase")
    else -> code.uppercase()
}

/** A card with padding, for list items. */
@Composable
fun ItemCard(modifier: Modifier = Modifier, content: @Composable () -> Unit) {
    Card(modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) { content() }
    }
}
