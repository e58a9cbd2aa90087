/// The unit of an amount.
///
/// Its `code` is the string written to JSON Lines, CSV and the store: an ISO 4217 code for money,
/// `count` for counts of enterprises, `percent`, or `pp` for percentage points.
public enum QuantityUnit: Hashable, Sendable, Comparable, CustomStringConvertible {
    case currency(CurrencyCode)
    case count
    case percent
    case percentagePoint

    public var code: String {
        switch self {
        case .currency(let code): return code.description
        case .count: return "count"
        case .percent: return "percent"
        case .percentagePoint: return "pp"
        }
    }

    public var description: String { code }

    /// Parses a unit code as written by ``code``.
    public init?(code: String) {
        switch code {
        case "count": self = .count
        case "percent": self = .percent
        case "pp": self = .percentagePoint
        default:
            guard let currency = CurrencyCode(code), !code.utf8.contains(where: { (97...122).contains($0) }) else { return nil }
            self = .currency(currency)
        }
    }

    public static func < (lhs: QuantityUnit, rhs: QuantityUnit) -> Bool { lhs.code < rhs.code }
}
