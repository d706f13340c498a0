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
        // TalonWeb: HTTP, SSE, pages, bcrypt, Prometheus.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.7.0"),
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
            // The bench's plain commit loop calls SQLite's C API directly.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // evdev input devices through libevdev.
        .systemLibrary(name: "CEvdev", pkgConfig: "libevdev",
                       providers: [.apt(["libevdev-dev"])]),
        .target(name: "TalonInput", dependencies: ["TalonCore", "CEvdev"]),
        // Printing through libcups (Debian 12 ships no cups.pc, so link by name).
        .systemLibrary(name: "CCups", providers: [.apt(["libcups2-dev"])]),
        .target(name: "TalonPrint", dependencies: ["TalonCore", "CCups", "TalonQR"]),
        // QR codes for the kiosk screen and printers without native QR: pure Swift, no dependencies.
        .target(name: "TalonQR"),
        // The kiosk screen: one state machine per kiosk, its layout and hit test.
        .target(name: "TalonKiosk", dependencies: [
            "TalonCore", "TalonQR",
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // HTTP API, Server-Sent Events, wall displays, the consultant console and the
        // kiosk page (Hummingbird).
        .target(name: "TalonWeb", dependencies: [
            "TalonCore", "TalonStore", "TalonKiosk",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        ], resources: [.copy("Resources/openapi.yaml")]),
        // The one executable: thin.
        .executableTarget(name: "talon", dependencies: [
            "TalonCore", "TalonConfig", "TalonStore", "TalonSim", "TalonInput", "TalonPrint", "TalonKiosk", "TalonWeb",
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
        // Recorded input devices made real for libevdev (the ioctl interposer), shared by
        // the input tests and the end-to-end kiosk test.
        .target(name: "TalonInputTestSupport", dependencies: ["TalonInput", "TalonTestSupport", "CEvdevInterposer"],
                path: "Tests/TalonInputTestSupport"),
        .testTarget(name: "TalonInputTests", dependencies: ["TalonInput", "TalonInputTestSupport", "TalonTestSupport", "CEvdevInterposer"]),
        .testTarget(name: "TalonPrintTests", dependencies: ["TalonPrint", "TalonQR", "TalonTestSupport"]),
        .testTarget(name: "TalonQRTests", dependencies: ["TalonQR", "TalonTestSupport"]),
        .testTarget(name: "TalonKioskTests", dependencies: ["TalonKiosk", "TalonConfig", "TalonTestSupport"]),
        // The adapters joined through the engine, with real parts: a recorded touchscreen
        // through libevdev, the kiosk, a private cupsd and an ESC/POS emulator.
        .testTarget(name: "TalonHallTests", dependencies: [
            "TalonKiosk", "TalonInput", "TalonPrint", "TalonStore", "TalonConfig",
            "TalonInputTestSupport", "TalonTestSupport",
        ]),
        .testTarget(name: "TalonWebTests", dependencies: [
            "TalonWeb", "TalonCore", "TalonStore", "TalonConfig", "TalonKiosk", "TalonTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ], exclude: ["Browser"]),
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
