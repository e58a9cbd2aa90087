import FiguresAnalysis
import FiguresCore
import Foundation

/// The options common to the commands (see CONTRACT.md), parsed from the arguments after the
/// command name.
public struct CommandLineOptions {
    public enum Format: String, Sendable { case jsonl, table, csv }

    public var inputs: [String] = []
    public var format: Format?
    public var jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    public var store: String?
    public var asOf: Day?
    public var batchSize: Int?
    public var filter = SeriesFilter()
    public var wide = false
    public var html: String?
    public var out: String?

    /// Parses `arguments`, accepting only the options in `allowed` (e.g. "--format", "--jobs").
    public static func parse(_ arguments: [String], command: String, allowed: Set<String>,
                             formats: [Format]) throws(CLIError) -> CommandLineOptions {
        var options = CommandLineOptions()
        var rest = arguments[...]
        var onlyInputs = false
        while let argument = rest.popFirst() {
            if onlyInputs || argument == "-" || !argument.hasPrefix("-") {
                options.inputs.append(argument)
                continue
            }
            if argument == "--" { onlyInputs = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard allowed.contains(name) else { throw .unknownOption(argument, command: command) }
            func value() throws(CLIError) -> String {
                if let inlineValue { return inlineValue }
                guard let next = rest.popFirst() else { throw .missingValue(option: name) }
                return next
            }
            switch name {
            case "--format":
                let text = try value()
                guard let format = Format(rawValue: text), formats.contains(format) else {
                    throw .invalidValue(option: name, value: text, expected: formats.map(\.rawValue).joined(separator: ", "))
                }
                options.format = format
            case "--jobs", "-j":
                let text = try value()
                guard let jobs = Int(text), jobs >= 1, jobs <= 1024 else {
                    throw .invalidValue(option: name, value: text, expected: "a whole number from 1 to 1024")
                }
                options.jobs = jobs
            case "--store":
                let text = try value()
                guard !text.isEmpty else { throw .invalidValue(option: name, value: text, expected: "a file path") }
                options.store = text
            case "--batch-size":
                let text = try value()
                guard let size = Int(text), size >= 1, size <= 1_000_000 else {
                    throw .invalidValue(option: name, value: text, expected: "a whole number of documents from 1 to 1000000")
                }
                options.batchSize = size
            case "--indicator":
                let text = try value()
                guard let indicator = Indicator(rawValue: text) else {
                    throw .invalidValue(option: name, value: text, expected: Indicator.allCases.map(\.rawValue).joined(separator: ", "))
                }
                options.filter.indicator = indicator
            case "--between":
                let a = try value()
                guard let b = rest.popFirst() else { throw .missingValue(option: "--between (two country codes)") }
                guard let x = CountryCode(a.uppercased()), let y = CountryCode(b.uppercased()) else {
                    throw .invalidValue(option: name, value: "\(a) \(b)", expected: "two ISO 3166-1 alpha-2 codes, e.g. --between AZ RU")
                }
                options.filter.between = (x, y)
            case "--from", "--to":
                let text = try value()
                guard let code = CountryCode(text.uppercased()) else {
                    throw .invalidValue(option: name, value: text, expected: "an ISO 3166-1 alpha-2 code such as RU")
                }
                if name == "--from" { options.filter.from = code } else { options.filter.to = code }
            case "--sector":
                options.filter.sector = try value().lowercased()
            case "--unit":
                options.filter.unit = try value()
            case "--since", "--until":
                let text = try value()
                guard let period = Period(text) else {
                    throw .invalidValue(option: name, value: text, expected: "a period such as 2021, 2023-S1, 2022-Q1, 2023-03 or 2022-04-16")
                }
                if name == "--since" { options.filter.since = period } else { options.filter.until = period }
            case "--wide":
                options.wide = true
            case "--html":
                options.html = try value()
            case "--out", "-o":
                options.out = try value()
            case "--as-of":
                let text = try value()
                guard let day = Day(iso: text) else { throw .invalidValue(option: name, value: text, expected: "a date YYYY-MM-DD") }
                options.asOf = day
            default:
                throw .unknownOption(argument, command: command)
            }
        }
        return options
    }
}
