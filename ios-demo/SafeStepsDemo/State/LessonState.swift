import AVFoundation
import Foundation
import SafeStepsCore
import SwiftUI

/// The lesson player: one step at a time, "step n of m", in the order of media the core chose
/// for this learner (sign-language video first when they asked for it), with easy-read text.
@MainActor
final class LessonState: ObservableObject {
    @Published private(set) var lesson: LessonView?
    @Published private(set) var index = 0
    @Published private(set) var progress: LessonProgress?
    @Published private(set) var quiz: QuizState?
    @Published private(set) var finished = false
    /// A badge earned just now, to celebrate until the learner closes it.
    @Published private(set) var newBadge: Badge?
    /// Show the easy-read text (starts as the learner's setting).
    @Published var easyRead = false
    @Published private(set) var error: String?

    let lessonId: String
    /// Nil for a caregiver reading a lesson: nothing is recorded then.
    let learnerId: String?
    let video: SignVideoState
    private let core: Core
    /// Quiz steps the learner may go past (answered right or shown the answer).
    @Published private var passed: Set<String> = []
    private var audioPlayer: AVPlayer?

    init(core: Core, lessonId: String, learnerId: String?, easyRead: Bool) {
        self.core = core
        self.lessonId = lessonId
        self.learnerId = learnerId
        video = SignVideoState(core: core)
        self.easyRead = easyRead
    }

    var step: StepView? {
        guard let lesson, lesson.steps.indices.contains(index) else { return nil }
        return lesson.steps[index]
    }

    /// "Step 2 of 5" in the lesson's language, formatted by the core (its UI texts).
    @Published private(set) var stepLabel = ""

    /// The text to show: the easy-read variant or the full text.
    var stepText: String {
        guard let step else { return "" }
        return easyRead ? (step.easyText ?? step.text) : step.fullText
    }

    var hasEasyRead: Bool { step?.easyText != nil }

    /// The badge celebration is showing; closing it clears the badge.
    var showingBadge: Bool {
        get { newBadge != nil }
        set {
            if !newValue {
                newBadge = nil
            }
        }
    }

    var direction: TextDirection { step?.direction ?? lesson?.direction ?? .ltr }
    var textScale: Double { Double(lesson?.display.textScale ?? 1) }

    /// "Larger text" (text scale above 1) makes text at least extra-extra-large; bigger
    /// system text sizes still apply.
    var smallestTypeSize: DynamicTypeSize { textScale > 1.05 ? .xxLarge : .xSmall }
    var reducedMotion: Bool { lesson?.display.reducedMotion ?? false }
    var canGoBack: Bool { index > 0 && !finished }

    var canGoNext: Bool {
        guard let step, !finished else { return false }
        return step.question == nil || learnerId == nil || passed.contains(step.id)
    }

    var isLastStep: Bool {
        guard let lesson else { return false }
        return index == lesson.steps.count - 1
    }

    func load() async {
        guard lesson == nil else { return }
        let lessonId = self.lessonId
        let learnerId = self.learnerId
        do {
            let lesson = try await core.run { app in
                try app.lesson(lessonId: lessonId, learnerId: learnerId)
            }
            await start(lesson)
        } catch {
            self.error = describe(error)
        }
    }

    func next() async {
        guard canGoNext else { return }
        if isLastStep {
            finish()
        } else {
            await show(index + 1)
        }
    }

    func back() async {
        guard canGoBack else { return }
        await show(index - 1)
    }

    /// Play a finished lesson again, as a new run.
    func restart() async {
        guard let learnerId else {
            finished = false
            await show(0)
            return
        }
        let lessonId = self.lessonId
        do {
            let lesson = try await core.run { app in
                try app.restartLesson(learnerId: learnerId, lessonId: lessonId)
            }
            await start(lesson)
        } catch {
            self.error = describe(error)
        }
    }

    /// Narration, never the only way to the step's content.
    func playAudio() async {
        guard let path = step?.audio else { return }
        do {
            let url = try await core.mediaFile(path)
            let player = AVPlayer(url: url)
            audioPlayer = player
            player.play()
        } catch {
            self.error = describe(error)
        }
    }

    /// The screen closes.
    func close() {
        video.stop()
        audioPlayer?.pause()
        audioPlayer = nil
    }

    private func start(_ lesson: LessonView) async {
        self.lesson = lesson
        finished = false
        let resume = min(Int(lesson.resumeIndex), max(lesson.steps.count - 1, 0))
        // Steps before the resume point were done in this run.
        passed = Set(lesson.steps.prefix(resume).map(\.id))
        await show(resume)
    }

    private func show(_ newIndex: Int) async {
        guard let lesson, lesson.steps.indices.contains(newIndex) else { return }
        close()
        index = newIndex
        let step = lesson.steps[newIndex]
        let args: [String: UiArg] = [
            "number": .number(value: Int64(step.number)), "total": .number(value: Int64(step.total)),
        ]
        let locales = [lesson.locale]
        stepLabel = (try? await core.run { app in
            try app.uiFormat(key: "step-n-of-m", args: args, locales: locales)
        }) ?? ""
        quiz = step.question.map { question in
            QuizState(core: core, learnerId: learnerId, question: question) { [weak self] result in
                self?.answered(result, stepId: step.id)
            }
        }
        await video.show(
            step.videos, captionsOn: lesson.display.captions,
            playFirst: step.mediaOrder.first == .signVideo)
        guard let learnerId else { return }
        let stepId = step.id
        do {
            let progress = try await core.run { app in
                try app.markStepSeen(learnerId: learnerId, stepId: stepId)
            }
            self.progress = progress
            if let badge = progress.badgeEarned {
                newBadge = badge
            }
        } catch {
            self.error = describe(error)
        }
    }

    private func answered(_ result: AnswerResult, stepId: String) {
        progress = result.progress
        if result.correct || result.reveal {
            passed.insert(stepId)
        }
        if let badge = result.progress.badgeEarned {
            newBadge = badge
        }
    }

    private func finish() {
        close()
        finished = true
    }
}
