// swift-tools-version: 6.0
// libFuzzer targets for escalate: a package of its own, so the main package's `swift build`,
// `swift test` and CI never build them. `make fuzz` builds them with
//   swift build -c release --scratch-path ../.build-fuzz -Xswiftc -sanitize=address \
//     -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
// which instruments every Swift module (escalate's and its dependencies') as `-sanitize=fuzzer`
// does, without linking libFuzzer into the build-time tools (the EmbedTheme plugin's tool has a
// `main` of its own); the fuzz targets below add `-sanitize=fuzzer,address` themselves.
// Each executable is a libFuzzer binary: it defines `LLVMFuzzerTestOneInput`, and
// `<Target>_main`, the name SwiftPM links as `main` on Linux, which hands over to libFuzzer's
// `LLVMFuzzerRunDriver` (CFuzzDriver declares it).
import PackageDescription

// No top-level code: `main` is libFuzzer's (see above), so the files are read as library files.
let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])]
// libFuzzer and AddressSanitizer's runtimes are linked into the fuzz targets only.
let fuzzLinking: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "escalate-fuzz",
    dependencies: [
        .package(name: "escalate", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "FuzzPolicyReader", dependencies: ["CFuzzDriver", .product(name: "EscalateFuzzSurface", package: "escalate")], swiftSettings: fuzzSettings, linkerSettings: fuzzLinking),
        .executableTarget(name: "FuzzTimescale", dependencies: ["CFuzzDriver", .product(name: "EscalateFuzzSurface", package: "escalate")], swiftSettings: fuzzSettings, linkerSettings: fuzzLinking),
        .executableTarget(name: "FuzzCalendar", dependencies: ["CFuzzDriver", .product(name: "EscalateFuzzSurface", package: "escalate")], swiftSettings: fuzzSettings, linkerSettings: fuzzLinking),
        .executableTarget(name: "FuzzRawHTML", dependencies: ["CFuzzDriver", .product(name: "EscalateFuzzSurface", package: "escalate")], swiftSettings: fuzzSettings, linkerSettings: fuzzLinking),
        .executableTarget(name: "FuzzCaseLog", dependencies: ["CFuzzDriver", .product(name: "EscalateFuzzSurface", package: "escalate")], swiftSettings: fuzzSettings, linkerSettings: fuzzLinking),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["CFuzzDriver", .product(name: "EscalateFuzzSurface", package: "escalate")], swiftSettings: fuzzSettings, linkerSettings: fuzzLinking),
    ]
)
