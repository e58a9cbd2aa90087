import FiguresStore

/// Where the store is: `--store PATH`, else `$FIGURES_STORE`, else `figures.sqlite` here.
enum StoreLocation {
    static func path(_ options: CommandLineOptions, _ context: CommandContext) -> String {
        options.store ?? context.environment["FIGURES_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "figures.sqlite"
    }
}
