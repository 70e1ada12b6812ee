import SafeStepsCore
import SwiftUI

@main
struct SafeStepsDemoApp: App {
    @StateObject private var appState = AppState()

    var body: some Scene {
        WindowGroup {
            RootView()
                .environmentObject(appState)
        }
    }
}

/// Waits for the core to open, then shows the app in the learner's reading direction.
struct RootView: View {
    @EnvironmentObject private var appState: AppState

    var body: some View {
        Group {
            switch appState.phase {
            case .opening:
                ProgressView()  // the words come from the core, which is opening
            case .failed(let message):
                // No core, so no UI texts: the message is the core's own error text
                // (ApiError.message, in the app's locale), under a symbol.
                Label(message, systemImage: "exclamationmark.triangle.fill")
                    .font(.headline)
                    .padding()
            case .ready:
                if let core = appState.core, let media = appState.media {
                    NavigationRoot(core: core)
                        .environmentObject(media)
                }
            }
        }
        .environment(\.layoutDirection, appState.direction.layoutDirection)
        .environment(\.words, appState.words)
        .task {
            await appState.open()
        }
    }
}

/// The learner picker (or the signed-in learner's home) and every screen reached from it.
struct NavigationRoot: View {
    let core: Core
    @EnvironmentObject private var appState: AppState

    var body: some View {
        NavigationStack(path: $appState.path) {
            Group {
                if let learner = appState.learner {
                    HomeScreen(core: core, learner: learner)
                        .id(learner.id)
                } else {
                    LearnerPickerScreen(core: core) { learner in
                        appState.signedIn(learner)
                    }
                }
            }
            .navigationDestination(for: Route.self) { route in
                destination(route)
            }
        }
    }

    @ViewBuilder
    private func destination(_ route: Route) -> some View {
        switch route {
        case .lesson(let lessonId, let learnerId):
            LessonScreen(
                core: core, lessonId: lessonId, learnerId: learnerId,
                easyRead: appState.learner?.settings.easyRead ?? false)
        case .badges:
            if let learner = appState.learner {
                BadgesScreen(core: core, learnerId: learner.id)
            }
        case .settings:
            if let learner = appState.learner {
                SettingsScreen(core: core, learner: learner) { updated in
                    appState.updated(updated)
                }
            }
        case .help(let audience):
            HelpScreen(core: core, audience: audience) {
                appState.quickExit()
            }
        case .pathway(let id, let country):
            PathwayScreen(core: core, pathwayId: id, country: country) {
                appState.quickExit()
            }
        case .teacher:
            TeacherScreen(core: core)
        case .caregiver:
            CaregiverScreen(core: core)
        }
    }
}
