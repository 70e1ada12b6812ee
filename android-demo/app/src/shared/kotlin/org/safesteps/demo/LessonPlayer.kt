package org.safesteps.demo

import org.safesteps.core.LessonProgress
import org.safesteps.core.LessonView
import org.safesteps.core.MediaKind
import org.safesteps.core.Picture
import org.safesteps.core.SafeSteps
import org.safesteps.core.StepKind
import org.safesteps.core.StepView
import org.safesteps.core.TextDirection
import org.safesteps.core.VideoStatus

/** A sign-language video of the step, in one sign language. */
data class VideoChoice(
    /** ISO 639-3, e.g. "pks" (Pakistan Sign Language). */
    val signLanguage: String,
    /** False while the video is still to be recorded: the screen shows text and picture. */
    val recorded: Boolean,
    /** Pack path of the video (read the bytes with `SafeSteps.media`). */
    val videoPath: String?,
    /** Pack path of the WebVTT captions, when there are any. */
    val captionsPath: String?,
)

data class LessonPlayerState(
    val learnerId: String,
    val lessonId: String,
    val title: String = "",
    val direction: TextDirection = TextDirection.LTR,
    val textScale: Float = 1.0f,
    val reducedMotion: Boolean = false,
    /** 0-based index of the step shown. */
    val stepIndex: Int = 0,
    /** "Step [stepNumber] of [stepCount]". */
    val stepNumber: Int = 0,
    val stepCount: Int = 0,
    val stepId: String = "",
    val stepKind: StepKind? = null,
    /** The text to show: easy-read when [easyRead] is on and the step has it. */
    val text: String = "",
    val easyReadAvailable: Boolean = false,
    val easyRead: Boolean = false,
    val picture: Picture? = null,
    /** What to draw, in order (the learner may want the sign video first). */
    val mediaOrder: List<MediaKind> = emptyList(),
    val videos: List<VideoChoice> = emptyList(),
    /** The sign language whose video is shown. */
    val signLanguage: String? = null,
    val video: VideoChoice? = null,
    val captionsOn: Boolean = true,
    /** Captions to show under the video: only when captions are on and the video has them. */
    val captionsPath: String? = null,
    /** Optional narration; never needed to follow the step. */
    val audioPath: String? = null,
    /** For a quiz step: the question id for the [Quiz] holder. */
    val questionId: String? = null,
    /** For a pathway step: the pathway id for the [Pathway] holder. */
    val pathwayId: String? = null,
    val canGoBack: Boolean = false,
    val canGoNext: Boolean = false,
    val isLastStep: Boolean = false,
    /** Set when the lesson opened where the child left off: the step number resumed at. */
    val resumedAtStep: Int? = null,
    val stepsSeen: Int = 0,
    val questionsPassed: Int = 0,
    val questionsTotal: Int = 0,
    val completed: Boolean = false,
    /** The badge just earned by finishing the module, if any. */
    val badgeEarned: String? = null,
    val loading: Boolean = true,
    val error: String? = null,
)

/** Plays a lesson step by step for one learner: media in their order, sign video, captions, easy-read. */
class LessonPlayer(
    private val app: SafeSteps,
    learnerId: String,
    lessonId: String,
) : StateHolder<LessonPlayerState>(LessonPlayerState(learnerId, lessonId)) {
    private var lesson: LessonView? = null

    override fun withError(state: LessonPlayerState, message: String?) = state.copy(error = message)

    /** Opens the lesson where the child left off and marks that step seen. */
    fun load() {
        val view = core { app.lesson(state.lessonId, state.learnerId) } ?: return
        lesson = view
        val progress = core { app.lessonProgress(state.learnerId, state.lessonId) } ?: return
        val resume = view.resumeIndex.toInt().coerceIn(0, (view.steps.size - 1).coerceAtLeast(0))
        val first = view.steps.firstOrNull()
        update {
            it.copy(
                title = view.title,
                direction = view.direction,
                textScale = view.display.textScale,
                reducedMotion = view.display.reducedMotion,
                captionsOn = view.display.captions,
                // The core already chose easy-read text when the learner asked for it.
                easyRead = first != null && first.easyText != null && first.text == first.easyText,
                signLanguage = first?.videos?.firstOrNull()?.signLanguage,
                resumedAtStep = if (resume > 0) resume + 1 else null,
                loading = false,
                error = null,
            ).withProgress(progress)
        }
        show(resume)
    }

    fun next() {
        if (state.canGoNext) show(state.stepIndex + 1)
    }

    fun back() {
        if (state.canGoBack) show(state.stepIndex - 1)
    }

    fun goTo(index: Int) {
        val steps = lesson?.steps ?: return
        if (index in steps.indices) show(index)
    }

    fun toggleCaptions() = update { it.copy(captionsOn = !it.captionsOn).withStep(currentStep()) }

    fun toggleEasyRead() = update { it.copy(easyRead = !it.easyRead).withStep(currentStep()) }

    /** Shows the video in another sign language (when the step has one). */
    fun chooseSignLanguage(signLanguage: String) =
        update { it.copy(signLanguage = signLanguage).withStep(currentStep()) }

    /** After the quiz of this step: refresh progress (passed questions, completion, badge). */
    fun refreshProgress() {
        val progress = core { app.lessonProgress(state.learnerId, state.lessonId) } ?: return
        update { it.withProgress(progress) }
    }

    /** Start a finished lesson again, from step 1. */
    fun restart() {
        val view = core { app.restartLesson(state.learnerId, state.lessonId) } ?: return
        lesson = view
        update { it.copy(resumedAtStep = null, completed = false, badgeEarned = null) }
        refreshProgress()
        show(0)
    }

    private fun currentStep(): StepView? = lesson?.steps?.getOrNull(state.stepIndex)

    private fun show(index: Int) {
        val steps = lesson?.steps ?: return
        val step = steps[index]
        val progress = core { app.markStepSeen(state.learnerId, step.id) } ?: return
        update {
            it.copy(
                stepIndex = index,
                canGoBack = index > 0,
                canGoNext = index < steps.size - 1,
                isLastStep = index == steps.size - 1,
                error = null,
            ).withStep(step).withProgress(progress)
        }
    }
}

private fun LessonPlayerState.withStep(step: StepView?): LessonPlayerState {
    if (step == null) return this
    val videos = step.videos.map {
        VideoChoice(it.signLanguage, it.status == VideoStatus.RECORDED, it.path, it.captions)
    }
    val video = videos.firstOrNull { it.signLanguage == signLanguage } ?: videos.firstOrNull()
    return copy(
        stepNumber = step.number.toInt(),
        stepCount = step.total.toInt(),
        stepId = step.id,
        stepKind = step.kind,
        text = if (easyRead && step.easyText != null) step.easyText!! else step.fullText,
        easyReadAvailable = step.easyText != null,
        direction = step.direction,
        picture = step.picture,
        mediaOrder = step.mediaOrder,
        videos = videos,
        video = video,
        captionsPath = video?.captionsPath?.takeIf { captionsOn },
        audioPath = step.audio,
        questionId = step.question?.id,
        pathwayId = step.pathway,
    )
}

private fun LessonPlayerState.withProgress(p: LessonProgress) = copy(
    stepsSeen = p.stepsSeen.toInt(),
    questionsPassed = p.questionsPassed.toInt(),
    questionsTotal = p.questionsTotal.toInt(),
    completed = p.completed,
    badgeEarned = p.badgeEarned?.name ?: badgeEarned,
)
