import SafeStepsCore
import SwiftUI

/// "Who is learning?": avatars to tap, a picture password when set, a new-learner form,
/// and the ways in for adults and for help.
struct LearnerPickerScreen: View {
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
        .navigationTitle("Who is learning?")
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
                Label("New learner", systemImage: "plus.circle.fill")
                    .touchTarget(alignment: .leading)
            }
            Divider()
            NavigationLink(value: Route.help(.child)) {
                Label("Get help now", systemImage: "lifepreserver")
                    .touchTarget(alignment: .leading)
            }
            Text("For adults")
                .font(.headline)
            NavigationLink(value: Route.caregiver) {
                Label("Parents and carers", systemImage: "figure.and.child.holdinghands")
                    .touchTarget(alignment: .leading)
            }
            NavigationLink(value: Route.teacher) {
                Label("Teachers (PIN)", systemImage: "lock.fill")
                    .touchTarget(alignment: .leading)
            }
        }
    }

    private func passwordEntry(for learner: LearnerView) -> some View {
        VStack(alignment: .leading, spacing: 16) {
            Text("Hello, \(learner.nickname)! Tap your pictures in order.")
                .font(.title3)
            // How many, never which: someone may be looking.
            Text("\(state.picked.count) pictures tapped")
                .accessibilityAddTraits(.updatesFrequently)
            if let notice = state.notice {
                Label(notice, systemImage: "info.circle.fill")
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
                    Label("Back", systemImage: "chevron.backward")
                        .touchTarget()
                }
                Spacer()
                Button {
                    state.removeLastPicture()
                } label: {
                    Label("Undo", systemImage: "delete.backward")
                        .touchTarget()
                }
                Button {
                    Task { await state.submitPassword() }
                } label: {
                    Label("Sign in", systemImage: "checkmark")
                        .touchTarget()
                }
                .buttonStyle(.borderedProminent)
                .disabled(!state.canSubmitPassword)
            }
        }
    }

    private var creator: some View {
        VStack(alignment: .leading, spacing: 16) {
            Text("New learner")
                .font(.title2)
                .accessibilityAddTraits(.isHeader)
            Text("Only a nickname and a picture are kept, on this device. Never use a real name.")
            TextField("Nickname", text: $state.nickname)
                .textFieldStyle(.roundedBorder)
                .textInputAutocapitalization(.words)
                .autocorrectionDisabled()
                .frame(minHeight: 44)
            Text("Pick a picture")
                .font(.headline)
            LazyVGrid(columns: [GridItem(.adaptive(minimum: 100), spacing: 12)], spacing: 12) {
                ForEach(state.avatars, id: \.path) { avatar in
                    let chosen = state.avatarId == avatar.fileId
                    Button {
                        state.avatarId = avatar.fileId
                    } label: {
                        VStack(spacing: 4) {
                            PictureView(picture: avatar, height: 70)
                            Label(chosen ? "Chosen" : "Choose",
                                  systemImage: chosen ? "checkmark.circle.fill" : "circle")
                                .font(.footnote)
                        }
                        .frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .buttonStyle(.bordered)
                    .accessibilityAddTraits(chosen ? .isSelected : [])
                }
            }
            Picker("Age", selection: $state.ageBand) {
                Text("Not given").tag(AgeBand?.none)
                ForEach(AgeBand.all, id: \.self) { band in
                    Text(band.label).tag(Optional(band))
                }
            }
            .pickerStyle(.menu)
            .frame(minHeight: 44)
            HStack {
                Button {
                    state.back()
                } label: {
                    Label("Back", systemImage: "chevron.backward")
                        .touchTarget()
                }
                Spacer()
                Button {
                    Task { await state.create() }
                } label: {
                    Label("Start", systemImage: "checkmark")
                        .touchTarget()
                }
                .buttonStyle(.borderedProminent)
                .disabled(!state.canCreate)
            }
        }
    }
}
