// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenCore", targets: ["SitegenCore"]),
        .library(name: "SitegenServer", targets: ["SitegenServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            path: "Sources/CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "SitegenCore",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "SitegenServer",
            dependencies: [
                "SitegenCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore",
                "SitegenServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets, built by scripts/fuzz.sh with -sanitize=fuzzer,address.
        .target(name: "FuzzSupport", dependencies: ["SitegenCore"]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["SitegenCore", "FuzzSupport"]),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["SitegenCore", "FuzzSupport"]),
        .executableTarget(name: "FuzzSite", dependencies: ["SitegenCore", "FuzzSupport"]),
        .executableTarget(name: "FuzzServePath", dependencies: ["SitegenServer", "FuzzSupport"]),
        .executableTarget(name: "FuzzAssets", dependencies: ["SitegenCore", "FuzzSupport"]),
        .executableTarget(name: "FuzzServeRequest", dependencies: ["SitegenServer", "FuzzSupport"]),
        // What the test targets share: temporary sites and the small valid site.
        .target(name: "SitegenTestSupport", dependencies: ["SitegenCore"], path: "Tests/SitegenTestSupport"),
        .testTarget(name: "SitegenCoreTests", dependencies: ["SitegenCore", "FuzzSupport", "SitegenTestSupport"]),
        .testTarget(name: "SitegenServerTests", dependencies: ["SitegenServer", "SitegenCore", "SitegenTestSupport"]),
        .testTarget(name: "SitegenCLITests", dependencies: ["sitegen", "SitegenCore", "SitegenTestSupport"]),
    ]
)
