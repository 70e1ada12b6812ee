import SafeStepsCore
import SwiftUI

extension View {
    /// At least 44 by 44 points, all of it tappable. Use inside a button's label.
    func touchTarget(alignment: Alignment = .center) -> some View {
        frame(minWidth: 44, minHeight: 44, alignment: alignment)
            .contentShape(Rectangle())
    }
}

/// A pack picture, with its alt text for VoiceOver: the pack's SVGs as the PNGs rasterised
/// at build time for this screen's scale (see MediaStore). A picture that could not be
/// loaded is drawn as a frame with the alt text written in it.
struct PictureView: View {
    let picture: Picture
    var height: CGFloat = 160
    @EnvironmentObject private var media: MediaStore
    @Environment(\.displayScale) private var displayScale

    var body: some View {
        Group {
            if let image = media.images[picture.path] {
                Image(decorative: image, scale: media.scales[picture.path] ?? 1)
                    .resizable()
                    .scaledToFit()
            } else {
                VStack(spacing: 6) {
                    Image(systemName: "photo")
                        .font(.title2)
                    Text(picture.alt)
                        .font(.callout)
                        .multilineTextAlignment(.center)
                        .minimumScaleFactor(0.7)
                }
                .padding(8)
                .frame(maxWidth: .infinity)
                .background(RoundedRectangle(cornerRadius: 12).strokeBorder(.secondary))
            }
        }
        .frame(maxHeight: height)
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(picture.alt)
        .accessibilityAddTraits(.isImage)
        .task(id: picture.path) {
            await media.load(picture.path, displayScale: displayScale)
        }
    }
}

/// An error from the core, in its words, with a symbol (never colour alone).
struct ErrorMessage: View {
    @Environment(\.words) private var words
    let text: String?

    var body: some View {
        if let text {
            Label(text, systemImage: "exclamationmark.triangle.fill")
                .foregroundStyle(.red)
                .accessibilityLabel(words.format("problem", ["text": .text(value: text)]))
        }
    }
}

/// A state in words with a symbol.
struct StatusLabelView: View {
    let label: StatusLabel

    var body: some View {
        Label(label.text, systemImage: label.symbol)
            .font(.footnote)
    }
}

/// Leaves the help screens at once. Big, first on screen, always the same place.
struct QuickExitButton: View {
    @Environment(\.words) private var words
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            Label(words["quick-exit"], systemImage: "xmark.octagon.fill")
                .font(.headline)
                .frame(maxWidth: .infinity, minHeight: 44)
        }
        .buttonStyle(.borderedProminent)
        .tint(.red)
        .accessibilityHint(words["quick-exit-help"])
    }
}

/// A help contact: who, how to reach them, whether open, and "check this number" when the
/// entry has not been checked yet.
struct ContactCard: View {
    @Environment(\.words) private var words
    let contact: ContactView
    let needsChecking: Bool

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(contact.organisation)
                .font(.headline)
            Text(contact.kindLabel)
                .font(.subheadline)
            if needsChecking {
                Label(contact.verifyNote ?? words["check-before-relying"],
                      systemImage: "exclamationmark.bubble.fill")
                    .font(.callout.weight(.semibold))
            }
            if let note = contact.fallbackNote {
                Label(note, systemImage: contact.isStandIn ? "cross.case.fill" : "globe")
                    .font(.callout)
            }
            if let note = contact.publicNote {
                Text(note)
                    .font(.callout)
            }
            if contact.deafSupport {
                Label(words["deaf-support"], systemImage: "hand.raised.fill")
                    .font(.callout)
            }
            ForEach(contact.channels, id: \.self) { channel in
                ChannelRow(channel: channel)
            }
            Text(contact.statusText)
                .font(.footnote)
        }
        .padding(.vertical, 4)
    }
}

/// One way to reach a contact; calls, texts and links open where that makes sense.
struct ChannelRow: View {
    @Environment(\.words) private var words
    let channel: ChannelView

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            if let url = channel.url {
                Link(destination: url) {
                    Label(channel.label + ": " + channel.value, systemImage: channel.symbol)
                        .touchTarget(alignment: .leading)
                }
            } else {
                Label(channel.label + ": " + channel.value, systemImage: channel.symbol)
                if channel.dialByHand {
                    Text(words["dial-code-help"])
                        .font(.footnote)
                }
            }
            Label(channel.statusText, systemImage: channel.open.symbol)
                .font(.footnote)
            if channel.usableWithoutHearing {
                Label(words["works-without-hearing"], systemImage: "text.bubble")
                    .font(.footnote)
            }
            if let cost = channel.cost {
                Label(cost, systemImage: "banknote")
                    .font(.footnote)
            }
        }
    }
}
