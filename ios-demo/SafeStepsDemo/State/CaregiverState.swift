import Foundation
import SafeStepsCore

/// The caregiver area: lessons for parents and carers, and what to do when worried.
@MainActor
final class CaregiverState: ObservableObject {
    @Published private(set) var modules: [ModuleSummary] = []
    @Published private(set) var pathways: [PathwaySummary] = []
    @Published private(set) var error: String?

    private let core: Core

    init(core: Core) {
        self.core = core
    }

    func load() async {
        do {
            // Without a learner the core lists every module; nothing is recorded.
            let (modules, pathways) = try await core.run { app in
                (try app.modules(learnerId: nil), app.pathways())
            }
            self.modules = modules.filter { $0.audience == .caregiver }
            self.pathways = pathways.filter { $0.audience == .caregiver }
            error = nil
        } catch {
            self.error = describe(error)
        }
    }
}
