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
    /// The app's words in the learner's language (the app's before one signs in).
    @Published private(set) var words = Words()

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
            await loadWords()
            phase = .ready
        } catch {
            phase = .failed(describe(error))
        }
    }

    /// The reading direction of the words on screen: the core's for the learner's language.
    var direction: TextDirection {
        words.locale.isEmpty ? (packInfo?.activeDirection ?? .ltr) : words.direction
    }

    /// The words in the signed-in learner's language (the app's without one), from the core.
    func loadWords() async {
        guard let core else { return }
        let locales = learner?.settings.locales ?? []
        if let ui = try? await core.run({ app in try app.uiText(locales: locales) }) {
            words = Words(ui, app: core.app, locales: locales)
        }
    }

    func signedIn(_ learner: LearnerView) {
        self.learner = learner
        path = []
        Task { await loadWords() }
    }

    /// The learner's settings or profile changed (a new language changes every word).
    func updated(_ learner: LearnerView) {
        self.learner = learner
        Task { await loadWords() }
    }

    func signOut() {
        learner = nil
        path = []
        Task { await loadWords() }
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
        Task { await loadWords() }
    }
}
