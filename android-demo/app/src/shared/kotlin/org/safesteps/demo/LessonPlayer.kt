package org.safesteps.demo

import java.util.concurrent.Executor
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
    /** The language of those captions (a BCP 47 tag), for the player's text track. */
    val captionsLocale: String?,
)

/**
 * The player of the step's recorded sign-language video (Media3/ExoPlayer on Android and
 * AVPlayer on iOS draw it): what plays, with which captions track, and where it is.
 */
data class VideoPlayback(
    val signLanguage: String,
    /** Pack path of the video file. */
    val videoPath: String,
    /** The captions track to show, or null when captions are off (or the video has none). */
    val captionsPath: String?,
    val captionsLocale: String?,
    val playing: Boolean,
    /** Where the video is, as the player last reported it (kept across rotation). */
    val positionMs: Long,
    /** Played to the end: the screen shows the large Replay button. */
    val ended: Boolean,
    /** How often it was started from the beginning (1 for the first play, +1 per replay). */
    val plays: Int,
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
    /** The learner wants the sign video first: it comes first and starts by itself. */
    val signVideoFirst: Boolean = false,
    /** The recorded video's player; null when the step has no recorded video in this sign language. */
    val playback: VideoPlayback? = null,
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
    /** The screen's words in the learner's language; `step-n-of-m`, `sign-video-in`,
     *  `resumed-at` and `new-badge` formatted for what is shown. */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

/** The words of the lesson screen. */
val LessonKeys = listOf(
    "sign-video", "audio-available", "easy-read", "full-text", "captions-on", "captions-off",
    "video-play", "video-pause", "video-replay", "what-to-do", "lesson-finished", "module-finished", "previous",
    "next", "finish", "start-again",
)

/**
 * Plays a lesson step by step for one learner: media in their order, sign video, captions,
 * easy-read. Saved: the step shown, easy-read, captions, the sign language and the video's
 * place, so a rotated or restarted app shows the same step and goes on with the video.
 */
class LessonPlayer(
    private val app: SafeSteps,
    learnerId: String,
    lessonId: String,
    private val saved: Saved = emptyMap(),
    executor: Executor = DirectExecutor,
) : StateHolder<LessonPlayerState>(LessonPlayerState(learnerId, lessonId), executor) {
    private var lesson: LessonView? = null
    private var locales: List<String> = emptyList()

    override fun withError(state: LessonPlayerState, message: String?) = state.copy(error = message)

    override fun save(): Saved {
        val s = state
        if (s.loading) return saved
        return buildMap<String, Any?> {
            put("step", s.stepIndex)
            put("easyRead", s.easyRead)
            put("captions", s.captionsOn)
            s.signLanguage?.let { put("signLanguage", it) }
            s.resumedAtStep?.let { put("resumedAt", it) }
            s.playback?.let { p ->
                put("video.playing", p.playing)
                put("video.positionMs", p.positionMs)
                put("video.ended", p.ended)
                put("video.plays", p.plays)
            }
        }
    }

    /** Opens the lesson where the child left off (or where the saved state says) and marks that step seen. */
    fun load() = launch {
        locales = localesOf(app, state.learnerId)
        val view = core { app.lesson(state.lessonId, state.learnerId) } ?: return@launch
        lesson = view
        val progress = core { app.lessonProgress(state.learnerId, state.lessonId) } ?: return@launch
        val last = (view.steps.size - 1).coerceAtLeast(0)
        val resume = view.resumeIndex.toInt().coerceIn(0, last)
        val first = view.steps.firstOrNull()
        val restored = saved.int("step")
        val labels = app.labels(locales, LessonKeys)
        update {
            it.copy(
                title = view.title,
                direction = view.direction,
                textScale = view.display.textScale,
                reducedMotion = view.display.reducedMotion,
                captionsOn = saved.bool("captions") ?: view.display.captions,
                // The core already chose easy-read text when the learner asked for it.
                easyRead = saved.bool("easyRead")
                    ?: (first != null && first.easyText != null && first.text == first.easyText),
                signLanguage = saved.string("signLanguage") ?: first?.videos?.firstOrNull()?.signLanguage,
                resumedAtStep = if (restored != null) saved.int("resumedAt") else if (resume > 0) resume + 1 else null,
                labels = labels,
                loading = false,
                error = null,
            ).withProgress(progress)
        }
        if (view.steps.isEmpty()) return@launch
        show(restored?.coerceIn(0, last) ?: resume)
        if (restored != null) {
            // Back where the video was, playing on if it was playing.
            updatePlayback { p ->
                p.copy(
                    playing = saved.bool("video.playing") ?: p.playing,
                    positionMs = saved.long("video.positionMs") ?: 0,
                    ended = saved.bool("video.ended") ?: false,
                    plays = saved.int("video.plays") ?: p.plays,
                )
            }
        }
    }

    fun next() = launch { if (state.canGoNext) show(state.stepIndex + 1) }

    fun back() = launch { if (state.canGoBack) show(state.stepIndex - 1) }

    fun goTo(index: Int) = launch {
        val steps = lesson?.steps ?: return@launch
        if (index in steps.indices) show(index)
    }

    fun toggleCaptions() = launch {
        update { it.copy(captionsOn = !it.captionsOn).withStep(currentStep(), keepPlayback = true) }
    }

    fun toggleEasyRead() = launch {
        update { it.copy(easyRead = !it.easyRead).withStep(currentStep(), keepPlayback = true) }
    }

    /** Shows the video in another sign language (when the step has one). */
    fun chooseSignLanguage(signLanguage: String) = launch {
        update { it.copy(signLanguage = signLanguage).withStep(currentStep(), keepPlayback = false) }
        formatLabels()
    }

    // -- the sign-language video: the large Play/Pause and Replay buttons call these, the player reports back --

    // (These never call the core: they change the state at once, on the calling thread.)

    fun playVideo() = updatePlayback { if (it.ended) it else it.copy(playing = true, plays = maxOf(it.plays, 1)) }

    fun pauseVideo() = updatePlayback { it.copy(playing = false) }

    /** From the beginning again (also after the end). */
    fun replayVideo() = updatePlayback { it.copy(playing = true, positionMs = 0, ended = false, plays = it.plays + 1) }

    /** The player's position, reported while it plays (so a rotation goes on from there). */
    fun videoProgress(positionMs: Long) = updatePlayback { it.copy(positionMs = positionMs.coerceAtLeast(0)) }

    /** The player reached the end: it stops, and Replay is offered. */
    fun videoEnded() = updatePlayback { it.copy(playing = false, ended = true) }

    /** After the quiz of this step: refresh progress (passed questions, completion, badge). */
    fun refreshProgress() = launch { refreshNow() }

    /** Start a finished lesson again, from step 1. */
    fun restart() = launch {
        val view = core { app.restartLesson(state.learnerId, state.lessonId) } ?: return@launch
        lesson = view
        update { it.copy(resumedAtStep = null, completed = false, badgeEarned = null) }
        refreshNow()
        show(0)
    }

    private fun refreshNow() {
        val progress = core { app.lessonProgress(state.learnerId, state.lessonId) } ?: return
        update { it.withProgress(progress) }
        formatLabels()
    }

    /** The texts with variables for what is shown now, formatted by the core. */
    private fun formatLabels() {
        val s = state
        val formatted = buildMap {
            put("step-n-of-m", app.format(locales, "step-n-of-m", "number" to s.stepNumber, "total" to s.stepCount))
            s.resumedAtStep?.let { put("resumed-at", app.format(locales, "resumed-at", "number" to it)) }
            s.video?.let { v ->
                val language = s.labels["sign-${v.signLanguage}"]
                put("sign-video-in", app.format(locales, "sign-video-in", "language" to language))
                if (!v.recorded) put("video-not-recorded", app.format(locales, "video-not-recorded", "language" to language))
            }
            s.badgeEarned?.let { put("new-badge", app.format(locales, "new-badge", "name" to it)) }
        }
        update { it.copy(labels = it.labels.copy(formatted = formatted)) }
    }

    private fun updatePlayback(change: (VideoPlayback) -> VideoPlayback) =
        update { s -> s.playback?.let { s.copy(playback = change(it)) } ?: s }

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
            ).withStep(step, keepPlayback = false).withProgress(progress)
        }
        formatLabels()
    }
}

