package org.safesteps.demo.android

import androidx.compose.foundation.lazy.items
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.remember
import java.util.Locale
import org.safesteps.core.SafeSteps
import org.safesteps.demo.Settings

@Composable
fun SettingsScreen(core: SafeSteps, learnerId: String, onBack: () -> Unit) {
    val holder = rememberHolder("settings/$learnerId") { Settings(core, learnerId, executor = CoreExecutor) }
    val state by holder.collectState()
    LoadOnce(holder) { holder.load() }

    ScreenFrame(
        title = state.labels["settings"],
        labels = state.labels,
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
        onBack = onBack,
    ) {
        item { SectionTitle(word("text-language")) }
        items(state.locales, key = { it.tag }) { locale ->
            // Each language is named in itself ("اردو", "isiZulu"); drafts say so.
            val name = Locale.forLanguageTag(locale.tag).let { it.getDisplayName(it) }
            val label = if (locale.draft) wordf("draft-language", "language" to name) else name
            ChoiceRow(label, selected = locale.selected) { holder.chooseLocale(locale.tag) }
        }
        item { SectionTitle(word("sign-language")) }
        item {
            ChoiceRow(word("sign-language-none"), selected = state.signLanguages.none { it.selected }) {
                holder.chooseSignLanguage(null)
            }
        }
        items(state.signLanguages, key = { it.code }) { sign ->
            ChoiceRow(signLanguageName(sign.code), selected = sign.selected) { holder.chooseSignLanguage(sign.code) }
        }
        item { SectionTitle(word("accessibility")) }
        item { ToggleRow(word("sign-video-first"), state.signVideoFirst) { on -> holder.setSignVideoFirst(on) } }
        item { ToggleRow(word("captions"), state.captions) { on -> holder.setCaptions(on) } }
        item { ToggleRow(word("easy-read-setting"), state.easyRead) { on -> holder.setEasyRead(on) } }
        item { ToggleRow(word("larger-text"), state.largerText) { on -> holder.setLargerText(on) } }
        item { ToggleRow(word("reduced-motion"), state.reducedMotion) { on -> holder.setReducedMotion(on) } }
        item { ToggleRow(word("no-audio"), state.noAudio) { on -> holder.setNoAudio(on) } }
    }
}
