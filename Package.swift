// swift-tools-version: 6.1
import PackageDescription

// Strict settings for every Swift target, in one place (style.md, habit 2).
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
]

let package = Package(
    name: "Talon",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "talon", targets: ["talon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // Domain: pure, deterministic, clock injected. Foundation only.
        .target(name: "TalonCore"),
        // YAML hall configuration → TalonCore's config model, with file:line:key errors.
        .target(name: "TalonConfig", dependencies: [
            "TalonCore",
            .product(name: "Yams", package: "Yams"),
        ]),
        // The journal and read models on SQLite (GRDB).
        .target(name: "TalonStore", dependencies: [
            "TalonCore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Discrete-event simulation and benchmarks that drive the real engine and journal.
        .target(name: "TalonSim", dependencies: [
            "TalonCore", "TalonStore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // evdev input devices through libevdev.
        .systemLibrary(name: "CEvdev", pkgConfig: "libevdev",
                       providers: [.apt(["libevdev-dev"])]),
        .target(name: "TalonInput", dependencies: ["TalonCore", "CEvdev"]),
        // Printing through libcups (Debian 12 ships no cups.pc, so link by name).
        .systemLibrary(name: "CCups", providers: [.apt(["libcups2-dev"])]),
        .target(name: "TalonPrint", dependencies: ["TalonCore", "CCups"]),
        // The one executable: thin.
        .executableTarget(name: "talon", dependencies: [
            "TalonCore", "TalonConfig", "TalonStore", "TalonSim", "TalonInput", "TalonPrint",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),

        // Test support: fakes and fixtures shared by every test target.
        .target(name: "TalonTestSupport", dependencies: ["TalonCore"],
                path: "Tests/TalonTestSupport", resources: [.copy("Fixtures")]),
        // Test-only ioctl interposer so the real libevdev reads recorded devices.
        .target(name: "CEvdevInterposer", path: "Tests/CEvdevInterposer"),

        .testTarget(name: "TalonCoreTests", dependencies: ["TalonCore", "TalonTestSupport"]),
        .testTarget(name: "TalonConfigTests", dependencies: ["TalonConfig", "TalonTestSupport"]),
        .testTarget(name: "TalonStoreTests", dependencies: [
            "TalonStore", "TalonTestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "TalonInputTests", dependencies: ["TalonInput", "TalonTestSupport", "CEvdevInterposer"]),
        .testTarget(name: "TalonPrintTests", dependencies: ["TalonPrint", "TalonTestSupport"]),
        .testTarget(name: "TalonCLITests", dependencies: [
            "TalonTestSupport", "TalonStore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ]
)

for target in package.targets where target.type != .system {
    if target.name.hasPrefix("C") && target.name != "CEvdevInterposer" { continue }
    if target.name == "CEvdevInterposer" { continue }
    target.swiftSettings = (target.swiftSettings ?? []) + strict
}