/**
 * The state for [step]. A new step (or sign language) starts its video afresh: playing at once
 * when the learner wants the sign video first; [keepPlayback] keeps the player's place
 * (captions or easy-read switched).
 */
private fun LessonPlayerState.withStep(step: StepView?, keepPlayback: Boolean): LessonPlayerState {
    if (step == null) return this
    val videos = step.videos.map {
        VideoChoice(it.signLanguage, it.status == VideoStatus.RECORDED, it.path, it.captions, it.captionsLocale)
    }
    val video = videos.firstOrNull { it.signLanguage == signLanguage } ?: videos.firstOrNull()
    val videoFirst = step.mediaOrder.firstOrNull() == MediaKind.SIGN_VIDEO
    val captions = video?.captionsPath?.takeIf { captionsOn }
    val before = playback?.takeIf { keepPlayback && it.videoPath == video?.videoPath }
    val player = if (video != null && video.recorded && video.videoPath != null) {
        before?.copy(captionsPath = captions, captionsLocale = video.captionsLocale.takeIf { captions != null })
            ?: VideoPlayback(
                signLanguage = video.signLanguage,
                videoPath = video.videoPath,
                captionsPath = captions,
                captionsLocale = video.captionsLocale.takeIf { captions != null },
                playing = videoFirst,
                positionMs = 0,
                ended = false,
                plays = if (videoFirst) 1 else 0,
            )
    } else {
        null
    }
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
        captionsPath = captions,
        signVideoFirst = videoFirst,
        playback = player,
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
