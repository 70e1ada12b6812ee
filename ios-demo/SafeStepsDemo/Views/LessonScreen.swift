import AVKit
import SafeStepsCore
import SwiftUI

/// The lesson player: "step n of m", then the step's sign-language video, picture and text
/// in the order the core chose for this learner, a quiz on quiz steps, Back and Next.
struct LessonScreen: View {
    @Environment(\.words) private var words
    @StateObject private var state: LessonState
    @EnvironmentObject private var media: MediaStore
    @Environment(\.dismiss) private var dismiss

    init(core: Core, lessonId: String, learnerId: String?, easyRead: Bool) {
        _state = StateObject(wrappedValue: LessonState(
            core: core, lessonId: lessonId, learnerId: learnerId, easyRead: easyRead))
    }

    var body: some View {
        Group {
            if state.finished {
                finished
            } else if let step = state.step {
                stepView(step)
            } else if let error = state.error {
                ErrorMessage(text: error)
                    .padding()
            } else {
                ProgressView()
            }
        }
        .navigationTitle(state.lesson?.title ?? "")
        .navigationBarTitleDisplayMode(.inline)
        .environment(\.layoutDirection, state.direction.layoutDirection)
        .dynamicTypeSize(state.smallestTypeSize...)
        .transaction { transaction in
            if state.reducedMotion {
                transaction.animation = nil
            }
        }
        .sheet(isPresented: $state.showingBadge) {
            if let badge = state.newBadge {
                BadgeCelebration(badge: badge) {
                    state.showingBadge = false
                }
                .environmentObject(media)
            }
        }
        .task {
            await state.load()
        }
        .onDisappear {
            state.close()
        }
    }

    private func stepView(_ step: StepView) -> some View {
        VStack(spacing: 0) {
            ScrollView {
                VStack(alignment: .leading, spacing: 16) {
                    Text(state.stepLabel)
                        .font(.subheadline.weight(.semibold))
                        .accessibilityAddTraits(.isHeader)
                    ProgressView(value: Double(step.number), total: Double(step.total))
                        .accessibilityHidden(true)  // the words above say it
                    if state.hasEasyRead {
                        Toggle(isOn: $state.easyRead) {
                            Label(words["easy-read"], systemImage: "text.book.closed")
                        }
                        .frame(minHeight: 44)
                    }
                    ForEach(Array(step.mediaOrder.enumerated()), id: \.offset) { _, kind in
                        mediaView(kind, of: step)
                    }
                    if let quiz = state.quiz {
                        QuizPanel(state: quiz)
                            .id(step.id)
                    }
                    ErrorMessage(text: state.error)
                }
                .padding()
            }
            stepButtons
        }
    }

    @ViewBuilder
    private func mediaView(_ kind: MediaKind, of step: StepView) -> some View {
        switch kind {
        case .signVideo:
            if !step.videos.isEmpty {
                SignVideoPanel(state: state.video)
            }
        case .picture:
            if let picture = step.picture {
                PictureView(picture: picture, height: 220)
            }
        case .text:
            Text(state.stepText)
                .font(.body)
                .fixedSize(horizontal: false, vertical: true)
        case .audio:
            if step.audio != nil {
                Button {
                    Task { await state.playAudio() }
                } label: {
                    Label(words["audio-available"], systemImage: "speaker.wave.2.fill")
                        .touchTarget(alignment: .leading)
                }
            }
        }
    }

    private var stepButtons: some View {
        HStack {
            Button {
                Task { await state.back() }
            } label: {
                Label(words["back"], systemImage: "chevron.backward")
                    .touchTarget()
            }
            .disabled(!state.canGoBack)
            Spacer()
            Button {
                Task { await state.next() }
            } label: {
                Label(state.isLastStep ? words["finish"] : words["next"], systemImage: "chevron.forward")
                    .touchTarget()
            }
            .buttonStyle(.borderedProminent)
            .disabled(!state.canGoNext)
        }
        .padding()
        .background(.bar)
    }

