import Foundation
import SafeStepsCore

/// One quiz question: the learner's choice, the core's grading and feedback on each option.
///
/// Every question type: single choice, true/false and scenario (one option), multiple
/// choice (several), picture choice (one picture), ordering (all options, in order).
@MainActor
final class QuizState: ObservableObject {
    @Published private(set) var question: QuestionView
    /// Chosen option ids; for an ordering question, every option in the learner's order.
    @Published private(set) var selected: [String] = []
    @Published private(set) var result: AnswerResult?
    @Published private(set) var hint: String?
    @Published private(set) var error: String?
    @Published private(set) var busy = false

    /// Without a learner (a caregiver reading a lesson) answers cannot be checked or stored.
    let learnerId: String?
    private let core: Core
    private let onResult: (AnswerResult) -> Void
    private var shownAt = Date()

    init(core: Core, learnerId: String?, question: QuestionView, onResult: @escaping (AnswerResult) -> Void) {
        self.core = core
        self.learnerId = learnerId
        self.question = question
        self.onResult = onResult
        resetSelection()
    }

    var kind: QuestionKind { question.kind }
    var allowsSeveral: Bool { kind == .multipleChoice }
    var isOrdering: Bool { kind == .ordering }
    var showsPictures: Bool { kind == .pictureChoice }

    /// The key of the core's instruction for this kind of question.
    var instruction: String {
        switch kind {
        case .singleChoice, .scenario: return "choose-one"
        case .trueFalse: return "true-or-false"
        case .pictureChoice: return "choose-picture"
        case .multipleChoice: return "choose-several"
        case .ordering: return "choose-in-order"
        }
    }

    /// Options as drawn: for an ordering question, in the learner's current order.
    var options: [OptionView] {
        guard isOrdering else { return question.options }
        return selected.compactMap { id in question.options.first { $0.id == id } }
    }

    var canAnswer: Bool {
        guard learnerId != nil, !busy, result == nil else { return false }
        return isOrdering ? selected.count == question.options.count : !selected.isEmpty
    }

    /// Answered right, or the attempts are used up and the answer is shown.
    var canGoOn: Bool {
        guard let result else { return false }
        return result.correct || result.reveal
    }

    var canTryAgain: Bool {
        guard let result else { return false }
        return !result.correct && !result.reveal
    }

    var attemptsText: UiMessage? {
        guard let left = result?.attemptsLeft ?? question.attemptsLeft else { return nil }
        return UiMessage("tries-left", ["count": .number(value: Int64(left))])
    }

    func isSelected(_ option: OptionView) -> Bool {
        selected.contains(option.id)
    }

    func toggle(_ option: OptionView) {
        guard result == nil, !isOrdering else { return }
        if !allowsSeveral {
            selected = [option.id]
        } else if let index = selected.firstIndex(of: option.id) {
            selected.remove(at: index)
        } else {
            selected.append(option.id)
        }
    }

    /// Move an option of an ordering question one place up (-1) or down (+1).
    func move(_ option: OptionView, by offset: Int) {
        guard result == nil, isOrdering, let from = selected.firstIndex(of: option.id) else { return }
        let to = from + offset
        guard selected.indices.contains(to) else { return }
        selected.swapAt(from, to)
    }

    func canMove(_ option: OptionView, by offset: Int) -> Bool {
        guard result == nil, let from = selected.firstIndex(of: option.id) else { return false }
        return selected.indices.contains(from + offset)
    }

    /// Feedback on an option: on what the learner chose, and on the right answers once shown.
    func feedback(for option: OptionView) -> OptionFeedback? {
        guard let result else { return nil }
        return result.options.first { $0.optionId == option.id && ($0.chosen || (result.reveal && $0.correct == true)) }
    }

    func answer() async {
        guard canAnswer, let learnerId else { return }
        let questionId = question.id
        let choice = selected
        let timeTaken = Int64(Date().timeIntervalSince(shownAt) * 1000)
        busy = true
        defer { busy = false }
        do {
            let result = try await core.run { app in
                try app.answer(learnerId: learnerId, questionId: questionId, selected: choice, timeTakenMs: timeTaken)
            }
            self.result = result
            error = nil
            onResult(result)
        } catch {
            self.error = describe(error)
        }
    }

    /// A new attempt: the core gives the options in a new order.
    func tryAgain() async {
        let questionId = question.id
        let learnerId = self.learnerId
        do {
            question = try await core.run { app in
                try app.question(questionId: questionId, learnerId: learnerId)
            }
            result = nil
            error = nil
            resetSelection()
        } catch {
            self.error = describe(error)
        }
    }

    /// Open the hint (the core records that it was used).
    func showHint() async {
        guard let learnerId else { return }
        let questionId = question.id
        do {
            hint = try await core.run { app in
                try app.hint(learnerId: learnerId, questionId: questionId)
            }
        } catch {
            self.error = describe(error)
        }
    }

    private func resetSelection() {
        selected = isOrdering ? question.options.map(\.id) : []
        shownAt = Date()
    }
}
