import Foundation
import SafeStepsCore
import SwiftUI

/// The teacher area behind the PIN: classes, assignments, reports and bundle exchange.
///
/// The core ends the session after 15 minutes without use; calls then fail with
/// `ApiError.Locked` and this holder goes back to asking for the PIN.
@MainActor
final class TeacherState: ObservableObject {
    enum Stage: Equatable {
        case loading
        case setPin
        case enterPin
        case open
    }

    @Published private(set) var stage: Stage = .loading
    @Published var pin = ""
    @Published var newPin = ""
    @Published var confirmPin = ""

    @Published private(set) var classes: [ClassView] = []
    @Published private(set) var assignments: [AssignmentView] = []
    @Published private(set) var learners: [LearnerView] = []
    /// Child modules that can be assigned.
    @Published private(set) var modules: [ModuleSummary] = []
    @Published private(set) var report: ClassReport?
    /// A bundle or CSV file written for sharing.
    @Published private(set) var sharedFile: URL?
    @Published private(set) var status: UiMessage?
    @Published private(set) var error: String?
    @Published private(set) var busy = false
    /// The file picker for a bundle to import is showing.
    @Published var choosingBundle = false

    // Forms.
    @Published var newClassName = ""
    @Published var draftModules: Set<String> = []
    @Published var draftTarget: AssignmentTarget?
    @Published var draftHasDueDate = false
    @Published var draftDue = Date().addingTimeInterval(7 * 24 * 3600)

    private var area: TeacherArea?
    private let core: Core

    init(core: Core) {
        self.core = core
    }

    func start() async {
        do {
            let hasPin = try await core.run { app in try app.hasTeacherPin() }
            stage = hasPin ? .enterPin : .setPin
        } catch {
            self.error = describe(error)
        }
    }

    // MARK: PIN

    var canSetPin: Bool { !newPin.isEmpty && !busy }
    var canOpen: Bool { !pin.isEmpty && !busy }

    /// First use: choose the PIN (the core says what a PIN must be like).
    func setPin() async {
        guard canSetPin else { return }
        guard newPin == confirmPin else {
            error = try? await core.run { app in try app.uiText(locales: []).strings["pins-differ"] }
            return
        }
        let chosen = newPin
        busy = true
        defer { busy = false }
        do {
            try await core.run { app in try app.setTeacherPin(current: nil, newPin: chosen) }
            newPin = ""
            confirmPin = ""
            await open(with: chosen)
        } catch {
            self.error = describe(error)
        }
    }

    func open() async {
        guard canOpen else { return }
        let entered = pin
        pin = ""
        busy = true
        defer { busy = false }
        await open(with: entered)
    }

    private func open(with pin: String) async {
        do {
            // A wrong PIN is refused with Locked; its message says how long to wait.
            let area = try await core.run { app in try app.teacherArea(pin: pin) }
            self.area = area
            stage = .open
            error = nil
            await reload()
        } catch {
            self.error = describe(error)
        }
    }

    /// Leave the area (the screen closes or the app goes to the background).
    func close() {
        if let area {
            Core.backgroundDetached { area.endSession() }
        }
        area = nil
        classes = []
        assignments = []
        learners = []
        report = nil
        sharedFile = nil
        if stage == .open {
            stage = .enterPin
        }
    }

    // MARK: Classes and assignments

    func reload() async {
        guard let area else { return }
        do {
            let (classes, assignments) = try await Core.background {
                (try area.classes(), try area.assignments())
            }
            let (learners, modules) = try await core.run { app in
                (try app.learners(), try app.modules(learnerId: nil).filter { $0.audience == .child })
            }
            self.classes = classes
            self.assignments = assignments
            self.learners = learners
            self.modules = modules
            error = nil
        } catch {
            fail(error)
        }
    }

    func nickname(_ learnerId: String) -> String {
        learners.first { $0.id == learnerId }?.nickname ?? learnerId
    }

    func moduleTitle(_ moduleId: String) -> String {
        modules.first { $0.id == moduleId }?.title ?? moduleId
    }

    /// Learners not yet in a class, to add to it.
    func learnersOutside(_ classView: ClassView) -> [LearnerView] {
        learners.filter { !classView.learnerIds.contains($0.id) }
    }

