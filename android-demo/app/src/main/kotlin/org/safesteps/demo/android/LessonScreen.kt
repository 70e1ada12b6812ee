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
        labels = state.labels,
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
                word("step-n-of-m"),
                style = MaterialTheme.typography.labelLarge,
                modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
            )
        }
        state.resumedAtStep?.let { step -> item { Text(word("resumed-at")) } }
        // Picture, text and sign video in the order this learner's settings ask for.
        items(state.mediaOrder) { kind ->
            when (kind) {
                MediaKind.PICTURE -> CorePicture(core, state.picture, Modifier.fillMaxWidth().aspectRatio(4f / 3f))
                MediaKind.TEXT -> Text(state.text, style = MaterialTheme.typography.bodyLarge)
                MediaKind.SIGN_VIDEO -> SignVideoPanel(core, state, holder)
                MediaKind.AUDIO -> Text(word("audio-available"))
            }
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                if (state.easyReadAvailable) {
                    SecondaryButton(
                        word(if (state.easyRead) "full-text" else "easy-read"),
                        onClick = { holder.toggleEasyRead() },
                    )
                }
                SecondaryButton(
                    word(if (state.captionsOn) "captions-on" else "captions-off"),
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
            item { BigButton(word("what-to-do"), onClick = { onOpenPathway(id) }) }
        }
        if (state.completed) {
            item { Text(word("lesson-finished"), style = MaterialTheme.typography.titleMedium) }
            state.badgeEarned?.let { badge -> item { Text(word("new-badge")) } }
        }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                SecondaryButton(word("previous"), onClick = { holder.back() }, enabled = state.canGoBack)
                if (state.isLastStep) {
                    BigButton(word("finish"), onClick = onBack, modifier = Modifier.weight(1f))
                } else {
                    BigButton(word("next"), onClick = { holder.next() }, modifier = Modifier.weight(1f))
                }
            }
        }
        if (state.completed) {
            item { SecondaryButton(word("start-again"), onClick = { holder.restart() }) }
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
        Text(word("sign-video-in"), style = MaterialTheme.typography.titleSmall)
        val playback = state.playback
        if (playback != null) {
            VideoPlayer(core, playback, holder)
            // Large buttons for small hands, said in words (not only icons).
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                if (playback.ended) {
                    BigButton(word("video-replay"), onClick = { holder.replayVideo() }, modifier = Modifier.weight(1f).heightIn(min = 64.dp))
                } else {
                    BigButton(
                        word(if (playback.playing) "video-pause" else "video-play"),
                        onClick = { if (playback.playing) holder.pauseVideo() else holder.playVideo() },
                        modifier = Modifier.weight(1f).heightIn(min = 64.dp),
                    )
                    BigButton(word("video-replay"), onClick = { holder.replayVideo() }, modifier = Modifier.weight(1f).heightIn(min = 64.dp))
                }
            }
        } else {
            Text(word("video-not-recorded"))
        }
        state.videos.filter { it.signLanguage != video.signLanguage }.forEach { other ->
            SecondaryButton(
                wordf("sign-video-switch", "language" to signLanguageName(other.signLanguage)),
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
    // The core writes the video and its captions once into the app's cache and gives their
    // paths (the player reads files, not memory).
    val files by produceState<Pair<File, File?>?>(null, playback.videoPath, playback.captionsPath) {
        value = withContext(CoreDispatcher) {
            runCatching {
                val dir = File(context.cacheDir, "videos").apply { mkdirs() }.path
                File(core.mediaFile(playback.videoPath, dir)) to playback.captionsPath?.let { File(core.mediaFile(it, dir)) }
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
