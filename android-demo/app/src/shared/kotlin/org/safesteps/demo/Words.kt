// The app's own words (buttons, labels, titles, error messages) come from the core's UI
// texts: one Fluent file per language in the pack (`locales/<tag>/ui.ftl`) for both apps.
package org.safesteps.demo

import org.safesteps.core.ReviewStatus
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection
import org.safesteps.core.UiArg
import org.safesteps.core.UiText

/**
 * The words one screen shows, in the learner's language (or the app's, before a learner is
 * chosen), from `SafeSteps.uiText`. Keys are the core's stable ids without the `ui-` prefix
 * (`back`, `quick-exit`). [formatted] holds the texts with variables the holder filled in
 * through `SafeSteps.uiFormat` (key -> text, e.g. `step-n-of-m` -> "Step 2 of 5").
 */
data class Labels(
    /** The locale the words are in, e.g. "ur". */
    val locale: String = "",
    /** Lay the screen out right to left when RTL (Urdu). */
    val direction: TextDirection = TextDirection.LTR,
    /** A translation no native speaker has checked yet: the screen shows [draftNote]. */
    val draft: Boolean = false,
    val draftNote: String? = null,
    /** The screen's words by key. */
    val text: Map<String, String> = emptyMap(),
    /** The texts with variables this screen shows, as formatted by the core. */
    val formatted: Map<String, String> = emptyMap(),
) {
    /** The words for [key] (a key the screen did not ask for shows as the key: a bug to see). */
    operator fun get(key: String): String = text[key] ?: formatted[key] ?: key
}

/** The words every screen uses (the frame, errors, on/off, sign language names). */
val CommonKeys = listOf(
    "back", "ok", "on", "off", "close", "quick-exit", "something-went-wrong",
    "sign-ase", "sign-bfi", "sign-pks", "sign-sfs", "sign-zsl",
)

/** The locales of a learner's screens (empty: the app's own). */
fun localesOf(app: SafeSteps, learnerId: String?): List<String> =
    learnerId?.let { id -> app.learner(id).settings.locales }.orEmpty()

/** [keys] (and [CommonKeys]) of [ui]; [formatted] as given. */
fun labelsOf(ui: UiText, keys: Collection<String>, formatted: Map<String, String> = emptyMap()): Labels {
    val draft = ui.status == ReviewStatus.DRAFT
    return Labels(
        locale = ui.locale,
        direction = ui.direction,
        draft = draft,
        draftNote = if (draft) ui.strings["draft-note"] else null,
        text = (CommonKeys + keys).distinct().associateWith { key -> ui.strings[key] ?: key },
        formatted = formatted,
    )
}

/** A UI text with variables formatted by the core (plural forms follow the numbers). */
fun SafeSteps.format(locales: List<String>, key: String, vararg args: Pair<String, Any>): String =
    uiFormat(
        key,
        args.associate { (name, value) ->
            name to when (value) {
                is Int -> UiArg.Number(value.toLong())
                is Long -> UiArg.Number(value)
                else -> UiArg.Text(value.toString())
            }
        },
        locales,
    )
