import AVFoundation
import Foundation
import SafeStepsCore
import SwiftUI

/// The sign-language video area of a lesson step: which sign language, the player (AVPlayer),
/// captions from the video's WebVTT file, large Play/Pause and Replay buttons, and playing
/// by itself when the learner wants the sign video first.
@MainActor
final class SignVideoState: ObservableObject {
    @Published private(set) var videos: [SignVideo] = []
    @Published private(set) var selected = 0
    @Published private(set) var player: AVPlayer?
    /// The caption for the moment the video is at.
    @Published private(set) var caption: String?
    @Published var captionsOn = true
    @Published private(set) var error: String?
    /// Playing now (the big button says Pause), or paused (it says Play).
    @Published private(set) var playing = false
    /// Played to the end: the big button says Play again.
    @Published private(set) var ended = false

    /// Start playing as soon as the video is ready (the learner wants the sign video first).
    private var autoplay = false
    private var cues: [Cue] = []
    private var timeObserver: Any?
    private var endObserver: NSObjectProtocol?
    private let core: Core

    init(core: Core) {
        self.core = core
    }

    var current: SignVideo? {
        videos.indices.contains(selected) ? videos[selected] : nil
    }

    /// Recorded videos play; the others say they are still to be recorded.
    var isRecorded: Bool {
        current?.status == .recorded && current?.path != nil
    }

    /// Every caption, for reading without the video.
    var transcript: String {
        cues.map(\.text).joined(separator: "\n")
    }

    /// The chosen sign language, for a picker.
    var selection: Binding<Int> {
        Binding(
            get: { self.selected },
            set: { index in
                self.selected = index
                Task { await self.select(index) }
            }
        )
    }

    /// A new step: its videos come with the learner's sign language first. With
    /// `playFirst` (the learner's "sign video first" setting) the video starts by itself.
    func show(_ videos: [SignVideo], captionsOn: Bool, playFirst: Bool) async {
        self.videos = videos
        self.captionsOn = captionsOn
        autoplay = playFirst
        await select(0)
    }

    /// The big Play/Pause button.
    func playOrPause() {
        guard let player else { return }
        if ended {
            replay()
        } else if playing {
            player.pause()
            playing = false
        } else {
            player.play()
            playing = true
        }
    }

    /// The big Play again button: from the beginning.
    func replay() {
        guard let player else { return }
        ended = false
        player.seek(to: .zero)
        player.play()
        playing = true
    }

    /// Switch to another sign language.
    func select(_ index: Int) async {
        stop()
        selected = index
        guard let video = current else { return }
        guard video.status == .recorded, let path = video.path else { return }
        do {
            let url = try await core.mediaFile(path)
            // The captions are a WebVTT file in the pack, read through the core.
            var loaded: [Cue] = []
            if let captionsPath = video.captions {
                let data = try await core.run { app in try app.media(path: captionsPath) }
                loaded = WebVTT.parse(String(decoding: data, as: UTF8.self))
            }
            guard current == video else { return }  // switched again meanwhile
            cues = loaded
            let player = AVPlayer(url: url)
            let interval = CMTime(seconds: 0.25, preferredTimescale: 600)
            timeObserver = player.addPeriodicTimeObserver(forInterval: interval, queue: .main) { [weak self] time in
                let seconds = time.seconds
                Task { @MainActor [weak self] in
                    self?.showCaption(at: seconds)
                }
            }
            endObserver = NotificationCenter.default.addObserver(
                forName: .AVPlayerItemDidPlayToEndTime, object: player.currentItem, queue: .main
            ) { [weak self] _ in
                Task { @MainActor [weak self] in
                    self?.playing = false
                    self?.ended = true
                }
            }
            self.player = player
            error = nil
            if autoplay {
                player.play()
                playing = true
            }
        } catch {
            self.error = describe(error)
        }
    }

    /// Stop playing (the step changed or the lesson closed).
    func stop() {
        if let player, let timeObserver {
            player.removeTimeObserver(timeObserver)
        }
        if let endObserver {
            NotificationCenter.default.removeObserver(endObserver)
        }
        player?.pause()
        player = nil
        timeObserver = nil
        endObserver = nil
        caption = nil
        cues = []
        playing = false
        ended = false
    }

    private func showCaption(at seconds: Double) {
        caption = cues.first { seconds >= $0.start && seconds < $0.end }?.text
    }
}
