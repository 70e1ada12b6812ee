import Foundation
import SafeStepsCore
import SwiftUI

extension TextDirection {
    /// SwiftUI's layout direction for the core's text direction (Urdu is right to left).
    var layoutDirection: LayoutDirection {
        self == .rtl ? .rightToLeft : .leftToRight
    }
}

extension Picture {
    /// The id the core uses for avatars and password pictures: the file name without ".svg".
    var fileId: String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}

/// A word and a symbol for every state, so nothing is told by colour alone.
struct StatusLabel: Equatable {
    let text: String
    let symbol: String
}

extension ModuleState {
    var label: StatusLabel {
        switch self {
        case .locked: return StatusLabel(text: "Finish other modules first", symbol: "lock.fill")
        case .notForAge: return StatusLabel(text: "For another age group", symbol: "person.2.slash")
        case .available: return StatusLabel(text: "Ready to start", symbol: "play.circle")
        case .inProgress: return StatusLabel(text: "Started", symbol: "circle.lefthalf.filled")
        case .completed: return StatusLabel(text: "Finished", symbol: "checkmark.circle.fill")
        case .mastered: return StatusLabel(text: "Finished with a great score", symbol: "star.circle.fill")
        }
    }
}

extension AssignmentInfo {
    var label: StatusLabel {
        let due = dueMs.map { " " + shortDate($0) } ?? ""
        switch dueState {
        case .noDueDate: return StatusLabel(text: "From your teacher", symbol: "person.crop.square")
        case .open: return StatusLabel(text: "From your teacher · due" + due, symbol: "calendar")
        case .dueSoon: return StatusLabel(text: "Due soon ·" + due, symbol: "clock.badge.exclamationmark")
        case .overdue: return StatusLabel(text: "Past due ·" + due, symbol: "exclamationmark.circle")
        case .done: return StatusLabel(text: "Done", symbol: "checkmark.seal.fill")
        }
    }
}

extension OpenState {
    var symbol: String {
        switch self {
        case .open: return "door.left.hand.open"
        case .closed: return "door.left.hand.closed"
        case .unknown: return "questionmark.circle"
        }
    }
}

extension AgeBand {
    static let all: [AgeBand] = [.ages6To9, .ages10To14, .ages15To17]

    var label: String {
        switch self {
        case .ages6To9: return "6 to 9"
        case .ages10To14: return "10 to 14"
        case .ages15To17: return "15 to 17"
        }
    }
}

/// A date from milliseconds since the epoch, short and in the device's calendar.
func shortDate(_ ms: Int64) -> String {
    Date(timeIntervalSince1970: Double(ms) / 1000).formatted(date: .abbreviated, time: .omitted)
}

/// "75%" for a score from 0 to 1.
func percent(_ score: Double) -> String {
    score.formatted(.percent.precision(.fractionLength(0)))
}

/// A text locale's name in its own language ("اردو", "isiZulu"), and "draft" when unreviewed.
func localeName(_ info: LocaleInfo) -> String {
    let name = Locale(identifier: info.tag).localizedString(forIdentifier: info.tag) ?? info.tag
    return info.status == .draft ? name + " (draft)" : name
}

/// Sign languages of the pack (ISO 639-3); the system has no names for most of them.
func signLanguageName(_ code: String) -> String {
    switch code {
    case "pks": return "Pakistan Sign Language"
    case "sfs": return "South African Sign Language"
    case "zsl": return "Zambian Sign Language"
    case "bfi": return "British Sign Language"
    case "ase": return "American Sign Language"
    default: return code
    }
}

extension ChannelView {
    /// A link that calls, texts, mails or opens the channel, where one makes sense.
    var url: URL? {
        let dialable = value.filter { $0.isNumber || $0 == "+" }
        switch kind {
        case .phone:
            return dialable.isEmpty ? nil : URL(string: "tel:" + dialable)
        case .sms:
            return dialable.isEmpty ? nil : URL(string: "sms:" + dialable)
        case .web, .chat:
            return URL(string: value.hasPrefix("http") ? value : "https://" + value)
        case .email:
            return URL(string: "mailto:" + value)
        case .whatsapp, .app, .ussd, .inPerson:
            return nil
        }
    }

    var symbol: String {
        switch kind {
        case .phone: return "phone.fill"
        case .sms: return "message.fill"
        case .whatsapp, .chat: return "bubble.left.and.bubble.right.fill"
        case .web: return "globe"
        case .email: return "envelope.fill"
        case .app: return "apps.iphone"
        case .ussd: return "number"
        case .inPerson: return "figure.walk"
        }
    }
}

/// One caption of a WebVTT file.
struct Cue: Equatable {
    let start: Double
    let end: Double
    let text: String
}

/// Just enough WebVTT to show a sign-language video's captions under it.
enum WebVTT {
    static func parse(_ source: String) -> [Cue] {
        var cues: [Cue] = []
        let blocks = source.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
        for block in blocks {
            let lines = block.split(separator: "\n").map(String.init)
            guard let timing = lines.firstIndex(where: { $0.contains("-->") }) else { continue }
            let times = lines[timing].components(separatedBy: "-->")
            guard times.count == 2, let start = seconds(times[0]), let end = seconds(times[1]) else { continue }
            let text = lines[(timing + 1)...].joined(separator: "\n")
            cues.append(Cue(start: start, end: end, text: stripTags(text)))
        }
        return cues
    }

    /// Seconds from "01:02.500" or "00:01:02.500" (cue settings after the time are ignored).
    static func seconds(_ raw: String) -> Double? {
        guard let time = raw.split(separator: " ").first else { return nil }
        var total = 0.0
        for part in time.split(separator: ":") {
            guard let value = Double(part) else { return nil }
            total = total * 60 + value
        }
        return total
    }

    static func stripTags(_ text: String) -> String {
        text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }
}
