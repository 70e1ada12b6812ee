import CoreGraphics
import Foundation
import ImageIO
import SafeStepsCore

/// Pictures from the content pack, loaded once and kept for the session.
///
/// SwiftUI cannot draw SVG, and the pack's pictures are SVG. So `build-xcframework.sh` runs
/// `safesteps pack rasterize` at build time: every SVG of the pack becomes PNG files at @1x,
/// @2x and @3x in `PackPictures/` (a folder in the app bundle, mirroring pack paths:
/// `media/avatars/cat.svg` -> `PackPictures/media/avatars/cat@3x.png`). A picture is read
/// from there at the screen's scale; formats ImageIO decodes (PNG, JPEG in an installed pack)
/// come from the core. Anything else stays absent, and views show the alt text instead.
/// See docs/decisions/0028-ios-pictures-rasterised-at-build.md.
@MainActor
final class MediaStore: ObservableObject {
    @Published private(set) var images: [String: CGImage] = [:]
    /// Pixels per point of each loaded image, so it is drawn at its size in points.
    private(set) var scales: [String: CGFloat] = [:]

    private var requested: Set<String> = []
    private let core: Core

    init(core: Core) {
        self.core = core
    }

    /// Fetch and decode a picture for a screen of `displayScale` (1, 2 or 3).
    func load(_ path: String, displayScale: CGFloat) async {
        guard !requested.contains(path) else { return }
        requested.insert(path)
        if path.hasSuffix(".svg") {
            guard let (image, scale) = try? await Core.background({ MediaStore.rasterised(path, displayScale) }) else {
                return
            }
            images[path] = image.cgImage
            scales[path] = scale
            return
        }
        guard let data = try? await core.run({ app in try app.media(path: path) }),
              let image = MediaStore.decode(data)
        else { return }
        images[path] = image.cgImage
        scales[path] = 1
    }

    /// The rasterised PNG of a pack SVG nearest above `displayScale`, and its scale.
    nonisolated static func rasterised(_ path: String, _ displayScale: CGFloat) throws -> (DecodedImage, CGFloat) {
        let folder = "PackPictures/" + (path as NSString).deletingLastPathComponent
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let wanted = min(3, max(1, Int(displayScale.rounded(.up))))
        // The wanted scale first, then larger (sharper), then smaller.
        let order = [wanted] + (wanted + 1...3).map { $0 } + (1..<wanted).reversed().map { $0 }
        for scale in order {
            if let url = Bundle.main.url(forResource: "\(stem)@\(scale)x", withExtension: "png", subdirectory: folder),
               let data = try? Data(contentsOf: url),
               let image = decode(data) {
                return (image, CGFloat(scale))
            }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    nonisolated static func decode(_ data: Data) -> DecodedImage? {
        guard let source = CGImageSourceCreateWithData(data as CFData, nil),
              let image = CGImageSourceCreateImageAtIndex(source, 0, nil)
        else { return nil }
        return DecodedImage(cgImage: image)
    }
}

/// A decoded picture handed from the core's queue to the main actor. CGImage is immutable
/// and thread-safe, but not marked Sendable in every SDK.
struct DecodedImage: @unchecked Sendable {
    let cgImage: CGImage
}
