import SafeStepsCore
import SwiftUI

/// Getting help: what happened (reporting pathways), and who to contact in the chosen country,
/// with filters for "open now" and "works without hearing" (deaf-accessible).
struct HelpScreen: View {
    @Environment(\.words) private var words
    @StateObject private var state: HelpState
    private let onQuickExit: () -> Void

    init(core: Core, audience: Audience, onQuickExit: @escaping () -> Void) {
        _state = StateObject(wrappedValue: HelpState(core: core, audience: audience))
        self.onQuickExit = onQuickExit
    }

    var body: some View {
        List {
            Section {
                QuickExitButton(action: onQuickExit)
            }
            Section(words["where-are-you"]) {
                Picker(words["country"], selection: state.countryChoice) {
                    if state.country == nil {
                        Text(words["choose-country"]).tag("")
                    }
                    ForEach(HelpState.countries, id: \.self) { code in
                        Text(state.countryName(code)).tag(code)
                    }
                }
                Toggle(words["open-now-only"], isOn: state.openNowChoice)
                Toggle(words["deaf-accessible-only"], isOn: state.deafAccessibleChoice)
            }
            if !state.pathways.isEmpty {
                Section(words["what-happened"]) {
                    ForEach(state.pathways, id: \.id) { pathway in
                        NavigationLink(value: Route.pathway(id: pathway.id, country: state.country)) {
                            Text(pathway.title)
                                .touchTarget(alignment: .leading)
                        }
                    }
                }
            }
            Section(words["who-can-help"]) {
                ErrorMessage(text: state.error)
                if state.country != nil && state.contacts.isEmpty && state.error == nil {
                    Text(words["no-contacts"])
                }
                ForEach(state.contacts, id: \.id) { contact in
                    ContactCard(contact: contact, needsChecking: state.needsChecking(contact))
                }
            }
        }
        .navigationTitle(words["get-help"])
        .task {
            await state.load()
        }
    }
}
