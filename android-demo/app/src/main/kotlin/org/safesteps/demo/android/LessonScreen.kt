package org.safesteps.demo.android

import android.net.Uri
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.LaunchedEffect
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
import androidx.media3.common.C
import androidx.media3.common.MediaItem
import androidx.media3.common.MimeTypes
import androidx.media3.common.Player
import androidx.media3.exoplayer.ExoPlayer
import androidx.media3.ui.PlayerView
import java.io.File
import kotlinx.coroutines.delay
import kotlinx.coroutines.withContext
import org.safesteps.core.MediaKind
import org.safesteps.core.SafeSteps
import org.safesteps.demo.LessonPlayer
import org.safesteps.demo.LessonPlayerState
import org.safesteps.demo.R
import org.safesteps.demo.VideoPlayback

@Composable
fun LessonScreen(
    core: SafeSteps,
    learnerId: String,
    lessonId: String,
    onBack: () -> Unit,
    onOpenPathway: (pathwayId: String) -> Unit,
) {
    val holder = rememberHolder("lesson/$learnerId/$lessonId") { saved -> LessonPlayer(core, learnerId, lessonId, saved, CoreExecutor) }
    val state by holder.collectState()
    LoadOnce(holder) { holder.load() }

    ScreenFrame(
        title = state.title,
        direction = state.direction,
        loading = state.loading,
        error = state.error,
        onDismissError = { holder.dismissError() },
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
                MediaKind.SIGN_VIDEO -> SignVideoPanel(core, state, holder)
                MediaKind.AUDIO -> Text(stringResource(R.string.audio_available))
            }
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                if (state.easyReadAvailable) {
                    SecondaryButton(
                        stringResource(if (state.easyRead) R.string.full_text else R.string.easy_read),
                        onClick = { holder.toggleEasyRead() },
                    )
                }
                SecondaryButton(
                    stringResource(if (state.captionsOn) R.string.captions_on else R.string.captions_off),
                    onClick = { holder.toggleCaptions() },
                )
            }
        }
        val questionId = state.questionId
        if (questionId != null) {
            item(key = questionId) {
                QuizPanel(core, state.learnerId, questionId, onAnswered = { holder.refreshProgress() })
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
                SecondaryButton(stringResource(R.string.previous), onClick = { holder.back() }, enabled = state.canGoBack)
                if (state.isLastStep) {
                    BigButton(stringResource(R.string.finish), onClick = onBack, modifier = Modifier.weight(1f))
                } else {
                    BigButton(stringResource(R.string.next), onClick = { holder.next() }, modifier = Modifier.weight(1f))
                }
            }
        }
        if (state.completed) {
            item { SecondaryButton(stringResource(R.string.start_again), onClick = { holder.restart() }) }
        }
    }
}

/**
 * The step's sign-language video in the chosen sign language, with a choice of the others.
 * Until a video is recorded, it says so in words: the picture and text carry the step.
 */
@Composable
private fun SignVideoPanel(core: SafeSteps, state: LessonPlayerState, holder: LessonPlayer) {
    val video = state.video ?: return
    ItemCard {
        Text(stringResource(R.string.sign_video_in, signLanguageName(video.signLanguage)), style = MaterialTheme.typography.titleSmall)
        val playback = state.playback
        if (playback != null) {
            VideoPlayer(core, playback, holder)
            // Large buttons for small hands, said in words (not only icons).
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                if (playback.ended) {
                    BigButton(stringResource(R.string.video_replay), onClick = { holder.replayVideo() }, modifier = Modifier.weight(1f).heightIn(min = 64.dp))
                } else {
                    BigButton(
                        stringResource(if (playback.playing) R.string.video_pause else R.string.video_play),
                        onClick = { if (playback.playing) holder.pauseVideo() else holder.playVideo() },
                        modifier = Modifier.weight(1f).heightIn(min = 64.dp),
                    )
                    BigButton(stringResource(R.string.video_replay), onClick = { holder.replayVideo() }, modifier = Modifier.weight(1f).heightIn(min = 64.dp))
                }
            }
        } else {
            Text(stringResource(R.string.video_not_recorded))
        }
        state.videos.filter { it.signLanguage != video.signLanguage }.forEach { other ->
            SecondaryButton(
                stringResource(R.string.sign_video_switch, signLanguageName(other.signLanguage)),
                onClick = { holder.chooseSignLanguage(other.signLanguage) },
            )
        }
    }
}

/**
 * Media3 ExoPlayer for the step's video with its WebVTT captions as a text track, shown
 * when captions are on. The holder's [VideoPlayback] says what plays and where; the player
 * reports its position and the end back, so a rotation goes on from the same place.
 */
@Composable
private fun VideoPlayer(core: SafeSteps, playback: VideoPlayback, holder: LessonPlayer) {
    val context = LocalContext.current
    // The pack's bytes, written once to the app's cache (the player reads files, not memory).
    val files by produceState<Pair<File, File?>?>(null, playback.videoPath, playback.captionsPath) {
        value = withContext(CoreDispatcher) {
            runCatching {
                val dir = File(context.cacheDir, "videos").apply { mkdirs() }
                fun cached(path: String) = File(dir, path.replace('/', '_')).apply { if (!isFile) writeBytes(core.media(path)) }
                cached(playback.videoPath) to playback.captionsPath?.let(::cached)
            }.getOrNull()
        }
    }
    val (mp4, vtt) = files ?: return
    val player = remember(mp4, vtt) {
        ExoPlayer.Builder(context).build().apply {
            val item = MediaItem.Builder()
                .setUri(Uri.fromFile(mp4))
                .setSubtitleConfigurations(
                    listOfNotNull(
                        vtt?.let {
                            MediaItem.SubtitleConfiguration.Builder(Uri.fromFile(it))
                                .setMimeType(MimeTypes.TEXT_VTT)
                                .setLanguage(playback.captionsLocale)
                                .setSelectionFlags(C.SELECTION_FLAG_DEFAULT)
                                .build()
                        },
                    ),
                )
                .build()
            setMediaItem(item)
            prepare()
            seekTo(playback.positionMs)
        }
    }
    DisposableEffect(player) {
        val listener = object : Player.Listener {
            override fun onPlaybackStateChanged(playbackState: Int) {
                if (playbackState == Player.STATE_ENDED) holder.videoEnded()
            }
        }
        player.addListener(listener)
        onDispose {
            holder.videoProgress(player.currentPosition)
            player.removeListener(listener)
            player.release()
        }
    }
    // The holder decides: playing or paused, from the start again after Replay, captions on or off.
    LaunchedEffect(player, playback.playing, playback.plays) {
        if (playback.positionMs == 0L && player.currentPosition > 0 && playback.playing) player.seekTo(0)
        player.playWhenReady = playback.playing
        while (playback.playing) {
            delay(500)
            holder.videoProgress(player.currentPosition)
        }
    }
    LaunchedEffect(player, playback.captionsPath) {
        player.trackSelectionParameters = player.trackSelectionParameters.buildUpon()
            .setTrackTypeDisabled(C.TRACK_TYPE_TEXT, playback.captionsPath == null)
            .setPreferredTextLanguage(playback.captionsLocale)
            .build()
    }
    AndroidView(
        factory = { ctx ->
            PlayerView(ctx).apply {
                this.player = player
                // Our own large Play/Pause and Replay buttons replace the small built-in ones.
                useController = false
            }
        },
        update = { it.player = player },
        modifier = Modifier.fillMaxWidth().aspectRatio(16f / 9f),
    )
}
