import FiguresCLI
import Foundation

/// Runs the CLI in-process and captures what it wrote.
struct CLIRun {
    var status: Int32
    var output: String
    var errors: String
}

enum CLIHarness {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func run(_ arguments: [String], stdin: String = "", terminal: Bool = false,
                    environment: [String: String] = [:]) -> CLIRun {
        let output = BufferSink()
        let errors = BufferSink()
        let context = CommandContext(output: output, errors: errors, standardInput: { Array(stdin.utf8) },
                                     outputIsTerminal: terminal, environment: environment)
        let status = FiguresCommand.run(arguments, context: context)
        return CLIRun(status: status, output: output.text, errors: errors.text)
    }

    /// A fresh temporary folder, removed by the caller with `cleanUp`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("figures-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Compares `actual` with the golden file; set FIGURES_UPDATE_GOLDEN=1 to rewrite it.
    static func golden(_ name: String, _ actual: String) throws -> (expected: String, actual: String) {
        let url = root.appendingPathComponent("Fixtures/golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FIGURES_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        return (try String(contentsOf: url, encoding: .utf8), actual)
    }
}
