import SafeStepsCore
import SwiftUI
import UniformTypeIdentifiers

/// The teacher area: a PIN first, then classes, assignments, reports and bundle exchange.
/// The session ends when the screen closes or the app goes to the background.
struct TeacherScreen: View {
    @Environment(\.words) private var words
    @StateObject private var state: TeacherState
    @Environment(\.scenePhase) private var scenePhase

    init(core: Core) {
        _state = StateObject(wrappedValue: TeacherState(core: core))
    }

    var body: some View {
        Group {
            switch state.stage {
            case .loading:
                ProgressView()
            case .setPin:
                setPinForm
            case .enterPin:
                pinForm
            case .open:
                area
            }
        }
        .navigationTitle(words["teacher-area"])
        .task {
            await state.start()
        }
        .onDisappear {
            state.close()
        }
        .onChange(of: scenePhase) { phase in
            if phase == .background {
                state.close()
            }
        }
    }

    // MARK: PIN

    private var setPinForm: some View {
        Form {
            Section {
                SecureField(words["new-pin"], text: $state.newPin)
                    .keyboardType(.numberPad)
                    .frame(minHeight: 44)
                SecureField(words["pin-again"], text: $state.confirmPin)
                    .keyboardType(.numberPad)
                    .frame(minHeight: 44)
                Button {
                    Task { await state.setPin() }
                } label: {
                    Label(words["set-pin"], systemImage: "lock")
                        .touchTarget(alignment: .leading)
                }
                .disabled(!state.canSetPin)
            } header: {
                Text(words["choose-pin"])
            } footer: {
                Text(words["pin-why"])
            }
            if state.error != nil {
                Section {
                    ErrorMessage(text: state.error)
                }
            }
        }
    }

    private var pinForm: some View {
        Form {
            Section {
                SecureField(words["pin"], text: $state.pin)
                    .keyboardType(.numberPad)
                    .frame(minHeight: 44)
                Button {
                    Task { await state.open() }
                } label: {
                    Label(words["open"], systemImage: "lock.open")
                        .touchTarget(alignment: .leading)
                }
                .disabled(!state.canOpen)
            } footer: {
                Text(words["pin-wait-note"])
            }
            if state.error != nil {
                Section {
                    ErrorMessage(text: state.error)
                }
            }
        }
    }

    // MARK: The open area

    private var area: some View {
        List {
            if state.error != nil || state.status != nil {
                Section {
                    ErrorMessage(text: state.error)
                    if let status = state.status {
                        Label(words[status], systemImage: "checkmark.circle")
                    }
                }
            }
            classesSection
            newAssignmentSection
            assignmentsSection
            exchangeSection
        }
        .disabled(state.busy)
        .sheet(isPresented: $state.showingReport) {
            if let report = state.report {
                ReportSheet(report: report) {
                    state.showingReport = false
                }
            }
        }
        .fileImporter(isPresented: $state.choosingBundle, allowedContentTypes: [.data]) { result in
            Task { await state.bundlePicked(result) }
        }
    }

    private var classesSection: some View {
        Section(words["classes"]) {
            ForEach(state.classes, id: \.id) { classView in
                VStack(alignment: .leading, spacing: 8) {
                    Text(classView.name)
                        .font(.headline)
                    ForEach(classView.learnerIds, id: \.self) { learnerId in
                        HStack {
                            Text(state.nickname(learnerId))
                            Spacer()
                            Button {
                                Task { await state.remove(learnerId, from: classView.id) }
                            } label: {
                                Image(systemName: "person.badge.minus")
                                    .touchTarget()
                            }
                            .buttonStyle(.borderless)
                            .accessibilityLabel(words.format("remove-from-class", [
                                "nickname": .text(value: state.nickname(learnerId)), "class": .text(value: classView.name),
                            ]))
                        }
                    }
                    Menu {
                        ForEach(state.learnersOutside(classView), id: \.id) { learner in
                            Button(learner.nickname) {
                                Task { await state.add(learner.id, to: classView.id) }
                            }
                        }
                    } label: {
                        Label(words["add-learner"], systemImage: "person.badge.plus")
                            .touchTarget(alignment: .leading)
                    }
                    HStack {
                        Button {
                            Task { await state.showReport(classView.id) }
                        } label: {
                            Label(words["report"], systemImage: "chart.bar.doc.horizontal")
                                .touchTarget()
                        }
                        Spacer()
                        Button {
                            Task { await state.exportLearnersCsv(classView.id) }
                        } label: {
                            Label(words["report-csv"], systemImage: "tablecells")
                                .touchTarget()
                        }
                    }
                    .buttonStyle(.borderless)
                }
            }
            HStack {
                TextField(words["new-class-name"], text: $state.newClassName)
                    .frame(minHeight: 44)
                Button {
                    Task { await state.createClass() }
                } label: {
                    Label(words["create"], systemImage: "plus")
                        .touchTarget()
                }
                .buttonStyle(.bordered)
                .disabled(state.newClassName.trimmingCharacters(in: .whitespaces).isEmpty)
            }
        }
    }

