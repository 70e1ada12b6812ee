import Foundation
import SafeStepsCore

/// A reporting pathway: what to do, step by step, with the contacts for the country.
@MainActor
final class PathwayState: ObservableObject {
    @Published private(set) var pathway: PathwayView?
    @Published var easyRead = false
    @Published private(set) var error: String?

    private let core: Core
    private let pathwayId: String
    private let country: String?
    private let onQuickExit: () -> Void

    init(core: Core, pathwayId: String, country: String?, onQuickExit: @escaping () -> Void) {
        self.core = core
        self.pathwayId = pathwayId
        self.country = country
        self.onQuickExit = onQuickExit
    }

    func load() async {
        let pathwayId = self.pathwayId
        let country = self.country
        do {
            pathway = try await core.run { app in
                try app.pathway(pathwayId: pathwayId, country: country, region: nil, atMs: nil)
            }
            error = nil
        } catch {
            self.error = describe(error)
        }
    }

    func text(of step: PathwayStepView) -> String {
        easyRead ? (step.easyText ?? step.text) : step.text
    }

    /// Not checked yet: the screen must say "check this number".
    func needsChecking(_ contact: ContactView) -> Bool {
        contact.verifyBeforeShipping || (pathway?.unverifiedContactIds.contains(contact.id) ?? false)
    }

    /// Leave at once: forget what was shown and go back to the start, without animation.
    func quickExit() {
        pathway = nil
        onQuickExit()
    }
}
