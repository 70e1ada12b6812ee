import Foundation
import SafeStepsCore
import XCTest

/// The bindings against the real static library, on an iOS simulator.
final class SafeStepsCoreTests: XCTestCase {
    private func openApp(locales: [String] = ["en"]) throws -> SafeSteps {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("safesteps.sqlite").path
        return try SafeSteps(dbPath: path, options: OpenOptions(preferredLocales: locales, country: "ZA"))
    }

    func testLessonAnswerAndProgress() throws {
        let app = try openApp()
        let kid = try app.createLearner(nickname: "Fish", avatar: "fish", ageBand: nil)
        let lesson = try app.lesson(lessonId: "private-info-1", learnerId: kid.id)
        XCTAssertEqual(lesson.steps.map(\.number), Array(1...UInt32(lesson.steps.count)))
        for step in lesson.steps {
            _ = try app.markStepSeen(learnerId: kid.id, stepId: step.id)
        }
        let wrong = try app.answer(
            learnerId: kid.id, questionId: "private-info-1-quiz", selected: ["send-photo"], timeTakenMs: 3000)
        XCTAssertFalse(wrong.correct)
        XCTAssertNotNil(wrong.options.first { $0.chosen }?.feedback)
        let right = try app.answer(
            learnerId: kid.id, questionId: "private-info-1-quiz", selected: ["stop-tell-adult"], timeTakenMs: nil)
        XCTAssertTrue(right.correct)
        XCTAssertTrue(right.progress.completed)
    }

    func testUrduIsRightToLeft() throws {
        let app = try openApp(locales: ["ur-PK", "en"])
        XCTAssertEqual(app.packInfo().activeDirection, .rtl)
    }

    func testErrorsCarryAMessageForPeople() throws {
        let app = try openApp()
        XCTAssertThrowsError(try app.lesson(lessonId: "nope", learnerId: nil)) { error in
            guard let error = error as? ApiError, case .NotFound = error else {
                return XCTFail("expected ApiError.NotFound, got \(error)")
            }
            XCTAssertTrue(error.message.contains("nope"))
        }
    }
}
