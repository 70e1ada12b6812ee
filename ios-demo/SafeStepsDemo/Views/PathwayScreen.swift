import SafeStepsCore
import SwiftUI

/// A reporting pathway, step by step, with the contacts for the country. The Quick exit
/// button is the first thing on screen and leaves at once.
struct PathwayScreen: View {
    @Environment(\.words) private var words
    @StateObject private var state: PathwayState
    @EnvironmentObject private var appState: AppState

    init(core: Core, pathwayId: String, country: String?, onQuickExit: @escaping () -> Void) {
        _state = StateObject(wrappedValue: PathwayState(
            core: core, pathwayId: pathwayId, country: country, onQuickExit: onQuickExit))
    }

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                QuickExitButton {
                    state.quickExit()
                }
                if let pathway = state.pathway {
                    Text(pathway.quickExitHint)
                        .font(.footnote)
                    Text(pathway.title)
                        .font(.title2.bold())
                        .accessibilityAddTraits(.isHeader)
                    if pathway.steps.contains(where: { $0.easyText != nil }) {
                        Toggle(isOn: $state.easyRead) {
                            Label(words["easy-read"], systemImage: "text.book.closed")
                        }
                        .frame(minHeight: 44)
                    }
                    ForEach(pathway.steps, id: \.id) { step in
                        stepView(step)
                    }
                } else if state.error == nil {
                    ProgressView()
                }
                ErrorMessage(text: state.error)
            }
            .padding()
        }
        .environment(\.layoutDirection, (state.pathway?.direction ?? appState.direction).layoutDirection)
        .navigationTitle(words["what-to-do"])
        .navigationBarTitleDisplayMode(.inline)
        .task {
            await state.load()
        }
    }

    private func stepView(_ step: PathwayStepView) -> some View {
        VStack(alignment: .leading, spacing: 10) {
            Text(words.format("numbered-step", [
                "number": .number(value: Int64(step.number)), "text": .text(value: state.text(of: step)),
            ]))
                .font(.body)
                .fixedSize(horizontal: false, vertical: true)
            ForEach(step.contacts, id: \.id) { contact in
                ContactCard(contact: contact, needsChecking: state.needsChecking(contact))
                    .padding(10)
                    .background(RoundedRectangle(cornerRadius: 12).strokeBorder(.secondary))
            }
            if let note = step.noContactNote {
                Label(note, systemImage: "info.circle")
                    .font(.callout)
            }
        }
    }
}
