import CoreGraphics
import Foundation
import ImageIO
import SafeStepsCore

/// Pictures from the content pack, fetched from the core once and kept for the session.
@MainActor
final class MediaStore: ObservableObject {
    @Published private(set) var images: [String: CGImage] = [:]

    private var requested: Set<String> = []
    private let core: Core

    init(core: Core) {
        self.core = core
    }

    /// Fetch and decode a picture. Formats ImageIO cannot decode (the default pack's
    /// pictures are SVG) stay absent, and views show the picture's alt text instead.
    func load(_ path: String) async {
        guard !requested.contains(path) else { return }
        requested.insert(path)
        guard let data = try? await core.run({ app in try app.media(path: path) }),
              let source = CGImageSourceCreateWithData(data as CFData, nil),
              let image = CGImageSourceCreateImageAtIndex(source, 0, nil)
        else { return }
        images[path] = image
    }
}
