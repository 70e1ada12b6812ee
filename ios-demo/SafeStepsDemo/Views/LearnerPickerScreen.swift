import SafeStepsCore
import SwiftUI

/// "Who is learning?": avatars to tap, a picture password when set, a new-learner form,
/// and the ways in for adults and for help.
struct LearnerPickerScreen: View {
    @Environment(\.words) private var words
    @StateObject private var state: LearnerPickerState

    init(core: Core, onSignedIn: @escaping (LearnerView) -> Void) {
        _state = StateObject(wrappedValue: LearnerPickerState(core: core, onSignedIn: onSignedIn))
    }

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 20) {
                ErrorMessage(text: state.error)
                switch state.stage {
                case .choosing:
                    chooser
                case .password(let learner):
                    passwordEntry(for: learner)
                case .creating:
                    creator
                }
            }
            .padding()
        }
        .navigationTitle(words["who-is-learning"])
        .task {
            await state.load()
        }
    }

    private let columns = [GridItem(.adaptive(minimum: 120), spacing: 16)]

    private var chooser: some View {
        VStack(alignment: .leading, spacing: 16) {
            LazyVGrid(columns: columns, spacing: 16) {
                ForEach(state.learners, id: \.id) { learner in
                    Button {
                        Task { await state.choose(learner) }
                    } label: {
                        VStack(spacing: 8) {
                            if let avatar = state.avatar(of: learner) {
                                PictureView(picture: avatar, height: 80)
                            }
                            Text(learner.nickname)
                                .font(.headline)
                        }
                        .frame(maxWidth: .infinity, minHeight: 44)
                        .padding(8)
                    }
                    .buttonStyle(.bordered)
                    .disabled(state.busy)
                }
            }
            Button {
                state.startCreating()
            } label: {
                Label(words["new-learner"], systemImage: "plus.circle.fill")
                    .touchTarget(alignment: .leading)
            }
            Divider()
            NavigationLink(value: Route.help(.child)) {
                Label(words["get-help-now"], systemImage: "lifepreserver")
                    .touchTarget(alignment: .leading)
            }
            Text(words["for-adults"])
                .font(.headline)
            NavigationLink(value: Route.caregiver) {
                Label(words["caregivers-title"], systemImage: "figure.and.child.holdinghands")
                    .touchTarget(alignment: .leading)
            }
            NavigationLink(value: Route.teacher) {
                Label(words["teachers-pin"], systemImage: "lock.fill")
                    .touchTarget(alignment: .leading)
            }
        }
    }

    private func passwordEntry(for learner: LearnerView) -> some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(words.format("tap-your-pictures", ["nickname": .text(value: learner.nickname)]))
                .font(.title3)
            // How many, never which: someone may be looking.
            Text(words.format("pictures-tapped", ["count": .number(value: Int64(state.picked.count))]))
                .accessibilityAddTraits(.updatesFrequently)
            if let notice = state.notice {
                Label(words[notice], systemImage: "info.circle.fill")
            }
            LazyVGrid(columns: [GridItem(.adaptive(minimum: 90), spacing: 12)], spacing: 12) {
                ForEach(state.passwordGrid, id: \.path) { picture in
                    Button {
                        state.pick(picture)
                    } label: {
                        PictureView(picture: picture, height: 80)
                            .touchTarget()
                    }
                    .buttonStyle(.bordered)
                }
            }
            HStack {
                Button {
                    state.back()
                } label: {
                    Label(words["back"], systemImage: "chevron.backward")
                        .touchTarget()
                }
                Spacer()
                Button {
                    state.removeLastPicture()
                } label: {
                    Label(words["undo"], systemImage: "delete.backward")
                        .touchTarget()
                }
                Button {
                    Task { await state.submitPassword() }
                } label: {
                    Label(words["sign-in"], systemImage: "checkmark")
                        .touchTarget()
                }
                .buttonStyle(.borderedProminent)
                .disabled(!state.canSubmitPassword)
            }
        }
    }

    private var creator: some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(words["new-learner"])
                .font(.title2)
                .accessibilityAddTraits(.isHeader)
            Text(words["privacy-note"])
            TextField(words["nickname"], text: $state.nickname)
                .textFieldStyle(.roundedBorder)
                .textInputAutocapitalization(.words)
                .autocorrectionDisabled()
                .frame(minHeight: 44)
            Text(words["pick-avatar"])
                .font(.headline)
            LazyVGrid(columns: [GridItem(.adaptive(minimum: 100), spacing: 12)], spacing: 12) {
                ForEach(state.avatars, id: \.path) { avatar in
                    let chosen = state.avatarId == avatar.id
                    Button {
                        state.avatarId = avatar.id
                    } label: {
                        VStack(spacing: 4) {
                            PictureView(picture: avatar, height: 70)
                            Label(chosen ? words["chosen"] : words["choose"],
                                  systemImage: chosen ? "checkmark.circle.fill" : "circle")
                                .font(.footnote)
                        }
                        .frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .buttonStyle(.bordered)
                    .accessibilityAddTraits(chosen ? .isSelected : [])
                }
            }
            Picker(words["age"], selection: $state.ageBand) {
                Text(words["age-not-given"]).tag(AgeBand?.none)
                ForEach(AgeBand.all, id: \.self) { band in
                    Text(band.label(words)).tag(Optional(band))
                }
            }
            .pickerStyle(.menu)
            .frame(minHeight: 44)
            HStack {
                Button {
                    state.back()
                } label: {
                    Label(words["back"], systemImage: "chevron.backward")
                        .touchTarget()
                }
                Spacer()
                Button {
                    Task { await state.create() }
                } label: {
                    Label(words["start"], systemImage: "checkmark")
                        .touchTarget()
                }
                .buttonStyle(.borderedProminent)
                .disabled(!state.canCreate)
            }
        }
    }
}
