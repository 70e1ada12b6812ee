import SafeStepsCore
import SwiftUI

/// For parents and carers: their lessons, what to do when worried, and help contacts.
struct CaregiverScreen: View {
    @Environment(\.words) private var words
    @StateObject private var state: CaregiverState

    init(core: Core) {
        _state = StateObject(wrappedValue: CaregiverState(core: core))
    }

    var body: some View {
        List {
            ErrorMessage(text: state.error)
            ForEach(state.modules, id: \.id) { module in
                Section(module.title) {
                    Text(module.summary)
                    ForEach(Array(module.lessonIds.enumerated()), id: \.offset) { index, lessonId in
                        NavigationLink(value: Route.lesson(lessonId: lessonId, learnerId: nil)) {
                            Label(words.format("lesson-n", ["number": .number(value: Int64(index + 1))]), systemImage: "book")
                                .touchTarget(alignment: .leading)
                        }
                    }
                }
            }
            Section(words["worried-about-child"]) {
                ForEach(state.pathways, id: \.id) { pathway in
                    NavigationLink(value: Route.pathway(id: pathway.id, country: nil)) {
                        Text(pathway.title)
                            .touchTarget(alignment: .leading)
                    }
                }
                NavigationLink(value: Route.help(.caregiver)) {
                    Label(words["help-contacts"], systemImage: "phone.circle")
                        .touchTarget(alignment: .leading)
                }
            }
        }
        .navigationTitle(words["caregivers-title"])
        .task {
            await state.load()
        }
    }
}
