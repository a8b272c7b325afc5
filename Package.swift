// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "carepath",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "carepath", targets: ["carepath"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.21.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.20.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
    ],
    targets: [
        // Domain values shared by every Carepath library. No I/O.
        .target(
            name: "CarepathCore",
            swiftSettings: strictSettings
        ),
        // ASC-WDS bulk-upload files: recognition, parsing, validation and reports. No I/O.
        .target(
            name: "ASCWDS",
            dependencies: ["CarepathCore"],
            swiftSettings: strictSettings
        ),
        // Workforce KPIs and disclosure control. No I/O.
        .target(
            name: "WorkforceMetrics",
            dependencies: ["CarepathCore", "ASCWDS"],
            swiftSettings: strictSettings
        ),
        // Workforce planning: demand, stock-flow supply, scenarios, costs and population files. No I/O.
        .target(
            name: "Planning",
            dependencies: ["CarepathCore"],
            swiftSettings: strictSettings
        ),
        // Accounts and access: the access policy, passwords, one-time codes and tokens. No I/O.
        .target(
            name: "Identity",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        // The care worker's passport: Open Badges 3.0 credentials as VC-JWTs (EdDSA), DIDs, Bitstring
        // Status Lists, a signed trust list and presentations; build, sign and verify. No I/O.
        .target(
            name: "Passport",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        // QR codes as SVG, for sign-in set-up and share links. No I/O.
        .target(
            name: "QRCode",
            swiftSettings: strictSettings
        ),
        // The thin shell: configuration, storage, HTTP, views and commands.
        .target(
            name: "CarepathApp",
            dependencies: [
                "CarepathCore",
                "ASCWDS",
                "Identity",
                "Passport",
                "Planning",
                "QRCode",
                "WorkforceMetrics",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [
                .copy("Resources/Public"),
                .copy("Resources/Reference"),
                .copy("Resources/ASCWDSCodes"),
                .copy("Resources/Population"),
                .copy("Resources/Accounts"),
                .copy("Resources/Passport"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "carepath",
            dependencies: ["CarepathApp"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CarepathCoreTests",
            dependencies: ["CarepathCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ASCWDSTests",
            dependencies: ["ASCWDS"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "WorkforceMetricsTests",
            dependencies: ["WorkforceMetrics"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "IdentityTests",
            dependencies: ["Identity"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PassportTests",
            dependencies: ["Passport", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QRCodeTests",
            dependencies: ["QRCode"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PlanningTests",
            dependencies: ["Planning"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CarepathAppTests",
            dependencies: [
                "CarepathApp",
                "Passport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
