package org.safesteps.demo

import java.util.concurrent.Executor
import org.safesteps.core.LearnerSettings
import org.safesteps.core.LearnerView
import org.safesteps.core.ReviewStatus
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection

/** A text language the pack has. Drafts are machine translations not yet reviewed. */
data class LocaleChoice(
    val tag: String,
    val draft: Boolean,
    val direction: TextDirection,
    val selected: Boolean,
)

/** A sign language the pack has videos for (ISO 639-3). */
data class SignLanguageChoice(val code: String, val selected: Boolean)

data class SettingsState(
    val learnerId: String,
    val nickname: String = "",
    val locales: List<LocaleChoice> = emptyList(),
    /** The direction to lay the app out in, for the chosen text language. */
    val direction: TextDirection = TextDirection.LTR,
    val signLanguages: List<SignLanguageChoice> = emptyList(),
    val signVideoFirst: Boolean = false,
    val captions: Boolean = true,
    val easyRead: Boolean = false,
    val largerText: Boolean = false,
    val reducedMotion: Boolean = false,
    val noAudio: Boolean = false,
    /** The screen's words in the learner's (newly chosen) language. */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

/** The words of the settings screen. */
val SettingsKeys = listOf(
    "settings", "text-language", "same-as-app", "sign-language", "sign-language-none", "accessibility",
    "sign-video-first", "captions-setting", "easy-read-setting", "larger-text", "reduced-motion", "no-audio",
    "picture-password", "has-picture-password", "no-picture-password",
)

/** A learner's settings: text language, sign language (chosen apart from it), accessibility. */
class Settings(
    private val app: SafeSteps,
    learnerId: String,
    executor: Executor = DirectExecutor,
) : StateHolder<SettingsState>(SettingsState(learnerId), executor) {
    private var learner: LearnerView? = null

    override fun withError(state: SettingsState, message: String?) = state.copy(error = message)

    fun load() = launch {
        val l = core { app.learner(state.learnerId) } ?: return@launch
        show(l)
    }

    /** Text in this language first (texts it lacks fall back to the pack's default, never to an id). */
    fun chooseLocale(tag: String) = change { it.copy(locales = listOf(tag)) }

    /** Sign language for videos, or null for the app's choice. */
    fun chooseSignLanguage(code: String?) = change { it.copy(signLanguage = code) }

    fun setSignVideoFirst(on: Boolean) = change { it.copy(signVideoFirst = on) }

    fun setCaptions(on: Boolean) = change { it.copy(captions = on) }

    fun setEasyRead(on: Boolean) = change { it.copy(easyRead = on) }

    fun setLargerText(on: Boolean) = change { it.copy(largerText = on) }

    fun setReducedMotion(on: Boolean) = change { it.copy(reducedMotion = on) }

    fun setNoAudio(on: Boolean) = change { it.copy(noAudio = on) }

    private fun change(edit: (LearnerSettings) -> LearnerSettings) = launch {
        val current = learner ?: return@launch
        val updated = core { app.updateLearnerSettings(current.id, edit(current.settings)) } ?: return@launch
        show(updated)
    }

    private fun show(l: LearnerView) {
        learner = l
        val pack = app.packInfo()
        val s = l.settings
        // The learner's first locale the pack has (matching "ur-PK" to "ur"); else the app's.
        val chosen = s.locales.firstNotNullOfOrNull { want ->
            pack.locales.firstOrNull { it.tag == want || want.startsWith(it.tag + "-") }
        }
        val activeTag = chosen?.tag ?: pack.activeLocale
        val labels = app.labels(s.locales, SettingsKeys)
        update {
            it.copy(
                labels = labels,
                nickname = l.nickname,
                locales = pack.locales.map { loc ->
                    LocaleChoice(loc.tag, loc.status == ReviewStatus.DRAFT, loc.direction, loc.tag == activeTag)
                },
                direction = chosen?.direction ?: pack.activeDirection,
                signLanguages = pack.signLanguages.map { code -> SignLanguageChoice(code, code == s.signLanguage) },
                signVideoFirst = s.signVideoFirst,
                captions = s.captions,
                easyRead = s.easyRead,
                largerText = s.largerText,
                reducedMotion = s.reducedMotion,
                noAudio = s.noAudio,
                loading = false,
                error = null,
            )
        }
    }
}
