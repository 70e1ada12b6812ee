import Foundation
import SafeStepsCore
import SwiftUI

/// A learner's own settings: text language, sign language, accessibility, picture password.
/// Every change is saved at once; it changes what the core returns for lessons.
@MainActor
final class SettingsState: ObservableObject {
    @Published private(set) var settings: LearnerSettings
    @Published private(set) var hasPicturePassword: Bool
    @Published private(set) var locales: [LocaleInfo] = []
    @Published private(set) var signLanguages: [String] = []
    @Published private(set) var passwordGrid: [Picture] = []
    /// A new picture password being picked.
    @Published private(set) var newPassword: [Picture] = []
    @Published private(set) var status: UiMessage?
    @Published private(set) var error: String?

    private let core: Core
    private let learnerId: String
    private let onChange: (LearnerView) -> Void

    init(core: Core, learner: LearnerView, onChange: @escaping (LearnerView) -> Void) {
        self.core = core
        learnerId = learner.id
        settings = learner.settings
        hasPicturePassword = learner.hasPicturePassword
        self.onChange = onChange
    }

    func load() async {
        do {
            let (info, grid) = try await core.run { app in (app.packInfo(), app.picturePasswordGrid()) }
            locales = info.locales
            signLanguages = info.signLanguages
            passwordGrid = grid
        } catch {
            self.error = describe(error)
        }
    }

    /// A switch bound to one of the on/off settings; flipping it saves.
    func toggle(_ key: WritableKeyPath<LearnerSettings, Bool>) -> Binding<Bool> {
        Binding(
            get: { self.settings[keyPath: key] },
            set: { value in
                self.settings[keyPath: key] = value
                Task { await self.save() }
            }
        )
    }

    /// The text locale tag, "" for the app's languages.
    var textLocale: Binding<String> {
        Binding(
            get: { self.settings.locales.first ?? "" },
            set: { tag in
                self.settings.locales = tag.isEmpty ? [] : [tag]
                Task { await self.save() }
            }
        )
    }

    /// The sign language code, "" for the app's.
    var signLanguage: Binding<String> {
        Binding(
            get: { self.settings.signLanguage ?? "" },
            set: { code in
                self.settings.signLanguage = code.isEmpty ? nil : code
                Task { await self.save() }
            }
        )
    }

    func save() async {
        let learnerId = self.learnerId
        let settings = self.settings
        do {
            let learner = try await core.run { app in
                try app.updateLearnerSettings(learnerId: learnerId, settings: settings)
            }
            self.settings = learner.settings
            error = nil
            onChange(learner)
        } catch {
            self.error = describe(error)
        }
    }

    // MARK: Picture password

    func pick(_ picture: Picture) {
        if newPassword.count < 6 {
            newPassword.append(picture)
        }
    }

    func clearPicked() {
        newPassword = []
    }

    var canSavePassword: Bool { (3...6).contains(newPassword.count) }

    func savePassword() async {
        await setPassword(newPassword.map(\.id))
    }

    func removePassword() async {
        await setPassword(nil)
    }

    private func setPassword(_ pictures: [String]?) async {
        let learnerId = self.learnerId
        do {
            let learner = try await core.run { app in
                try app.setPicturePassword(learnerId: learnerId, sequence: pictures)
                return try app.learner(learnerId: learnerId)
            }
            hasPicturePassword = learner.hasPicturePassword
            newPassword = []
            status = UiMessage(pictures == nil ? "picture-password-removed" : "picture-password-saved")
            error = nil
            onChange(learner)
        } catch {
            self.error = describe(error)
        }
    }
}
