import SafeStepsCore
import SwiftUI

/// Screens reached by navigation from the learner picker or the home screen.
enum Route: Hashable {
    /// A lesson; without a learner (caregivers) nothing is recorded.
    case lesson(lessonId: String, learnerId: String?)
    case badges
    case settings
    /// Help contacts and the reporting pathways written for this audience.
    case help(Audience)
    case pathway(id: String, country: String?)
    case teacher
    case caregiver
}

/// The app as a whole: the one SafeSteps object, who is signed in, where we are.
@MainActor
final class AppState: ObservableObject {
    enum Phase: Equatable {
        case opening
        case ready
        case failed(String)
    }

    @Published private(set) var phase: Phase = .opening
    @Published private(set) var core: Core?
    @Published private(set) var media: MediaStore?
    @Published private(set) var packInfo: PackInfo?
    @Published private(set) var learner: LearnerView?
    @Published var path: [Route] = []

    private let dbPath: String?

    init(dbPath: String? = nil) {
        self.dbPath = dbPath
    }

    /// Open the database on a background task; the first screen waits for it.
    func open() async {
        guard core == nil else { return }
        do {
            let core = try await Core.open(dbPath: dbPath)
            let info = try await core.run { app in app.packInfo() }
            self.core = core
            media = MediaStore(core: core)
            packInfo = info
            phase = .ready
        } catch {
            phase = .failed(describe(error))
        }
    }

    /// The reading direction of the signed-in learner's text locale, else of the app's.
    var direction: TextDirection {
        guard let info = packInfo else { return .ltr }
        if let tag = learner?.settings.locales.first,
           let locale = info.locales.first(where: { tag == $0.tag || tag.hasPrefix($0.tag + "-") }) {
            return locale.direction
        }
        return info.activeDirection
    }

    func signedIn(_ learner: LearnerView) {
        self.learner = learner
        path = []
    }

    /// The learner's settings or profile changed.
    func updated(_ learner: LearnerView) {
        self.learner = learner
    }

    func signOut() {
        learner = nil
        path = []
    }

    /// Leave whatever is on screen at once, with no animation, back to the learner picker.
    /// (iOS does not let an app close itself; the pathway's data goes with its screen.)
    func quickExit() {
        var transaction = Transaction()
        transaction.disablesAnimations = true
        withTransaction(transaction) {
            path = []
            learner = nil
        }
    }
}
