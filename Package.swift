// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Figures",
    products: [
        .executable(name: "figures", targets: ["figures"]),
        .library(name: "FiguresCore", targets: ["FiguresCore"]),
        .library(name: "FiguresRecognizer", targets: ["FiguresRecognizer"]),
        .library(name: "FiguresExtractor", targets: ["FiguresExtractor"]),
        .library(name: "FiguresStore", targets: ["FiguresStore"]),
        .library(name: "FiguresAnalysis", targets: ["FiguresAnalysis"]),
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
        // The system SQLite library (libsqlite3-dev).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // The series store: figures as typed time series with provenance and vintages.
        .target(name: "FiguresStore", dependencies: ["FiguresCore", "CSQLite"]),
        // Resolution of reports, changes, growth rates, charts: pure functions over observations.
        .target(name: "FiguresAnalysis", dependencies: ["FiguresCore"]),
        // Commands, input readers and output writers; testable in-process.
        .target(name: "FiguresCLI", dependencies: ["FiguresCore", "FiguresRecognizer", "FiguresExtractor", "FiguresStore", "FiguresAnalysis"]),
        .executableTarget(name: "figures", dependencies: ["FiguresCLI"]),
        // Scores the recogniser against gold files (../shared/gold/dev); run by .ci/run.
        .executableTarget(name: "figures-eval", dependencies: ["FiguresCore", "FiguresRecognizer", "FiguresCLI"],
                          path: "Benchmarks/Evaluate"),
        .testTarget(name: "FiguresCoreTests", dependencies: ["FiguresCore"]),
        .testTarget(name: "FiguresRecognizerTests", dependencies: ["FiguresCore", "FiguresRecognizer"]),
        .testTarget(name: "FiguresExtractorTests", dependencies: ["FiguresCore", "FiguresRecognizer", "FiguresExtractor"]),
        .testTarget(name: "FiguresAnalysisTests", dependencies: ["FiguresCore", "FiguresAnalysis"]),
        .testTarget(name: "FiguresStoreTests", dependencies: ["FiguresCore", "FiguresStore", "CSQLite"]),
        .testTarget(name: "FiguresCLITests", dependencies: ["FiguresCore", "FiguresCLI", "FiguresStore", "CSQLite"]),
    ],
    swiftLanguageModes: [.v6]
)
