// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "escalate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "escalate", targets: ["escalate"]),
        // For the fuzz targets in Fuzz/, a separate package that depends on this one by path
        // (only products cross a package boundary); nothing else uses them.
        .library(name: "EscalateFuzzSurface", targets: ["PolicySource", "WorkingDays", "CmarkGFM", "Model", "CaseLog"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // .xlsx case logs: the zip container and the sheet XML (docs/case-log.md).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `escalate serve`: a small HTTP server on Swift concurrency and plain sockets, chosen over
        // SwiftNIO-based servers for its build time in every fresh CI clone (README, "Preview").
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
    ],
    targets: [
        // The only door to libcmark-gfm: Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Diagnostics", dependencies: ["TextTools"]),
        // Small text helpers several modules need the same way: slugs, markup escaping.
        .target(name: "TextTools"),
        // The only Swift that touches cmark-gfm.
        .target(name: "CmarkGFM", dependencies: ["CCmarkGFM", "TextTools"]),
        .target(name: "Model", dependencies: ["TextTools"]),
        // Work that is a pure function of each element, spread over every core, results in order.
        .target(name: "Parallel"),
        // Every input file read once: bytes, path, SHA-256; only regular files inside the folder.
        .target(name: "Snapshot", dependencies: ["Diagnostics", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "WorkingDays", dependencies: ["Diagnostics", "Model", "TextTools"]),
        // Escalation case logs (CSV, .xlsx) streamed into validated records with nothing personal.
        .target(name: "CaseLog", dependencies: [
            "Diagnostics", "Model", "TextTools", "WorkingDays", "Yams",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "SWXMLHash", package: "SWXMLHash"),
            .product(name: "Subprocess", package: "swift-subprocess"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "PolicySource", dependencies: ["CaseLog", "Diagnostics", "CmarkGFM", "Model", "Parallel", "Snapshot", "TextTools", "WorkingDays", "Yams"]),
        // The completeness audit: each procedure against what statutory guidance expects of it.
        .target(name: "Audit", dependencies: ["Diagnostics", "Model", "TextTools"]),
        // The statistics: streamed tallies, timescale compliance, disclosure control (suppression,
        // audit), tables, charts and their CSV, JSON and HTML.
        // Optimised even in debug builds: the disclosure audit solves a linear programme per
        // suppressed cell, which takes seconds unoptimised on the bundled log, and every check,
        // build and test reads that log.
        .target(name: "Statistics", dependencies: ["CaseLog", "Diagnostics", "Model", "TextTools", "WorkingDays"],
                swiftSettings: [.unsafeFlags(["-O"])]),
        .target(name: "Flowchart", dependencies: [
            "Diagnostics", "Model", "Parallel", "TextTools", .product(name: "Subprocess", package: "swift-subprocess"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The built-in theme is the files in Sources/Site/Theme/; the EmbedTheme plugin compiles
        // them into the module, so the binary needs no resource bundle beside it.
        .target(name: "Site", dependencies: [
            "Audit", "Diagnostics", "Model", "Parallel", "Statistics", "TextTools", "WorkingDays", .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], exclude: ["Theme"], plugins: ["EmbedTheme"]),
        .executableTarget(name: "EmbedThemeTool"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["EmbedThemeTool"]),
        // The only module that writes into the output folder: staging, swap, refused folders.
        .target(name: "Output", dependencies: ["Diagnostics", .product(name: "Crypto", package: "swift-crypto")]),
        // What `escalate init` writes (Sources/Starter/Files/, embedded like the theme).
        .target(name: "Starter", dependencies: ["Output"], exclude: ["Files"], plugins: ["EmbedTheme"]),
        // Git asked about the content's history: a folder as it was at a revision (escalate diff A..B).
        .target(name: "GitHistory"),
        // `escalate diff`: two versions of the content's procedures compared as a reader would.
        .target(name: "ModelDiff", dependencies: ["Diagnostics", "Model"]),
        // The build as named steps, from the snapshot to the written output.
        .target(name: "Pipeline", dependencies: ["CaseLog", "Diagnostics", "Flowchart", "GitHistory", "Model", "Output", "Parallel", "PolicySource", "Site", "Snapshot", "Statistics", "WorkingDays"]),
        // The preview of `escalate serve`: the output folder over HTTP, live reload, error page.
        .target(name: "Serve", dependencies: ["TextTools", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(
            name: "escalate",
            dependencies: ["Audit", "CaseLog", "Pipeline", "Diagnostics", "Flowchart", "GitHistory", "Model", "ModelDiff", "Output", "Serve", "Site", "Starter", "Statistics", "WorkingDays", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Fixtures, temporary content folders and pipeline runs every test target shares.
        .target(name: "TestSupport", dependencies: ["CaseLog", "CmarkGFM", "Diagnostics", "Model", "Pipeline", "PolicySource", "Snapshot", "Statistics", "TextTools", "WorkingDays"], path: "Tests/TestSupport"),
        .testTarget(name: "CmarkGFMTests", dependencies: ["CmarkGFM"]),
        .testTarget(name: "SnapshotTests", dependencies: ["TestSupport", "Snapshot", "Diagnostics"]),
        // The GFM spec and cmark-gfm's extension tests, each example read as a guidance section.
        .testTarget(
            name: "ProseFidelityTests",
            dependencies: ["CmarkGFM", "Model", "PolicySource"],
            resources: [.copy("Resources")]
        ),
        // CmarkGFM: SmartPunctuation is held to what cmark-gfm's SMART option writes.
        .testTarget(name: "TextToolsTests", dependencies: ["TextTools", "CmarkGFM"]),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "StatisticsTests", dependencies: ["TestSupport", "Statistics", "CaseLog", "Model", "WorkingDays"]),
        // The diagnostic catalogue: every code described, every example and fix applied to a copy of
        // the examples, docs/diagnostics.md regenerated and compared; the formatters.
        .testTarget(name: "DiagnosticsTests", dependencies: ["TestSupport", "Diagnostics", "Flowchart", "Pipeline"]),
        .testTarget(name: "PolicySourceTests", dependencies: ["TestSupport", "PolicySource", "CmarkGFM", "Diagnostics", "Model", "Snapshot", "TextTools"]),
        .testTarget(name: "WorkingDaysTests", dependencies: ["TestSupport", "WorkingDays", "Model", "Diagnostics"]),
        .testTarget(name: "FlowchartTests", dependencies: ["TestSupport", "Flowchart", "Model", "PolicySource"]),
        .testTarget(name: "SiteTests", dependencies: [
            "TestSupport", "Site", "Flowchart", "Model", "Parallel", "PolicySource", "Snapshot", "WorkingDays", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(name: "PipelineTests", dependencies: ["TestSupport", "Pipeline", "Diagnostics", "Flowchart", "Model", "Output", "PolicySource", "Site", "Snapshot", "Statistics"]),
        // Case logs: CSV and .xlsx reading, every validation error with its row and column, encodings,
        // the git check, the generator, and the canary that no personal value reaches a message.
        .testTarget(name: "CaseLogTests", dependencies: [
            "TestSupport", "CaseLog", "Diagnostics", "Model", "Pipeline", "PolicySource", "WorkingDays",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], resources: [.copy("Fixtures")]),
        // The bad-input corpus: every class of hostile or broken input, built for real.
        .testTarget(name: "CorpusTests", dependencies: ["TestSupport", "Pipeline", "Diagnostics", "TextTools"]),
        // The audit's checks on hand-made procedures, the bundled examples' results, the locator.
        .testTarget(name: "AuditTests", dependencies: ["TestSupport", "Audit", "Model", "Site", "Diagnostics"]),
        // escalate diff's comparison on pairs of procedures edited from the bundled examples.
        .testTarget(name: "ModelDiffTests", dependencies: ["TestSupport", "ModelDiff", "Model"]),
        // Runs the built `escalate` binary as a user would; `make test` builds it first.
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "Model", "Yams"]),
        .testTarget(name: "ServeTests", dependencies: ["Serve"]),
    ]
)
