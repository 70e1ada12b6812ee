package org.safesteps.demo.android

import androidx.compose.foundation.lazy.items
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import androidx.compose.ui.res.stringResource
import java.util.Locale
import org.safesteps.core.SafeSteps
import org.safesteps.demo.R
import org.safesteps.demo.Settings

@Composable
fun SettingsScreen(core: SafeSteps, learnerId: String, onBack: () -> Unit) {
    val holder = rememberHolder("settings/$learnerId") { Settings(core, learnerId, executor = CoreExecutor) }
    val state by holder.collectState()
    LoadOnce(holder) { holder.load() }

    ScreenFrame(
        title = stringResource(R.string.settings),
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
        onBack = onBack,
    ) {
        item { SectionTitle(stringResource(R.string.text_language)) }
        items(state.locales, key = { it.tag }) { locale ->
            // Each language is named in itself ("اردو", "isiZulu"); drafts say so.
            val name = Locale.forLanguageTag(locale.tag).let { it.getDisplayName(it) }
            val label = if (locale.draft) stringResource(R.string.draft_language, name) else name
            ChoiceRow(label, selected = locale.selected) { holder.chooseLocale(locale.tag) }
        }
        item { SectionTitle(stringResource(R.string.sign_language)) }
        item {
            ChoiceRow(stringResource(R.string.sign_language_none), selected = state.signLanguages.none { it.selected }) {
                holder.chooseSignLanguage(null)
            }
        }
        items(state.signLanguages, key = { it.code }) { sign ->
            ChoiceRow(signLanguageName(sign.code), selected = sign.selected) { holder.chooseSignLanguage(sign.code) }
        }
        item { SectionTitle(stringResource(R.string.accessibility)) }
        item { ToggleRow(stringResource(R.string.sign_video_first), state.signVideoFirst) { on -> holder.setSignVideoFirst(on) } }
        item { ToggleRow(stringResource(R.string.captions), state.captions) { on -> holder.setCaptions(on) } }
        item { ToggleRow(stringResource(R.string.easy_read_setting), state.easyRead) { on -> holder.setEasyRead(on) } }
        item { ToggleRow(stringResource(R.string.larger_text), state.largerText) { on -> holder.setLargerText(on) } }
        item { ToggleRow(stringResource(R.string.reduced_motion), state.reducedMotion) { on -> holder.setReducedMotion(on) } }
        item { ToggleRow(stringResource(R.string.no_audio), state.noAudio) { on -> holder.setNoAudio(on) } }
    }
}
