import SafeStepsCore
import SwiftUI

/// The learner's settings. Each change is saved at once and changes the lessons.
struct SettingsScreen: View {
    @Environment(\.words) private var words
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
                        Label(words[status], systemImage: "checkmark.circle")
                    }
                }
            }
            Section(words["text-language"]) {
                Picker(words["text-language"], selection: state.textLocale) {
                    Text(words["same-as-device"]).tag("")
                    ForEach(state.locales, id: \.tag) { info in
                        Text(localeName(info, words)).tag(info.tag)
                    }
                }
            }
            Section(words["sign-language"]) {
                Picker(words["sign-language"], selection: state.signLanguage) {
                    Text(words["same-as-app"]).tag("")
                    ForEach(state.signLanguages, id: \.self) { code in
                        Text(signLanguageName(code, words)).tag(code)
                    }
                }
                Toggle(words["sign-video-first"], isOn: state.toggle(\.signVideoFirst))
                Toggle(words["captions-setting"], isOn: state.toggle(\.captions))
            }
            Section(words["accessibility"]) {
                Toggle(words["easy-read"], isOn: state.toggle(\.easyRead))
                Toggle(words["larger-text"], isOn: state.toggle(\.largerText))
                Toggle(words["reduced-motion"], isOn: state.toggle(\.reducedMotion))
                Toggle(words["no-audio"], isOn: state.toggle(\.noAudio))
            }
            if !state.passwordGrid.isEmpty {
                picturePassword
            }
        }
        .navigationTitle(words["settings"])
        .task {
            await state.load()
        }
    }

    private var picturePassword: some View {
        Section {
            Text(state.hasPicturePassword
                ? words["has-picture-password"]
                : words["no-picture-password"])
            Text(words.format("picture-password-pick", ["count": .number(value: Int64(state.newPassword.count))]))
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
                    Label(words["clear"], systemImage: "xmark")
                        .touchTarget()
                }
                .buttonStyle(.bordered)
                Spacer()
                Button {
                    Task { await state.savePassword() }
                } label: {
                    Label(words["save"], systemImage: "checkmark")
                        .touchTarget()
                }
                .buttonStyle(.borderedProminent)
                .disabled(!state.canSavePassword)
            }
            if state.hasPicturePassword {
                Button(role: .destructive) {
                    Task { await state.removePassword() }
                } label: {
                    Label(words["picture-password-remove"], systemImage: "trash")
                        .touchTarget(alignment: .leading)
                }
                .buttonStyle(.borderless)
            }
        } header: {
            Text(words["picture-password"])
        }
    }
}
