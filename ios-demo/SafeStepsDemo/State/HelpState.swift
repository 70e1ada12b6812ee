import Foundation
import SafeStepsCore
import SwiftUI

/// Help contacts for a chosen country, and the reporting pathways for children or caregivers.
@MainActor
final class HelpState: ObservableObject {
    /// Countries the default pack has researched contacts for (others get worldwide services).
    static let countries = ["BR", "DE", "FR", "GB", "IN", "KE", "PH", "PK", "US", "ZA", "ZM"]

    @Published private(set) var country: String?
    @Published private(set) var openNow = false
    @Published private(set) var deafAccessible = false
    @Published private(set) var contacts: [ContactView] = []
    @Published private(set) var pathways: [PathwaySummary] = []
    @Published private(set) var error: String?

    let audience: Audience
    private let core: Core

    init(core: Core, audience: Audience) {
        self.core = core
        self.audience = audience
    }

    func load() async {
        do {
            let (stored, all) = try await core.run { app in (app.country(), app.pathways()) }
            pathways = all.filter { $0.audience == audience }
            if country == nil {
                let region = Locale.current.region?.identifier
                country = stored ?? region.flatMap { HelpState.countries.contains($0) ? $0 : nil }
            }
        } catch {
            self.error = describe(error)
        }
        await refresh()
    }

    func countryName(_ code: String) -> String {
        Locale.current.localizedString(forRegionCode: code) ?? code
    }

    /// Choose the country; it is kept for next time.
    func choose(country code: String) async {
        country = code
        do {
            try await core.run { app in try app.setCountry(country: code) }
        } catch {
            self.error = describe(error)
        }
        await refresh()
    }

    func setOpenNow(_ on: Bool) async {
        openNow = on
        await refresh()
    }

    func setDeafAccessible(_ on: Bool) async {
        deafAccessible = on
        await refresh()
    }

    // Bindings for the screen's controls: the value changes at once, the list follows.

    var countryChoice: Binding<String> {
        Binding(
            get: { self.country ?? "" },
            set: { code in
                guard !code.isEmpty else { return }
                self.country = code
                Task { await self.choose(country: code) }
            }
        )
    }

    var openNowChoice: Binding<Bool> {
        Binding(
            get: { self.openNow },
            set: { on in
                self.openNow = on
                Task { await self.setOpenNow(on) }
            }
        )
    }

    var deafAccessibleChoice: Binding<Bool> {
        Binding(
            get: { self.deafAccessible },
            set: { on in
                self.deafAccessible = on
                Task { await self.setDeafAccessible(on) }
            }
        )
    }

    /// Not checked yet: the screen must say "check this number".
    func needsChecking(_ contact: ContactView) -> Bool {
        contact.verifyBeforeShipping
    }

    private func refresh() async {
        guard let country else {
            contacts = []
            return
        }
        // A child's list never leaves only an emergency number that may not work.
        let query = ContactQuery(
            country: country, deafAccessible: deafAccessible, openNow: openNow, emergencyFirst: true,
            forChild: audience == .child)
        do {
            contacts = try await core.run { app in try app.contacts(query: query, atMs: nil) }
            error = nil
        } catch {
            self.error = describe(error)
        }
    }
}
