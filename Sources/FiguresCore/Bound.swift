/// How a figure bounds the true value, as the text states it.
///
/// | case | text | interval |
/// |---|---|---|
/// | `exact` | "$1.2 billion" | `[v, v]` |
/// | `approx` | "about", "some", "around" | `[v, v]` (the figure is a rounded estimate) |
/// | `lower` | "more than", "exceeded", "over" | `[v, +∞)`: `high` is open (`nil`) |
/// | `upper` | "less than", "up to", "almost" | `(−∞, v]`: `low` is open (`nil`) |
/// | `range` | "$1.5-1.7 billion" | `[low, high]`; there is no single value |
public enum Bound: String, Sendable, Hashable, CaseIterable, Codable {
    case exact, approx, lower, upper, range
}

extension Bound {
    private static let names = allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The bound whose raw value is `bytes`, without making a `String` (store rows).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let found = RawBytes.match(bytes, in: Self.names) else { return nil }
        self = found
    }
}
