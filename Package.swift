// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "escalate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "escalate", targets: ["escalate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The only door to libcmark-gfm: Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Diagnostics"),
        // Small text helpers several modules need the same way: slugs, markup escaping.
        .target(name: "TextTools"),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        .target(name: "Model"),
        .target(name: "WorkingDays", dependencies: ["Diagnostics", "Model", "TextTools"]),
        .target(name: "PolicySource", dependencies: ["Diagnostics", "Markdown", "Model", "TextTools", "WorkingDays", "Yams"]),
        .target(name: "Flowchart", dependencies: [
            "Diagnostics", "Model", "TextTools", .product(name: "Subprocess", package: "swift-subprocess"),
        ]),
        .target(name: "Site", dependencies: [
            "Diagnostics", "Flowchart", "Markdown", "Model", "TextTools", "WorkingDays", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "Build", dependencies: ["Diagnostics", "Flowchart", "Model", "PolicySource", "Site", "WorkingDays"]),
        .executableTarget(
            name: "escalate",
            dependencies: ["Build", "Diagnostics", "Flowchart", "Model", "WorkingDays", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "PolicySourceTests", dependencies: ["PolicySource", "Diagnostics", "Model", "TextTools"]),
        .testTarget(name: "WorkingDaysTests", dependencies: ["WorkingDays", "Model"]),
        .testTarget(name: "FlowchartTests", dependencies: ["Flowchart", "Model", "PolicySource"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Flowchart", "Model", "PolicySource", "WorkingDays"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "Diagnostics", "Model", "PolicySource"]),
        // Runs the built `escalate` binary as a user would; `make test` builds it first.
        .testTarget(name: "CLITests", dependencies: ["Model"]),
    ]
)