    private var newAssignmentSection: some View {
        Section(words["new-assignment"]) {
            ForEach(state.modules, id: \.id) { module in
                Toggle(module.title, isOn: state.moduleChoice(module.id))
            }
            Picker(words["assign-for"], selection: $state.draftTarget) {
                Text(words["choose"]).tag(AssignmentTarget?.none)
                ForEach(state.classes, id: \.id) { classView in
                    Text(words.format("target-class", ["name": .text(value: classView.name)]))
                        .tag(Optional(AssignmentTarget.`class`(classView.id)))
                    ForEach(classView.groups, id: \.id) { group in
                        Text(words.format("target-group", ["name": .text(value: group.name)]))
                            .tag(Optional(AssignmentTarget.group(group.id)))
                    }
                }
                ForEach(state.learners, id: \.id) { learner in
                    Text(words.format("target-learner", ["name": .text(value: learner.nickname)]))
                        .tag(Optional(AssignmentTarget.learner(learner.id)))
                }
            }
            Toggle(words["due-date"], isOn: $state.draftHasDueDate)
            if state.draftHasDueDate {
                DatePicker(words["due"], selection: $state.draftDue, displayedComponents: .date)
            }
            Button {
                Task { await state.assign() }
            } label: {
                Label(words["assign"], systemImage: "paperplane")
                    .touchTarget(alignment: .leading)
            }
            .disabled(!state.canAssign)
        }
    }

    private var assignmentsSection: some View {
        Section(words["assignments"]) {
            if state.assignments.isEmpty {
                Text(words["nothing-assigned"])
            }
            ForEach(state.assignments, id: \.id) { assignment in
                VStack(alignment: .leading, spacing: 4) {
                    Text(assignment.moduleIds.map { state.moduleTitle($0) }.joined(separator: ", "))
                        .font(.headline)
                    Text(words.format("assignment-for", [
                        "target": .text(value: assignment.targetName), "count": countArg(assignment.learnerCount),
                    ]))
                    if let due = assignment.dueMs {
                        Text(words.format("due-on", ["date": .text(value: shortDate(due))]))
                    }
                    if assignment.withdrawn {
                        Label(words["withdrawn"], systemImage: "xmark.circle")
                    } else {
                        Button(role: .destructive) {
                            Task { await state.withdraw(assignment) }
                        } label: {
                            Label(words["withdraw"], systemImage: "trash")
                                .touchTarget(alignment: .leading)
                        }
                        .buttonStyle(.borderless)
                    }
                }
            }
        }
    }

    private var exchangeSection: some View {
        Section {
            Button {
                Task { await state.exportAssignments() }
            } label: {
                Label(words["export-assignments"], systemImage: "doc.badge.arrow.up")
                    .touchTarget(alignment: .leading)
            }
            Button {
                Task { await state.exportProgress() }
            } label: {
                Label(words["export-progress"], systemImage: "doc.badge.arrow.up")
                    .touchTarget(alignment: .leading)
            }
            Button {
                Task { await state.exportAggregateCsv() }
            } label: {
                Label(words["aggregate-csv"], systemImage: "tablecells")
                    .touchTarget(alignment: .leading)
            }
            if let file = state.sharedFile {
                ShareLink(item: file) {
                    Label(words.format("send-file", ["file": .text(value: file.lastPathComponent)]), systemImage: "square.and.arrow.up")
                        .touchTarget(alignment: .leading)
                }
            }
            Button {
                state.choosingBundle = true
            } label: {
                Label(words["import-bundle"], systemImage: "square.and.arrow.down")
                    .touchTarget(alignment: .leading)
            }
        } header: {
            Text(words["share-with-devices"])
        } footer: {
            Text(words["share-help"])
        }
    }
}

/// A class report: per learner, per module, and the questions answered wrong most.
struct ReportSheet: View {
    @Environment(\.words) private var words
    let report: ClassReport
    let close: () -> Void

    var body: some View {
        NavigationStack {
            List {
                Section(words["learners"]) {
                    ForEach(report.learners, id: \.learnerId) { learner in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(words.format("report-learner", [
                                "nickname": .text(value: learner.nickname), "completed": countArg(learner.completed),
                                "assigned": countArg(learner.assigned), "mastered": countArg(learner.mastered),
                            ]))
                            .font(.headline)
                            Text(learner.quizScore.map { words.format("report-score", ["percent": percentArg($0)]) }
                                ?? words["report-no-answers"])
                            Text(words.format("report-learner-activity", [
                                "attempts": countArg(learner.attempts), "minutes": countArg(learner.timeSpentMs / 60_000),
                            ]))
                        }
                        .accessibilityElement(children: .combine)
                    }
                }
                Section(words["modules"]) {
                    ForEach(report.modules, id: \.moduleId) { module in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(words.format("report-module", [
                                "module": .text(value: module.title), "started": countArg(module.started),
                                "completed": countArg(module.completed), "mastered": countArg(module.mastered),
                                "assigned": countArg(module.assigned),
                            ]))
                            .font(.headline)
                            if let gain = module.gain {
                                Text(words.format("report-gain", [
                                    "before": percentArg(gain.pre), "after": percentArg(gain.post),
                                ]))
                            }
                        }
                        .accessibilityElement(children: .combine)
                    }
                }
                Section(words["report-questions"]) {
                    ForEach(report.questions, id: \.questionId) { question in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(words.format("report-question", [
                                "question": .text(value: question.prompt), "wrong": countArg(question.wrong),
                                "attempts": countArg(question.attempts),
                            ]))
                            .font(.headline)
                            if let wrong = question.topWrongText {
                                Text(words.format("report-top-wrong", [
                                    "option": .text(value: wrong), "count": countArg(question.topWrongCount),
                                ]))
                            }
                        }
                        .accessibilityElement(children: .combine)
                    }
                }
            }
            .navigationTitle(report.className)
            .toolbar {
                ToolbarItem(placement: .confirmationAction) {
                    Button(words["done"], action: close)
                }
            }
        }
    }
}
