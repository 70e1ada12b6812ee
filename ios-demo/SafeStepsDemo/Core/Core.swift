import Foundation
import OSLog
import SafeStepsCore

/// The app's one long-lived SafeSteps object.
///
/// SafeSteps is thread-safe, and its calls block (SQLite, PIN hashing), so they run on one
/// serial dispatch queue: never on the main actor, and never on Swift concurrency's
/// cooperative pool, whose few threads must not block (a blocked pool stalls every task).
final class Core: Sendable {
    let app: SafeSteps

    /// Where every blocking call runs, one at a time, in the order asked.
    private static let queue = DispatchQueue(label: "org.safesteps.core", qos: .userInitiated)

    private init(app: SafeSteps) {
        self.app = app
    }

    /// Open (or create) the database, off the main thread.
    static func open(
        dbPath: String? = nil,
        preferredLocales: [String] = Locale.preferredLanguages
    ) async throws -> Core {
        setLogSink(sink: OSLogSink(), maxLevel: .info)
        return try await Core.background {
            let path: String
            if let dbPath {
                path = dbPath
            } else {
                path = try Core.defaultDatabasePath()
            }
            let options = OpenOptions(preferredLocales: preferredLocales)
            return Core(app: try SafeSteps(dbPath: path, options: options))
        }
    }

    /// Application Support/SafeSteps/safesteps.sqlite. It stays on the device.
    static func defaultDatabasePath() throws -> String {
        let folder = try FileManager.default
            .url(for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true)
            .appendingPathComponent("SafeSteps", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("safesteps.sqlite").path
    }

    /// Run `work` with the SafeSteps object on a background task.
    func run<T: Sendable>(_ work: @escaping @Sendable (SafeSteps) throws -> T) async throws -> T {
        let app = self.app
        return try await Core.background { try work(app) }
    }

    /// Run blocking work (a SafeSteps or TeacherArea call, file access) on the core's serial
    /// queue; the calling task is suspended (not blocked) until it is done.
    static func background<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    /// Fire-and-forget blocking work on the same queue (ending a teacher session on leaving).
    static func backgroundDetached(_ work: @escaping @Sendable () -> Void) {
        queue.async(execute: work)
    }

    /// A file for a pack media path (video, captions, audio), for AVPlayer: the core writes
    /// it once into the caches folder and gives its path.
    func mediaFile(_ path: String) async throws -> URL {
        try await run { app in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("media", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return URL(fileURLWithPath: try app.mediaFile(mediaId: path, folder: folder.path))
        }
    }
}

/// The words to show for an error: the message the core wrote for people.
func describe(_ error: Error) -> String {
    if let apiError = error as? ApiError {
        return apiError.message
    }
    return error.localizedDescription
}

/// Whether the core refused because a PIN is needed or the teacher session ended.
func isLocked(_ error: Error) -> Bool {
    if let apiError = error as? ApiError, case .Locked = apiError {
        return true
    }
    return false
}

/// SafeSteps' log lines in the unified log (subsystem "org.safesteps"). The core never
/// logs a nickname.
final class OSLogSink: LogSink, @unchecked Sendable {
    private let logger = Logger(subsystem: "org.safesteps", category: "core")

    func log(level: LogLevel, target: String, message: String) {
        switch level {
        case .error: logger.error("\(target, privacy: .public): \(message, privacy: .public)")
        case .warn: logger.warning("\(target, privacy: .public): \(message, privacy: .public)")
        case .info: logger.info("\(target, privacy: .public): \(message, privacy: .public)")
        case .debug, .trace: logger.debug("\(target, privacy: .public): \(message, privacy: .public)")
        }
    }
}
