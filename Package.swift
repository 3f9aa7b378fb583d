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
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
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
                .product(name: "FlyingFox", package: "FlyingFox"),
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
        // What the test targets share: temporary sites and the small valid site.
        .target(name: "SitegenTestSupport", dependencies: ["SitegenCore"], path: "Tests/SitegenTestSupport"),
        .testTarget(name: "SitegenCoreTests", dependencies: ["SitegenCore", "FuzzSupport", "SitegenTestSupport"]),
        .testTarget(name: "SitegenServerTests", dependencies: ["SitegenServer", "SitegenCore", "SitegenTestSupport"]),
        .testTarget(name: "SitegenCLITests", dependencies: ["sitegen", "SitegenCore", "SitegenTestSupport"]),
    ]
)
