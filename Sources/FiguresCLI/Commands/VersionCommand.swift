/// `figures version`: the version and how this binary was built (benchmarks refuse debug builds).
struct VersionCommand {
    static let version = "0.1.0"
    static let usage = "usage: figures version\n  Prints the version and the build configuration (release or debug)."

    static var configuration: String {
        #if DEBUG
        return "debug"
        #else
        return "release"
        #endif
    }

    static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> Int32 {
        guard arguments.isEmpty else { throw .usage("'figures version' takes no arguments") }
        context.output.write("figures \(version) (\(configuration) build)\n")
        return 0
    }
}