    private var finished: some View {
        VStack(spacing: 20) {
            Label(words["lesson-finished"], systemImage: "checkmark.seal.fill")
                .font(.title)
            if let progress = state.progress {
                Text(words.format("steps-seen", [
                    "seen": .number(value: Int64(progress.stepsSeen)),
                    "total": .number(value: Int64(progress.stepsTotal)),
                ]))
                Text(words.format("questions-right", [
                    "passed": .number(value: Int64(progress.questionsPassed)),
                    "total": .number(value: Int64(progress.questionsTotal)),
                ]))
                if progress.moduleCompleted {
                    Label(words["module-finished"], systemImage: "star.fill")
                }
            }
            Button {
                Task { await state.restart() }
            } label: {
                Label(words["start-again"], systemImage: "arrow.counterclockwise")
                    .touchTarget()
            }
            .buttonStyle(.bordered)
            Button {
                dismiss()
            } label: {
                Label(words["back-to-start"], systemImage: "house.fill")
                    .touchTarget()
            }
            .buttonStyle(.borderedProminent)
        }
        .padding()
    }
}

/// The sign-language video: a switch between the step's sign languages, the player, and
/// captions written under the video (or a note that the video is still to be recorded).
struct SignVideoPanel: View {
    @Environment(\.words) private var words
    @ObservedObject var state: SignVideoState

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            if state.videos.count > 1 {
                Picker(selection: state.selection) {
                    ForEach(Array(state.videos.enumerated()), id: \.offset) { index, video in
                        Text(signLanguageName(video.signLanguage, words))
                            .tag(index)
                    }
                } label: {
                    Label(words["sign-language"], systemImage: "hand.wave")
                }
                .pickerStyle(.menu)
                .frame(minHeight: 44)
            }
            if state.isRecorded, let player = state.player {
                VideoPlayer(player: player)
                    .aspectRatio(16 / 9, contentMode: .fit)
                    .accessibilityLabel(words["sign-video"])
                if state.captionsOn, let caption = state.caption {
                    Text(caption)
                        .font(.title3)
                        .padding(8)
                        .frame(maxWidth: .infinity)
                        .background(.black)
                        .foregroundStyle(.white)
                }
                // Large enough for small hands, and said in words, not only symbols.
                HStack(spacing: 12) {
                    Button {
                        state.playOrPause()
                    } label: {
                        Label(state.playing ? words["video-pause"] : (state.ended ? words["video-replay"] : words["video-play"]),
                              systemImage: state.playing ? "pause.fill" : "play.fill")
                            .font(.title3.weight(.semibold))
                            .frame(maxWidth: .infinity, minHeight: 64)
                    }
                    .buttonStyle(.borderedProminent)
                    Button {
                        state.replay()
                    } label: {
                        Label(words["video-replay"], systemImage: "gobackward")
                            .font(.title3.weight(.semibold))
                            .frame(maxWidth: .infinity, minHeight: 64)
                    }
                    .buttonStyle(.bordered)
                }
                Toggle(isOn: $state.captionsOn) {
                    Label(words["captions"], systemImage: "captions.bubble")
                }
                .frame(minHeight: 44)
            } else if let video = state.current {
                Label(words.format("video-not-recorded", [
                    "language": .text(value: signLanguageName(video.signLanguage, words)),
                ]), systemImage: "hand.raised.slash")
                    .font(.callout)
                if !state.transcript.isEmpty {
                    Text(state.transcript)
                        .font(.callout)
                }
            }
            ErrorMessage(text: state.error)
        }
    }
}

/// A badge just earned.
struct BadgeCelebration: View {
    @Environment(\.words) private var words
    let badge: Badge
    let close: () -> Void

    var body: some View {
        VStack(spacing: 20) {
            Text(words["you-earned-a-badge"])
                .font(.title.bold())
            if let picture = badge.picture {
                PictureView(picture: picture, height: 200)
            }
            Text(badge.name)
                .font(.title2)
            Button(action: close) {
                Label(words["thank-you"], systemImage: "hand.thumbsup.fill")
                    .touchTarget()
            }
            .buttonStyle(.borderedProminent)
        }
        .padding()
    }
}
