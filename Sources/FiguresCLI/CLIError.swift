import FiguresStore

/// Everything that can stop a command, each with a message a user can act on.
public enum CLIError: Error, Equatable, CustomStringConvertible {
    /// Bad command line: exit status 2.
    case usage(String)
    case unknownCommand(String)
    case unknownOption(String, command: String)
    case missingValue(option: String)
    case invalidValue(option: String, value: String, expected: String)
    case noInput(command: String)
    /// An input could not be read: exit status 1.
    case unreadable(path: String, reason: String)
    /// The store could not be opened, read or written: exit status 1.
    case store(StoreError)

    public var exitStatus: Int32 {
        switch self {
        case .unreadable, .store: return 1
        default: return 2
        }
    }

    public var description: String {
        switch self {
        case .usage(let message): return message
        case .unknownCommand(let name): return "unknown command '\(name)'; run 'figures help' for the list of commands"
        case .unknownOption(let option, let command): return "unknown option '\(option)' for 'figures \(command)'; run 'figures help \(command)'"
        case .missingValue(let option): return "option '\(option)' needs a value"
        case .invalidValue(let option, let value, let expected): return "invalid value '\(value)' for \(option): expected \(expected)"
        case .noInput(let command): return "no input given: name files or folders, or '-' for standard input (figures \(command) FILE...)"
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .store(let error): return error.description
        }
    }
}
