/// What an extracted figure measures.
public enum Indicator: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Investment from an investor economy into a host economy (flows and stocks).
    case investment
    /// Trade turnover between two partners (exports plus imports); direction-free.
    case tradeTurnover = "trade_turnover"
    /// Exports from an exporter to an importer.
    case exports
    /// Imports into an importer from an exporter (`from` is still the exporter).
    case imports
    /// A count of enterprises with capital from one economy operating in another.
    case enterprises

    public static func < (lhs: Indicator, rhs: Indicator) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Whether a figure was reported as fact or stated as a goal, plan or forecast.
public enum FigureStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case reported
    case target
}

extension FigureStatus {
    private static let names = allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The status whose raw value is `bytes`, without making a `String` (store rows).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let found = RawBytes.match(bytes, in: Self.names) else { return nil }
        self = found
    }
}
