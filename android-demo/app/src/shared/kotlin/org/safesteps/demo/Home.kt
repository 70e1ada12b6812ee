package org.safesteps.demo

import java.util.concurrent.Executor
import org.safesteps.core.Change
import org.safesteps.core.ChangeListener
import org.safesteps.core.DueState
import org.safesteps.core.ModuleState
import org.safesteps.core.Picture
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection

/** One module on the home screen. */
data class ModuleCard(
    val id: String,
    val title: String,
    val summary: String,
    val picture: Picture?,
    val state: ModuleState,
    /** A teacher assigned it (assigned modules come first, earliest due first). */
    val assigned: Boolean,
    val dueState: DueState?,
    val dueMs: Long?,
    val lessonsDone: Int,
    val lessonsTotal: Int,
    /** The lesson to open: the first one not finished (the last one when all are). */
    val nextLessonId: String?,
    /** Locked and not-for-age modules cannot be opened. */
    val canOpen: Boolean,
    /** Titles of the modules to finish first, for a locked module. */
    val needsFirst: List<String>,
    val badgeEarned: Boolean,
    val quizPercent: Int?,
)

data class HomeState(
    val learnerId: String,
    val welcome: String = "",
    val direction: TextDirection = TextDirection.LTR,
    val modules: List<ModuleCard> = emptyList(),
    /** The screen's words in the learner's language (see [Labels]). */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

/** The child's home: a welcome, then the modules, assigned ones first. */
/** The words of the home screen. */
val HomeKeys = listOf(
    "app-name", "your-lessons", "more-lessons", "badges", "settings", "switch-learner", "i-need-help", "get-help",
    "go-on", "start", "badge-earned", "assigned", "assigned-done", "locked", "not-for-age", "state-available",
    "state-in-progress", "state-completed", "state-mastered",
)

class Home(
    private val app: SafeSteps,
    learnerId: String,
    executor: Executor = DirectExecutor,
) : StateHolder<HomeState>(HomeState(learnerId), executor) {
    override fun withError(state: HomeState, message: String?) = state.copy(error = message)

    /**
     * Reloads by itself when the core says this learner's progress or settings, the
     * assignments or the pack changed (a lesson finished on another screen, a teacher's
     * bundle arrived). The screen calls it while Home is shown and closes the result when it
     * leaves. The core calls back on the thread that made the change; the reload goes to
     * the holder's executor.
     */
    fun listen(): AutoCloseable {
        val id = app.addChangeListener(
            object : ChangeListener {
                override fun onChange(change: Change) {
                    val mine = when (change) {
                        is Change.ProgressRecorded -> change.learnerId == state.learnerId
                        is Change.LearnerChanged -> change.learnerId == state.learnerId
                        is Change.AssignmentsChanged, is Change.PackInstalled, is Change.BundleImported -> true
                        else -> false
                    }
                    if (mine) load()
                }
            },
        )
        return AutoCloseable { app.removeChangeListener(id) }
    }

    /** Loads (or, after progress or assignments changed, reloads) the home screen. */
    fun load() = launch {
        val id = state.learnerId
        val welcome = core { app.welcome(id) } ?: return@launch
        val modules = core { app.modules(id) } ?: return@launch
        val titles = modules.associate { it.id to it.title }
        val direction = layoutDirection(app, id)
        val cards = modules.map { m ->
            val total = m.lessonIds.size
            val done = m.lessonsCompleted.toInt()
            ModuleCard(
                id = m.id,
                title = m.title,
                summary = m.summary,
                picture = m.picture,
                state = m.state,
                assigned = m.assignment != null,
                dueState = m.assignment?.dueState,
                dueMs = m.assignment?.dueMs,
                lessonsDone = done,
                lessonsTotal = total,
                nextLessonId = m.lessonIds.getOrNull(done.coerceAtMost(total - 1)),
                canOpen = m.state != ModuleState.LOCKED && m.state != ModuleState.NOT_FOR_AGE,
                needsFirst = m.missingPrerequisites.map { titles[it] ?: it },
                badgeEarned = m.badgeEarned,
                quizPercent = m.quizScore?.let(::percent),
            )
        }
        val labels = app.labels(localesOf(app, id), HomeKeys)
        update {
            it.copy(welcome = welcome, direction = direction, modules = cards, labels = labels, loading = false, error = null)
        }
    }
}
