package org.safesteps.demo

import java.util.concurrent.Executor
import org.safesteps.core.Audience
import org.safesteps.core.Picture
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection

data class CaregiverLessonRow(val id: String, val title: String, val steps: Int)

/** A step of a caregiver lesson. Caregivers are not learners: nothing is stored. */
data class CaregiverStepUi(
    val number: Int,
    val total: Int,
    val text: String,
    val picture: Picture?,
    /** For a question step: the question and its options, to think about. */
    val question: String?,
    val options: List<String>,
)

data class CaregiverState(
    val moduleTitle: String = "",
    /** The lesson being read, if any. */
    val lessonId: String? = null,
    val summary: String = "",
    val picture: Picture? = null,
    val direction: TextDirection = TextDirection.LTR,
    val lessons: List<CaregiverLessonRow> = emptyList(),
    /** The lesson being read, if any. */
    val lessonTitle: String? = null,
    val steps: List<CaregiverStepUi> = emptyList(),
    /** The worried-about-child pathway, when opened. */
    val pathway: PathwayState? = null,
    val exitNow: Boolean = false,
    /** The screen's words in the app's language. */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

const val WorriedAboutChild = "worried-about-child"

/** The words of the caregiver screen. */
val CaregiverKeys = listOf("caregivers-title", "worried-about-child", "get-help")

/** For parents and caregivers: the caregiver module, and what to do when worried about a child. */
class Caregiver(
    private val app: SafeSteps,
    country: String? = null,
    clock: () -> Long = System::currentTimeMillis,
    private val onQuickExit: () -> Unit = {},
    private val saved: Saved = emptyMap(),
    executor: Executor = DirectExecutor,
    /** The app's languages for this screen (empty: those the core was opened with). */
    private val locales: List<String> = emptyList(),
) : StateHolder<CaregiverState>(CaregiverState(), executor) {
    private val worried = Pathway(app, WorriedAboutChild, country, clock = clock, onQuickExit = onQuickExit)

    override fun withError(state: CaregiverState, message: String?) = state.copy(error = message)

    /** Saved: the lesson being read and whether the pathway is open. */
    override fun save(): Saved = mapOf("lesson" to state.lessonId, "pathway" to (state.pathway != null))

    fun load() = launch {
        val modules = core { app.modules(null) } ?: return@launch
        val module = modules.firstOrNull { it.audience == Audience.CAREGIVER }
        if (module == null) {
            update { it.copy(loading = false) }
            return@launch
        }
        val lessons = module.lessonIds.mapNotNull { id -> core { app.lesson(id, null) } }
        val labels = app.labels(locales, CaregiverKeys)
        update {
            it.copy(
                labels = labels,
                moduleTitle = module.title,
                summary = module.summary,
                picture = module.picture,
                direction = lessons.firstOrNull()?.direction ?: it.direction,
                lessons = lessons.map { l -> CaregiverLessonRow(l.id, l.title, l.steps.size) },
                loading = false,
                error = null,
            )
        }
        saved.string("lesson")?.let { openLessonNow(it) }
        if (saved.bool("pathway") == true) openPathwayNow()
    }

    fun openLesson(lessonId: String) = launch { openLessonNow(lessonId) }

    private fun openLessonNow(lessonId: String) {
        val lesson = core { app.lesson(lessonId, null) } ?: return
        update {
            it.copy(
                lessonId = lesson.id,
                lessonTitle = lesson.title,
                direction = lesson.direction,
                steps = lesson.steps.map { s ->
                    CaregiverStepUi(
                        number = s.number.toInt(),
                        total = s.total.toInt(),
                        text = s.text,
                        picture = s.picture,
                        question = s.question?.prompt,
                        options = s.question?.options?.map { o -> o.text }.orEmpty(),
                    )
                },
                error = null,
            )
        }
    }

    fun closeLesson() = launch { update { it.copy(lessonId = null, lessonTitle = null, steps = emptyList()) } }

    /** "I am worried about a child": the pathway with local contacts. */
    fun openWorriedPathway() = launch { openPathwayNow() }

    private fun openPathwayNow() {
        worried.loadNow()
        update { it.copy(pathway = worried.state, error = worried.state.error) }
    }

    fun closePathway() = launch { update { it.copy(pathway = null) } }

    /** Leave at once. */
    fun quickExit() {
        update { it.copy(exitNow = true) }
        onQuickExit()
    }
}
