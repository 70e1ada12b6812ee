import Foundation
import SafeStepsCore
import XCTest
@testable import SafeStepsDemo

/// The screens' state holders against the real core, each test with its own database.
@MainActor
final class StateHolderTests: XCTestCase {
    private func databasePath() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("safesteps.sqlite").path
    }

    private func openCore(locales: [String] = ["en"]) async throws -> Core {
        try await Core.open(dbPath: try databasePath(), preferredLocales: locales)
    }

    func testCreateALearnerAndSignIn() async throws {
        let core = try await openCore()
        var signedIn: LearnerView?
        let picker = LearnerPickerState(core: core) { signedIn = $0 }
        await picker.load()
        XCTAssertFalse(picker.avatars.isEmpty)
        picker.startCreating()
        picker.nickname = "Kite"
        await picker.create()
        XCTAssertNil(picker.error)
        XCTAssertEqual(signedIn?.nickname, "Kite")
        XCTAssertEqual(picker.stage, .choosing)
    }

    func testAPhoneNumberAsNicknameShowsTheCoresMessage() async throws {
        let core = try await openCore()
        let picker = LearnerPickerState(core: core) { _ in XCTFail("must not sign in") }
        await picker.load()
        picker.startCreating()
        picker.nickname = "0712 345 678"
        await picker.create()
        let message = try XCTUnwrap(picker.error)
        XCTAssertFalse(message.contains("InvalidInput("), "a message for people, not a debug dump")
    }

    func testPicturePasswordIsAskedFor() async throws {
        let core = try await openCore()
        let kid = try await core.run { app in try app.createLearner(nickname: "Mwila", avatar: "fish", ageBand: nil) }
        try await core.run { app in try app.setPicturePassword(learnerId: kid.id, sequence: ["apple", "moon", "boat"]) }
        var signedIn: LearnerView?
        let picker = LearnerPickerState(core: core) { signedIn = $0 }
        await picker.load()
        await picker.choose(kid)
        XCTAssertEqual(picker.stage, .password(kid))
        for id in ["apple", "moon", "boat"] {
            picker.pick(try XCTUnwrap(picker.passwordGrid.first { $0.id == id }))
        }
        await picker.submitPassword()
        XCTAssertEqual(signedIn?.id, kid.id)
    }

    func testHomeThenLessonStepByStepThenQuizFeedback() async throws {
        let core = try await openCore()
        let kid = try await core.run { app in try app.createLearner(nickname: "Fish", avatar: "fish", ageBand: nil) }
        let home = HomeState(core: core, learner: kid)
        await home.load()
        XCTAssertFalse(home.welcome.isEmpty)
        let first = try XCTUnwrap(home.others.first)
        let lessonId = try XCTUnwrap(home.nextLesson(of: first))

        let lesson = LessonState(core: core, lessonId: lessonId, learnerId: kid.id, easyRead: false)
        await lesson.load()
        let total = try XCTUnwrap(lesson.lesson?.steps.count)
        XCTAssertEqual(lesson.stepLabel, "Step 1 of \(total)")
        while lesson.step?.question == nil && !lesson.isLastStep {
            await lesson.next()
        }
        let quiz = try XCTUnwrap(lesson.quiz)
        XCTAssertFalse(lesson.canGoNext, "a quiz step waits for an answer")

        let wrong = try XCTUnwrap(quiz.question.options.first { $0.id == "send-photo" })
        quiz.toggle(wrong)
        await quiz.answer()
        XCTAssertEqual(quiz.result?.correct, false)
        XCTAssertNotNil(quiz.feedback(for: wrong)?.feedback)
        XCTAssertTrue(quiz.canTryAgain)

        await quiz.tryAgain()
        let right = try XCTUnwrap(quiz.question.options.first { $0.id == "stop-tell-adult" })
        quiz.toggle(right)
        await quiz.answer()
        XCTAssertEqual(quiz.result?.correct, true)
        XCTAssertTrue(lesson.canGoNext)
    }

    func testUrduLessonsAreRightToLeft() async throws {
        let core = try await openCore()
        let kid = try await core.run { app in
            try app.createLearner(nickname: "Sami", avatar: "kite", ageBand: nil)
        }
        var updated: LearnerView?
        let settings = SettingsState(core: core, learner: kid) { updated = $0 }
        await settings.load()
        settings.textLocale.wrappedValue = "ur"
        await settings.save()
        XCTAssertEqual(updated?.settings.locales, ["ur"])

        let lesson = LessonState(core: core, lessonId: "private-info-1", learnerId: kid.id, easyRead: false)
        await lesson.load()
        XCTAssertEqual(lesson.direction, .rtl)
        XCTAssertEqual(lesson.direction.layoutDirection, .rightToLeft)
    }

    func testHelpContactsAndUncheckedEntries() async throws {
        let core = try await openCore()
        let help = HelpState(core: core, audience: .child)
        await help.load()
        await help.choose(country: "KE")
        XCTAssertFalse(help.contacts.isEmpty)
        XCTAssertFalse(help.pathways.isEmpty)
        XCTAssertTrue(help.pathways.allSatisfy { $0.audience == .child })
        for contact in help.contacts where help.needsChecking(contact) {
            XCTAssertNotNil(contact.verifyNote, "an unchecked contact says so in words")
        }
        await help.setDeafAccessible(true)
        XCTAssertTrue(help.contacts.allSatisfy { $0.channels.allSatisfy(\.usableWithoutHearing) })
    }

    func testChannelsOpenTheCoresActionURIs() async throws {
        let core = try await openCore()
        let help = HelpState(core: core, audience: .child)
        await help.load()
        await help.choose(country: "US")
        let fbi = try XCTUnwrap(help.contacts.flatMap(\.channels).first { $0.value == "1-800-CALL-FBI" })
        XCTAssertEqual(fbi.url?.absoluteString, "tel:18002255324")
        await help.choose(country: "BR")
        let whatsapp = try XCTUnwrap(help.contacts.flatMap(\.channels).first { $0.value == "(61) 99611-0100" })
        XCTAssertEqual(whatsapp.url?.absoluteString, "https://wa.me/5561996110100")
        await help.choose(country: "ZA")
        let ussd = try XCTUnwrap(help.contacts.flatMap(\.channels).first { $0.value == "*120*7867#" })
        XCTAssertNil(ussd.url)
        XCTAssertTrue(ussd.dialByHand)
    }

    func testQuickExitLeavesAtOnce() async throws {
        let appState = AppState(dbPath: try databasePath())
        await appState.open()
        XCTAssertEqual(appState.phase, .ready)
        let core = try XCTUnwrap(appState.core)
        let kid = try await core.run { app in try app.createLearner(nickname: "Star", avatar: "star", ageBand: nil) }
        appState.signedIn(kid)
        appState.path = [.help(.child), .pathway(id: "being-bullied", country: "ZA")]

        let pathway = PathwayState(core: core, pathwayId: "being-bullied", country: "ZA") {
            appState.quickExit()
        }
        await pathway.load()
        XCTAssertNotNil(pathway.pathway)
        pathway.quickExit()
        XCTAssertNil(pathway.pathway)
        XCTAssertTrue(appState.path.isEmpty)
        XCTAssertNil(appState.learner)
    }

    func testTeacherAreaNeedsThePin() async throws {
        let core = try await openCore()
        let teacher = TeacherState(core: core)
        await teacher.start()
        XCTAssertEqual(teacher.stage, .setPin)
        teacher.newPin = "7531"
        teacher.confirmPin = "7531"
        await teacher.setPin()
        XCTAssertEqual(teacher.stage, .open)
        teacher.newClassName = "Class 4"
        await teacher.createClass()
        XCTAssertEqual(teacher.classes.map(\.name), ["Class 4"])
        teacher.close()
        XCTAssertEqual(teacher.stage, .enterPin)

        teacher.pin = "0000"
        await teacher.open()
        XCTAssertEqual(teacher.stage, .enterPin)
        XCTAssertNotNil(teacher.error)
    }
}
