import SafeStepsCore
import SwiftUI

/// Badges earned, and the ones still to earn.
struct BadgesScreen: View {
    @Environment(\.words) private var words
    @StateObject private var state: BadgesState

    init(core: Core, learnerId: String) {
        _state = StateObject(wrappedValue: BadgesState(core: core, learnerId: learnerId))
    }

    var body: some View {
        List {
            ErrorMessage(text: state.error)
            Section(words["earned"]) {
                if state.earned.isEmpty {
                    Text(words["no-badges"])
                }
                ForEach(state.earned) { item in
                    BadgeRow(item: item)
                }
            }
            Section(words["still-to-earn"]) {
                ForEach(state.toEarn) { item in
                    BadgeRow(item: item)
                }
            }
        }
        .navigationTitle(words["badges"])
        .task {
            await state.load()
        }
    }
}

struct BadgeRow: View {
    @Environment(\.words) private var words
    let item: BadgesState.Item

    var body: some View {
        HStack(spacing: 12) {
            if let picture = item.badge.picture {
                PictureView(picture: picture, height: 64)
                    .frame(width: 64)
                    .opacity(item.earned ? 1 : 0.5)
            }
            VStack(alignment: .leading, spacing: 4) {
                Text(item.badge.name)
                    .font(.headline)
                Text(item.moduleTitle)
                    .font(.subheadline)
                Label(item.earned ? words["earned"] : words["not-yet"],
                      systemImage: item.earned ? "rosette" : "circle.dashed")
                    .font(.footnote)
            }
        }
        .frame(minHeight: 44)
        .accessibilityElement(children: .combine)
    }
}
