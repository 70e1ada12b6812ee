import Foundation
import SafeStepsCore

/// A learner's home: a greeting and their modules, the ones a teacher assigned first.
@MainActor
final class HomeState: ObservableObject {
    @Published private(set) var welcome = ""
    @Published private(set) var assigned: [ModuleSummary] = []
    @Published private(set) var others: [ModuleSummary] = []
    @Published private(set) var error: String?

    let learner: LearnerView
    private let core: Core

    init(core: Core, learner: LearnerView) {
        self.core = core
        self.learner = learner
    }

    /// Load (again, when coming back from a lesson: progress and badges change).
    func load() async {
        let learnerId = learner.id
        do {
            let (welcome, modules) = try await core.run { app in
                (try app.welcome(learnerId: learnerId), try app.modules(learnerId: learnerId))
            }
            self.welcome = welcome
            // The core already puts assigned modules first (earliest due first); keep its order.
            assigned = modules.filter { $0.assignment != nil }
            others = modules.filter { $0.assignment == nil }
            error = nil
        } catch {
            self.error = describe(error)
        }
    }

    func canOpen(_ module: ModuleSummary) -> Bool {
        module.state != .locked && module.state != .notForAge && !module.lessonIds.isEmpty
    }

    /// The lesson to open: the first one not finished yet (lessons are done in order).
    func nextLesson(of module: ModuleSummary) -> String? {
        guard canOpen(module) else { return nil }
        let index = min(Int(module.lessonsCompleted), module.lessonIds.count - 1)
        return module.lessonIds[index]
    }

    func progressText(of module: ModuleSummary) -> UiMessage {
        UiMessage("lessons-done", [
            "done": .number(value: Int64(module.lessonsCompleted)),
            "total": .number(value: Int64(module.lessonIds.count)),
        ])
    }
}