    func createClass() async {
        let name = newClassName.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return }
        await change { area in _ = try area.createClass(name: name) }
        newClassName = ""
    }

    func add(_ learnerId: String, to classId: String) async {
        await change { area in _ = try area.addToClass(classId: classId, learnerId: learnerId) }
    }

    func remove(_ learnerId: String, from classId: String) async {
        await change { area in _ = try area.removeFromClass(classId: classId, learnerId: learnerId) }
    }

    /// A switch for one module in the new assignment.
    func moduleChoice(_ moduleId: String) -> Binding<Bool> {
        Binding(
            get: { self.draftModules.contains(moduleId) },
            set: { on in
                if on {
                    self.draftModules.insert(moduleId)
                } else {
                    self.draftModules.remove(moduleId)
                }
            }
        )
    }

    var canAssign: Bool { !draftModules.isEmpty && draftTarget != nil && !busy }

    func assign() async {
        guard canAssign, let target = draftTarget else { return }
        // Keep the pack's order of modules.
        let moduleIds = modules.map(\.id).filter { draftModules.contains($0) }
        let dueMs = draftHasDueDate ? Int64(draftDue.timeIntervalSince1970 * 1000) : nil
        let assignment = NewAssignment(moduleIds: moduleIds, target: target, dueMs: dueMs)
        await change { area in _ = try area.assign(assignment: assignment) }
        draftModules = []
        draftTarget = nil
        draftHasDueDate = false
    }

    func withdraw(_ assignment: AssignmentView) async {
        let id = assignment.id
        await change { area in _ = try area.withdrawAssignment(id: id) }
    }

    // MARK: Reports

    func showReport(_ classId: String) async {
        guard let area else { return }
        do {
            report = try await Core.background { try area.classReport(classId: classId) }
        } catch {
            fail(error)
        }
    }

    /// The report sheet is showing; closing it forgets the report.
    var showingReport: Bool {
        get { report != nil }
        set {
            if !newValue {
                report = nil
            }
        }
    }

    /// The class report as CSV, one line per learner (with nicknames: it stays with the teacher).
    func exportLearnersCsv(_ classId: String) async {
        guard let area else { return }
        await share(named: "class-report.csv") {
            let csv = try area.exportLearnersCsv(classId: classId)
            return Data(csv.utf8)
        }
    }

    /// Numbers only, no nicknames; groups of fewer than 5 learners are left out.
    func exportAggregateCsv() async {
        guard let area else { return }
        await share(named: "safesteps-summary.csv") {
            let csv = try area.exportAggregateCsv(minGroup: 5)
            return Data(csv.utf8)
        }
    }

    // MARK: Bundle exchange (offline, as a file: AirDrop, cable, memory card)

    /// Classes, groups and assignments for the learners' devices.
    func exportAssignments() async {
        guard let area else { return }
        await share(named: "safesteps-assignments.bundle") {
            try area.exportAssignmentsBundle()
        }
    }

    /// Progress of the learners on this device, for the teacher's device.
    func exportProgress() async {
        let app = core.app
        await share(named: "safesteps-progress.bundle") {
            try app.exportProgressBundle(learnerIds: [])
        }
    }

    /// The file picker closed.
    func bundlePicked(_ result: Result<URL, Error>) async {
        switch result {
        case .success(let url):
            await importBundle(from: url)
        case .failure(let error):
            self.error = describe(error)
        }
    }

    /// Import a bundle file picked by the teacher (verified by the core before anything changes).
    func importBundle(from url: URL) async {
        let app = core.app
        busy = true
        defer { busy = false }
        do {
            let summary = try await Core.background { () throws -> ImportSummary in
                let scoped = url.startAccessingSecurityScopedResource()
                defer {
                    if scoped {
                        url.stopAccessingSecurityScopedResource()
                    }
                }
                return try app.importBundle(bundle: Data(contentsOf: url))
            }
            status = UiMessage("imported", [
                "device": .text(value: summary.fromDevice),
                "learners": .number(value: Int64(summary.learnersAdded)),
                "events": .number(value: Int64(summary.eventsAdded)),
                "already": .number(value: Int64(summary.eventsAlreadyHere)),
                "assignments": .number(value: Int64(summary.assignmentsChanged)),
                "classes": .number(value: Int64(summary.classesChanged)),
            ])
            error = nil
            await reload()
        } catch {
            fail(error)
        }
    }

    func clearSharedFile() {
        sharedFile = nil
    }

    // MARK: Helpers

    private func change(_ work: @escaping @Sendable (TeacherArea) throws -> Void) async {
        guard let area else { return }
        busy = true
        defer { busy = false }
        do {
            try await Core.background { try work(area) }
            await reload()
        } catch {
            fail(error)
        }
    }

    private func share(named name: String, _ make: @escaping @Sendable () throws -> Data) async {
        busy = true
        defer { busy = false }
        do {
            sharedFile = try await Core.background {
                let url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
                try make().write(to: url, options: [.atomic, .completeFileProtection])
                return url
            }
            error = nil
        } catch {
            fail(error)
        }
    }

    private func fail(_ error: Error) {
        if isLocked(error) {
            close()
        }
        self.error = describe(error)
    }
}
