import SafeStepsCore
import SwiftUI

/// The learner's settings. Each change is saved at once and changes the lessons.
struct SettingsScreen: View {
    @StateObject private var state: SettingsState

    init(core: Core, learner: LearnerView, onChange: @escaping (LearnerView) -> Void) {
        _state = StateObject(wrappedValue: SettingsState(core: core, learner: learner, onChange: onChange))
    }

    var body: some View {
        Form {
            if state.error != nil || state.status != nil {
                Section {
                    ErrorMessage(text: state.error)
                    if let status = state.status {
                        Label(status, systemImage: "checkmark.circle")
                    }
                }
            }
            Section("Text language") {
                Picker("Language", selection: state.textLocale) {
                    Text("Same as this device").tag("")
                    ForEach(state.locales, id: \.tag) { info in
                        Text(localeName(info)).tag(info.tag)
                    }
                }
            }
            Section("Sign language") {
                Picker("Sign language", selection: state.signLanguage) {
                    Text("Same as the app").tag("")
                    ForEach(state.signLanguages, id: \.self) { code in
                        Text(signLanguageName(code)).tag(code)
                    }
                }
                Toggle("Show the sign-language video first", isOn: state.toggle(\.signVideoFirst))
                Toggle("Captions on videos", isOn: state.toggle(\.captions))
            }
            Section("Reading, seeing and hearing") {
                Toggle("Easy words", isOn: state.toggle(\.easyRead))
                Toggle("Bigger text", isOn: state.toggle(\.largerText))
                Toggle("Less movement", isOn: state.toggle(\.reducedMotion))
                Toggle("No sound", isOn: state.toggle(\.noAudio))
            }
            if !state.passwordGrid.isEmpty {
                picturePassword
            }
        }
        .navigationTitle("Settings")
        .task {
            await state.load()
        }
    }

    private var picturePassword: some View {
        Section {
            Text(state.hasPicturePassword
                ? "You have a picture password."
                : "No picture password: anyone on this device can open your lessons.")
            Text("Tap 3 to 6 pictures in order. \(state.newPassword.count) tapped.")
            LazyVGrid(columns: [GridItem(.adaptive(minimum: 80), spacing: 8)], spacing: 8) {
                ForEach(state.passwordGrid, id: \.path) { picture in
                    Button {
                        state.pick(picture)
                    } label: {
                        PictureView(picture: picture, height: 60)
                            .touchTarget()
                    }
                    .buttonStyle(.bordered)
                }
            }
            HStack {
                Button {
                    state.clearPicked()
                } label: {
                    Label("Clear", systemImage: "xmark")
                        .touchTarget()
                }
                .buttonStyle(.bordered)
                Spacer()
                Button {
                    Task { await state.savePassword() }
                } label: {
                    Label("Save", systemImage: "checkmark")
                        .touchTarget()
                }
                .buttonStyle(.borderedProminent)
                .disabled(!state.canSavePassword)
            }
            if state.hasPicturePassword {
                Button(role: .destructive) {
                    Task { await state.removePassword() }
                } label: {
                    Label("Remove the picture password", systemImage: "trash")
                        .touchTarget(alignment: .leading)
                }
                .buttonStyle(.borderless)
            }
        } header: {
            Text("Picture password")
        }
    }
}
