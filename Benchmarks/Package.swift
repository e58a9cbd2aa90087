// swift-tools-version:6.0
// The benchmark is its own package so that `swift test` at the top never builds it.
// Run it with Benchmarks/run.sh (release build).
import PackageDescription

let package = Package(
    name: "FiguresBenchmarks",
    dependencies: [.package(name: "Figures", path: "..")],
    targets: [
        .executableTarget(
            name: "figures-bench",
            dependencies: [
                .product(name: "FiguresCore", package: "Figures"),
                .product(name: "FiguresRecognizer", package: "Figures"),
                .product(name: "FiguresExtractor", package: "Figures"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
