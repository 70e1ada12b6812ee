import Foundation
import SafeStepsCore

/// The learner's badges: earned ones, then the ones still to earn.
@MainActor
final class BadgesState: ObservableObject {
    struct Item: Identifiable, Equatable {
        let badge: Badge
        let moduleTitle: String
        let earned: Bool
        var id: String { badge.moduleId }
    }

    @Published private(set) var earned: [Item] = []
    @Published private(set) var toEarn: [Item] = []
    @Published private(set) var error: String?

    private let core: Core
    private let learnerId: String

    init(core: Core, learnerId: String) {
        self.core = core
        self.learnerId = learnerId
    }

    func load() async {
        let learnerId = self.learnerId
        do {
            let modules = try await core.run { app in try app.modules(learnerId: learnerId) }
            let items = modules.compactMap { module in
                module.badge.map { Item(badge: $0, moduleTitle: module.title, earned: module.badgeEarned) }
            }
            earned = items.filter(\.earned)
            toEarn = items.filter { !$0.earned }
            error = nil
        } catch {
            self.error = describe(error)
        }
    }
}
