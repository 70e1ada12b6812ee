import SafeStepsCore
import SwiftUI

/// A learner's home: greeting, modules from the teacher first, then the others.
struct HomeScreen: View {
    @Environment(\.words) private var words
    @StateObject private var state: HomeState
    @EnvironmentObject private var appState: AppState

    init(core: Core, learner: LearnerView) {
        _state = StateObject(wrappedValue: HomeState(core: core, learner: learner))
    }

    var body: some View {
        List {
            Section {
                Text(state.welcome)
                    .font(.title2)
                ErrorMessage(text: state.error)
            }
            if !state.assigned.isEmpty {
                Section(words["assigned"]) {
                    ForEach(state.assigned, id: \.id) { module in
                        row(module)
                    }
                }
            }
            Section(state.assigned.isEmpty ? words["your-lessons"] : words["more-lessons"]) {
                ForEach(state.others, id: \.id) { module in
                    row(module)
                }
            }
        }
        .navigationTitle(state.learner.nickname)
        .toolbar {
            ToolbarItem(placement: .cancellationAction) {
                Button {
                    appState.signOut()
                } label: {
                    Label(words["switch-learner"], systemImage: "person.2")
                }
            }
            ToolbarItemGroup(placement: .primaryAction) {
                NavigationLink(value: Route.badges) {
                    Label(words["badges"], systemImage: "rosette")
                }
                NavigationLink(value: Route.settings) {
                    Label(words["settings"], systemImage: "gearshape")
                }
            }
        }
        .safeAreaInset(edge: .bottom) {
            NavigationLink(value: Route.help(.child)) {
                Label(words["i-need-help"], systemImage: "lifepreserver")
                    .font(.headline)
                    .frame(maxWidth: .infinity, minHeight: 44)
            }
            .buttonStyle(.borderedProminent)
            .padding()
        }
        .task {
            await state.load()
        }
    }

    @ViewBuilder
    private func row(_ module: ModuleSummary) -> some View {
        if let lessonId = state.nextLesson(of: module) {
            NavigationLink(value: Route.lesson(lessonId: lessonId, learnerId: state.learner.id)) {
                ModuleRow(module: module, progress: state.progressText(of: module))
            }
        } else {
            ModuleRow(module: module, progress: state.progressText(of: module))
        }
    }
}

/// A module in a list: picture, title, summary, and its state in words.
struct ModuleRow: View {
    @Environment(\.words) private var words
    let module: ModuleSummary
    let progress: UiMessage

    var body: some View {
        HStack(alignment: .top, spacing: 12) {
            if let picture = module.picture {
                PictureView(picture: picture, height: 64)
                    .frame(width: 64)
            }
            VStack(alignment: .leading, spacing: 4) {
                Text(module.title)
                    .font(.headline)
                Text(module.summary)
                    .font(.subheadline)
                StatusLabelView(label: module.state.label(words))
                if let assignment = module.assignment {
                    StatusLabelView(label: assignment.label(words))
                }
                Text(words[progress])
                    .font(.footnote)
                if module.badgeEarned, let badge = module.badge {
                    Label(words.format("badge-named", ["name": .text(value: badge.name)]), systemImage: "rosette")
                        .font(.footnote)
                }
            }
        }
        .frame(minHeight: 44)
        .accessibilityElement(children: .combine)
    }
}
