// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Figures",
    products: [
        .executable(name: "figures", targets: ["figures"]),
        .library(name: "FiguresCore", targets: ["FiguresCore"]),
        .library(name: "FiguresRecognizer", targets: ["FiguresRecognizer"]),
        .library(name: "FiguresExtractor", targets: ["FiguresExtractor"]),
        .library(name: "FiguresCLI", targets: ["FiguresCLI"]),
    ],
    dependencies: [],
    targets: [
        // Value types only: no I/O.
        .target(name: "FiguresCore"),
        // Byte scanner and rules for numbers, money, percentages, bounds and dates.
        .target(name: "FiguresRecognizer", dependencies: ["FiguresCore"]),
        // Indicators, countries, periods, status: articles to typed figures.
        .target(name: "FiguresExtractor", dependencies: ["FiguresCore", "FiguresRecognizer"]),
        // Commands, input readers and output writers; testable in-process.
        .target(name: "FiguresCLI", dependencies: ["FiguresCore", "FiguresRecognizer", "FiguresExtractor"]),
        .executableTarget(name: "figures", dependencies: ["FiguresCLI"]),
        // Scores the recogniser against gold files (../shared/gold/dev); run by .ci/run.
        .executableTarget(name: "figures-eval", dependencies: ["FiguresCore", "FiguresRecognizer", "FiguresCLI"],
                          path: "Benchmarks/Evaluate"),
        .testTarget(name: "FiguresCoreTests", dependencies: ["FiguresCore"]),
        .testTarget(name: "FiguresRecognizerTests", dependencies: ["FiguresCore", "FiguresRecognizer"]),
        .testTarget(name: "FiguresExtractorTests", dependencies: ["FiguresCore", "FiguresRecognizer", "FiguresExtractor"]),
        .testTarget(name: "FiguresCLITests", dependencies: ["FiguresCore", "FiguresCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
