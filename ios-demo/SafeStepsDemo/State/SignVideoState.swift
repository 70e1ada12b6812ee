import AVFoundation
import Foundation
import SafeStepsCore
import SwiftUI

/// The sign-language video area of a lesson step: which sign language, the player, captions.
@MainActor
final class SignVideoState: ObservableObject {
    @Published private(set) var videos: [SignVideo] = []
    @Published private(set) var selected = 0
    @Published private(set) var player: AVPlayer?
    /// The caption for the moment the video is at.
    @Published private(set) var caption: String?
    @Published var captionsOn = true
    @Published private(set) var error: String?

    private var cues: [Cue] = []
    private var timeObserver: Any?
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

    /// A new step: its videos come with the learner's sign language first.
    func show(_ videos: [SignVideo], captionsOn: Bool) async {
        self.videos = videos
        self.captionsOn = captionsOn
        await select(0)
    }

    /// Switch to another sign language.
    func select(_ index: Int) async {
        stop()
        selected = index
        guard let video = current else { return }
        cues = WebVTT.parse(video.captions ?? "")
        guard video.status == .recorded, let path = video.path else { return }
        do {
            let url = try await core.mediaFile(path)
            guard current == video else { return }  // switched again meanwhile
            let player = AVPlayer(url: url)
            let interval = CMTime(seconds: 0.25, preferredTimescale: 600)
            timeObserver = player.addPeriodicTimeObserver(forInterval: interval, queue: .main) { [weak self] time in
                let seconds = time.seconds
                Task { @MainActor [weak self] in
                    self?.showCaption(at: seconds)
                }
            }
            self.player = player
            error = nil
        } catch {
            self.error = describe(error)
        }
    }

    /// Stop playing (the step changed or the lesson closed).
    func stop() {
        if let player, let timeObserver {
            player.removeTimeObserver(timeObserver)
        }
        player?.pause()
        player = nil
        timeObserver = nil
        caption = nil
        cues = []
    }

    private func showCaption(at seconds: Double) {
        caption = cues.first { seconds >= $0.start && seconds < $0.end }?.text
    }
}
