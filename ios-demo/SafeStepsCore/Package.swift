// swift-tools-version:5.9
// The Rust core for Swift: the UniFFI-generated bindings (module SafeStepsCore) over the
// static library in SafeStepsCoreFFI.xcframework (module SafeStepsCoreFFI).
// Both are made by ../build-xcframework.sh; run it first.
import PackageDescription

let package = Package(
    name: "SafeStepsCore",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "SafeStepsCore", targets: ["SafeStepsCore"]),
    ],
    targets: [
        // Headers/ holds SafeStepsCoreFFI.h and module.modulemap (module SafeStepsCoreFFI).
        .binaryTarget(name: "SafeStepsCoreFFI", path: "SafeStepsCoreFFI.xcframework"),
        // SafeStepsCore.swift (generated, copied here by the script) and ApiError+Message.swift.
        .target(
            name: "SafeStepsCore",
            dependencies: ["SafeStepsCoreFFI"],
            path: "Sources/SafeStepsCore"
        ),
        .testTarget(
            name: "SafeStepsCoreTests",
            dependencies: ["SafeStepsCore"],
            path: "Tests/SafeStepsCoreTests"
        ),
    ]
)
