package org.safesteps.demo.android

import android.media.MediaFormat
import android.widget.VideoView
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.produceState
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.compose.ui.viewinterop.AndroidView
import java.io.File
import kotlinx.coroutines.withContext
import org.safesteps.core.MediaKind
import org.safesteps.core.SafeSteps
import org.safesteps.demo.LessonPlayer
import org.safesteps.demo.LessonPlayerState
import org.safesteps.demo.R
import org.safesteps.demo.VideoChoice

@Composable
fun LessonScreen(
    core: SafeSteps,
    learnerId: String,
    lessonId: String,
    onBack: () -> Unit,
    onOpenPathway: (pathwayId: String) -> Unit,
) {
    val holder = remember(core, learnerId, lessonId) { LessonPlayer(core, learnerId, lessonId) }
    val state by holder.collectState()
    val act = rememberCoreActions()
    LoadOnce(holder) { holder.load() }

    ScreenFrame(
        title = state.title,
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { act.run { holder.dismissError() } },
        onBack = onBack,
        textScale = state.textScale,
    ) {
        if (state.loading) return@ScreenFrame
        item {
            // "Step 2 of 5", announced when it changes.
            Text(
                stringResource(R.string.step_n_of_m, state.stepNumber, state.stepCount),
                style = MaterialTheme.typography.labelLarge,
                modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
            )
        }
        state.resumedAtStep?.let { step -> item { Text(stringResource(R.string.resumed_at, step)) } }
        // Picture, text and sign video in the order this learner's settings ask for.
        items(state.mediaOrder) { kind ->
            when (kind) {
                MediaKind.PICTURE -> CorePicture(core, state.picture, Modifier.fillMaxWidth().aspectRatio(4f / 3f))
                MediaKind.TEXT -> Text(state.text, style = MaterialTheme.typography.bodyLarge)
                MediaKind.SIGN_VIDEO -> SignVideoPanel(core, state, onChoose = { act.run { holder.chooseSignLanguage(it) } })
                MediaKind.AUDIO -> Text(stringResource(R.string.audio_available))
            }
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                if (state.easyReadAvailable) {
                    SecondaryButton(
                        stringResource(if (state.easyRead) R.string.full_text else R.string.easy_read),
                        onClick = { act.run { holder.toggleEasyRead() } },
                    )
                }
                SecondaryButton(
                    stringResource(if (state.captionsOn) R.string.captions_on else R.string.captions_off),
                    onClick = { act.run { holder.toggleCaptions() } },
                )
            }
        }
        val questionId = state.questionId
        if (questionId != null) {
            item(key = questionId) {
                QuizPanel(core, state.learnerId, questionId, onAnswered = { act.run { holder.refreshProgress() } })
            }
        }
        state.pathwayId?.let { id ->
            item { BigButton(stringResource(R.string.what_to_do), onClick = { onOpenPathway(id) }) }
        }
        if (state.completed) {
            item { Text(stringResource(R.string.lesson_finished), style = MaterialTheme.typography.titleMedium) }
            state.badgeEarned?.let { badge -> item { Text(stringResource(R.string.new_badge, badge)) } }
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                SecondaryButton(stringResource(R.string.previous), onClick = { act.run { holder.back() } }, enabled = state.canGoBack)
                if (state.isLastStep) {
                    BigButton(stringResource(R.string.finish), onClick = onBack, modifier = Modifier.weight(1f))
                } else {
                    BigButton(stringResource(R.string.next), onClick = { act.run { holder.next() } }, modifier = Modifier.weight(1f))
                }
            }
        }
        if (state.completed) {
            item { SecondaryButton(stringResource(R.string.start_again), onClick = { act.run { holder.restart() } }) }
        }
    }
}

/**
 * The step's sign-language video in the chosen sign language, with a choice of the others.
 * Until a video is recorded, it says so in words: the picture and text carry the step.
 */
@Composable
private fun SignVideoPanel(core: SafeSteps, state: LessonPlayerState, onChoose: (String) -> Unit) {
    val video = state.video ?: return
    ItemCard {
        Text(stringResource(R.string.sign_video_in, signLanguageName(video.signLanguage)), style = MaterialTheme.typography.titleSmall)
        if (video.recorded && video.videoPath != null) {
            VideoPlayer(core, video, captions = state.captionsPath)
        } else {
            Text(stringResource(R.string.video_not_recorded))
        }
        state.videos.filter { it.signLanguage != video.signLanguage }.forEach { other ->
            SecondaryButton(
                stringResource(R.string.sign_video_switch, signLanguageName(other.signLanguage)),
                onClick = { onChoose(other.signLanguage) },
            )
        }
    }
}

/** Plays a recorded video from the pack, with WebVTT captions when they are on. */
@Composable
private fun VideoPlayer(core: SafeSteps, video: VideoChoice, captions: String?) {
    val context = LocalContext.current
    val files by produceState<Pair<File, File?>?>(null, video.videoPath, captions) {
        value = withContext(CoreDispatcher) {
            runCatching {
                val dir = File(context.cacheDir, "videos").apply { mkdirs() }
                val mp4 = File(dir, video.videoPath!!.substringAfterLast('/'))
                if (!mp4.isFile) mp4.writeBytes(core.media(video.videoPath!!))
                val vtt = captions?.let { path -> File(dir, path.substringAfterLast('/')).apply { writeBytes(core.media(path)) } }
                mp4 to vtt
            }.getOrNull()
        }
    }
    val (mp4, vtt) = files ?: return
    AndroidView(
        factory = { ctx ->
            VideoView(ctx).apply {
                setVideoPath(mp4.path)
                vtt?.let { addSubtitleSource(it.inputStream(), MediaFormat.createSubtitleFormat("text/vtt", "und")) }
                setOnPreparedListener { it.isLooping = true }
                start()
            }
        },
        modifier = Modifier.fillMaxWidth().aspectRatio(16f / 9f),
    )
}
