/// An ISO 3166-1 alpha-2 code (`AZ`, `RU`), or `EU` for the European Union.
public struct CountryCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let code: String

    /// `nil` unless `code` is two ASCII capital letters.
    public init?(_ code: String) {
        let bytes = Array(code.utf8)
        guard bytes.count == 2, bytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        self.code = code
    }

    public var description: String { code }
    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.code < rhs.code }
}
