import SafeStepsCore
import SwiftUI

/// A quiz question of any type, then the core's feedback on each option.
/// Right and wrong are said in words with a symbol, never by colour alone.
struct QuizPanel: View {
    @Environment(\.words) private var words
    @ObservedObject var state: QuizState

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(state.question.prompt)
                .font(.title3.weight(.semibold))
                .accessibilityAddTraits(.isHeader)
            Text(words[state.instruction])
                .font(.callout)
            if let attempts = state.attemptsText {
                Text(words[attempts])
                    .font(.footnote)
            }
            if state.showsPictures {
                LazyVGrid(columns: [GridItem(.adaptive(minimum: 140), spacing: 12)], spacing: 12) {
                    ForEach(state.options, id: \.id) { option in
                        choice(option)
                    }
                }
            } else if state.isOrdering {
                ForEach(state.options, id: \.id) { option in
                    orderingRow(option)
                }
            } else {
                ForEach(state.options, id: \.id) { option in
                    choice(option)
                }
            }
            if let hint = state.hint {
                Label(hint, systemImage: "lightbulb.fill")
            } else if state.question.hasHint && state.learnerId != nil && state.result == nil {
                Button {
                    Task { await state.showHint() }
                } label: {
                    Label(words["show-hint"], systemImage: "lightbulb")
                        .touchTarget(alignment: .leading)
                }
            }
            outcome
            ErrorMessage(text: state.error)
        }
    }

    @ViewBuilder
    private var outcome: some View {
        if let result = state.result {
            Label(result.message, systemImage: result.correct ? "checkmark.circle.fill" : "xmark.circle.fill")
                .font(.headline)
            if state.canTryAgain {
                Button {
                    Task { await state.tryAgain() }
                } label: {
                    Label(words["try-again"], systemImage: "arrow.counterclockwise")
                        .frame(maxWidth: .infinity, minHeight: 44)
                }
                .buttonStyle(.bordered)
            }
        } else if state.learnerId == nil {
            Label(words["answers-for-learners"], systemImage: "info.circle")
                .font(.callout)
        } else {
            Button {
                Task { await state.answer() }
            } label: {
                Label(words["check-answer"], systemImage: "checkmark")
                    .frame(maxWidth: .infinity, minHeight: 44)
            }
            .buttonStyle(.borderedProminent)
            .disabled(!state.canAnswer)
        }
    }

    /// An option to choose: a button until answered, then the option with its feedback.
    @ViewBuilder
    private func choice(_ option: OptionView) -> some View {
        let chosen = state.isSelected(option)
        if state.result == nil {
            Button {
                state.toggle(option)
            } label: {
                optionContent(option, chosen: chosen)
            }
            .buttonStyle(.bordered)
            .accessibilityAddTraits(chosen ? .isSelected : [])
        } else {
            optionContent(option, chosen: chosen)
                .padding(8)
                .background(RoundedRectangle(cornerRadius: 10).strokeBorder(.secondary))
                .accessibilityElement(children: .combine)
        }
    }

    private func optionContent(_ option: OptionView, chosen: Bool) -> some View {
        VStack(alignment: .leading, spacing: 6) {
            HStack(alignment: .top, spacing: 10) {
                Image(systemName: marker(chosen))
                    .accessibilityHidden(true)
                VStack(alignment: .leading, spacing: 6) {
                    if let picture = option.picture {
                        PictureView(picture: picture, height: 110)
                    }
                    Text(option.text)
                        .fixedSize(horizontal: false, vertical: true)
                }
                Spacer(minLength: 0)
            }
            feedback(option)
        }
        .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
        .contentShape(Rectangle())
    }

    private func marker(_ chosen: Bool) -> String {
        if state.allowsSeveral {
            return chosen ? "checkmark.square.fill" : "square"
        }
        return chosen ? "largecircle.fill.circle" : "circle"
    }

    /// Ordering: each option with its place and arrows to move it.
    private func orderingRow(_ option: OptionView) -> some View {
        let place = (state.options.firstIndex(of: option) ?? 0) + 1
        return VStack(alignment: .leading, spacing: 6) {
            HStack(spacing: 8) {
                Text(words.format("place-n", ["number": .number(value: Int64(place))]))
                    .font(.headline)
                Text(option.text)
                    .fixedSize(horizontal: false, vertical: true)
                Spacer(minLength: 0)
                Button {
                    state.move(option, by: -1)
                } label: {
                    Image(systemName: "arrow.up")
                        .touchTarget()
                }
                .disabled(!state.canMove(option, by: -1))
                .accessibilityLabel(words.format("move-up", ["option": .text(value: option.text)]))
                Button {
                    state.move(option, by: 1)
                } label: {
                    Image(systemName: "arrow.down")
                        .touchTarget()
                }
                .disabled(!state.canMove(option, by: 1))
                .accessibilityLabel(words.format("move-down", ["option": .text(value: option.text)]))
            }
            feedback(option)
        }
        .padding(8)
        .background(RoundedRectangle(cornerRadius: 10).strokeBorder(.secondary))
    }

    @ViewBuilder
    private func feedback(_ option: OptionView) -> some View {
        if let feedback = state.feedback(for: option) {
            Label {
                Text(feedback.correct == true ? words["option-right"] : words["option-wrong"]).bold()
                    + Text(feedback.feedback.map { ": " + $0 } ?? "")
            } icon: {
                Image(systemName: feedback.correct == true ? "checkmark.circle.fill" : "xmark.circle.fill")
            }
            .font(.callout)
        }
    }
}
