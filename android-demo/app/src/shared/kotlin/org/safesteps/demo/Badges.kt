package org.safesteps.demo

import java.util.concurrent.Executor
import org.safesteps.core.Picture
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection

/** A badge: earned ones in full, the others as "not yet" (said in words, not only greyed out). */
data class BadgeTile(
    val moduleId: String,
    val moduleTitle: String,
    val name: String,
    val picture: Picture?,
    val earned: Boolean,
)

data class BadgesState(
    val learnerId: String,
    val direction: TextDirection = TextDirection.LTR,
    val badges: List<BadgeTile> = emptyList(),
    val earned: Int = 0,
    val total: Int = 0,
    /** The screen's words in the learner's language; `badges-count` formatted. */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

/** The words of the badges screen. */
val BadgesKeys = listOf("badges", "earned", "not-yet", "still-to-earn", "no-badges")

/** The learner's badges: one per module that has one. */
class Badges(
    private val app: SafeSteps,
    learnerId: String,
    executor: Executor = DirectExecutor,
) : StateHolder<BadgesState>(BadgesState(learnerId), executor) {
    override fun withError(state: BadgesState, message: String?) = state.copy(error = message)

    fun load() = launch {
        val modules = core { app.modules(state.learnerId) } ?: return@launch
        val tiles = modules.mapNotNull { m ->
            m.badge?.let { BadgeTile(m.id, m.title, it.name, it.picture, m.badgeEarned) }
        }
        val locales = localesOf(app, state.learnerId)
        val count = app.format(locales, "badges-count", "earned" to tiles.count { t -> t.earned }, "total" to tiles.size)
        val labels = app.labels(locales, BadgesKeys, mapOf("badges-count" to count))
        update {
            it.copy(
                labels = labels,
                direction = labels.direction,
                badges = tiles,
                earned = tiles.count { t -> t.earned },
                total = tiles.size,
                loading = false,
                error = null,
            )
        }
    }
}
