import Foundation
import SafeStepsCore

/// The first screen: a child picks their avatar, then their picture password if they have one.
@MainActor
final class LearnerPickerState: ObservableObject {
    enum Stage: Equatable {
        case choosing
        case password(LearnerView)
        case creating
    }

    @Published private(set) var learners: [LearnerView] = []
    @Published private(set) var avatars: [Picture] = []
    @Published private(set) var passwordGrid: [Picture] = []
    @Published private(set) var stage: Stage = .choosing
    /// Pictures picked so far for the picture password.
    @Published private(set) var picked: [Picture] = []
    /// "That was not right" or "please wait", after a picture password.
    @Published private(set) var notice: UiMessage?
    @Published private(set) var error: String?
    @Published private(set) var busy = false

    // The new-learner form.
    @Published var nickname = ""
    @Published var avatarId: String?
    @Published var ageBand: AgeBand?

    private let core: Core
    private let onSignedIn: (LearnerView) -> Void

    init(core: Core, onSignedIn: @escaping (LearnerView) -> Void) {
        self.core = core
        self.onSignedIn = onSignedIn
    }

    func load() async {
        do {
            let (learners, avatars, grid) = try await core.run { app in
                (try app.learners(), app.avatars(), app.picturePasswordGrid())
            }
            self.learners = learners
            self.avatars = avatars
            passwordGrid = grid
            error = nil
        } catch {
            self.error = describe(error)
        }
    }

    func avatar(of learner: LearnerView) -> Picture? {
        avatars.first { $0.id == learner.avatar }
    }

    /// A child tapped their avatar.
    func choose(_ learner: LearnerView) async {
        await signIn(learner, pictures: nil)
    }

    func pick(_ picture: Picture) {
        guard picked.count < 6 else { return }
        picked.append(picture)
        notice = nil
    }

    func removeLastPicture() {
        if !picked.isEmpty {
            picked.removeLast()
        }
    }

    var canSubmitPassword: Bool { picked.count >= 3 && !busy }

    func submitPassword() async {
        guard case .password(let learner) = stage, canSubmitPassword else { return }
        await signIn(learner, pictures: picked.map(\.id))
    }

    func startCreating() {
        nickname = ""
        avatarId = avatars.first?.id
        ageBand = nil
        error = nil
        stage = .creating
    }

    func back() {
        stage = .choosing
        picked = []
        notice = nil
        error = nil
    }

    var canCreate: Bool {
        !nickname.trimmingCharacters(in: .whitespaces).isEmpty && avatarId != nil && !busy
    }

    /// Create a learner; the core refuses nicknames that look like a phone number or email.
    func create() async {
        guard canCreate, let avatar = avatarId else { return }
        let name = nickname.trimmingCharacters(in: .whitespaces)
        let band = ageBand
        busy = true
        defer { busy = false }
        do {
            let learner = try await core.run { app in
                try app.createLearner(nickname: name, avatar: avatar, ageBand: band)
            }
            learners.append(learner)
            back()
            onSignedIn(learner)
        } catch {
            self.error = describe(error)
        }
    }

    private func signIn(_ learner: LearnerView, pictures: [String]?) async {
        let learnerId = learner.id
        busy = true
        defer { busy = false }
        do {
            let result = try await core.run { app in
                try app.signIn(learnerId: learnerId, sequence: pictures)
            }
            switch result {
            case .signedIn(let signedIn):
                back()
                onSignedIn(signedIn)
            case .picturePasswordNeeded:
                picked = []
                notice = nil
                stage = .password(learner)
            case .notRight:
                picked = []
                notice = UiMessage("not-right-try-again")
            case .wait(let seconds):
                picked = []
                notice = UiMessage("wait-seconds", ["seconds": .number(value: Int64(seconds))])
            }
            error = nil
        } catch {
            self.error = describe(error)
        }
    }
}
