// swift-tools-version:6.0
// libFuzzer target over the recogniser and the extractor. Build and run with Benchmarks/Fuzz/run.sh
// (swift build --sanitize=fuzzer --sanitize=address); .ci/run runs it for about 60 seconds.
import PackageDescription

let package = Package(
    name: "FiguresFuzz",
    dependencies: [.package(name: "Figures", path: "../..")],
    targets: [
        .executableTarget(
            name: "figures-fuzz",
            dependencies: [
                .product(name: "FiguresCore", package: "Figures"),
                .product(name: "FiguresRecognizer", package: "Figures"),
                .product(name: "FiguresExtractor", package: "Figures"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
