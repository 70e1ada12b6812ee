import SafeStepsCore
import SwiftUI

/// Getting help: what happened (reporting pathways), and who to contact in the chosen country,
/// with filters for "open now" and "works without hearing" (deaf-accessible).
struct HelpScreen: View {
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
            Section("Where are you?") {
                Picker("Country", selection: state.countryChoice) {
                    if state.country == nil {
                        Text("Choose a country").tag("")
                    }
                    ForEach(HelpState.countries, id: \.self) { code in
                        Text(state.countryName(code)).tag(code)
                    }
                }
                Toggle("Only ones open now", isOn: state.openNowChoice)
                Toggle("Only ways that work without hearing", isOn: state.deafAccessibleChoice)
            }
            if !state.pathways.isEmpty {
                Section("What happened?") {
                    ForEach(state.pathways, id: \.id) { pathway in
                        NavigationLink(value: Route.pathway(id: pathway.id, country: state.country)) {
                            Text(pathway.title)
                                .touchTarget(alignment: .leading)
                        }
                    }
                }
            }
            Section("Who can help") {
                ErrorMessage(text: state.error)
                if state.country != nil && state.contacts.isEmpty && state.error == nil {
                    Text("No one matches. Turn a filter off, or choose another country.")
                }
                ForEach(state.contacts, id: \.id) { contact in
                    ContactCard(contact: contact, needsChecking: state.needsChecking(contact))
                }
            }
        }
        .navigationTitle("Get help")
        .task {
            await state.load()
        }
    }
}
