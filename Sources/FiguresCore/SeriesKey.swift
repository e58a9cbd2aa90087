/// Whether a series measures a flow over periods (trade in 2021) or a stock as of dates
/// (investment stock as of 2022-04-16, enterprises operating today).
public enum Measure: String, Sendable, Hashable, CaseIterable, Comparable {
    case flow
    case stock

    public static func < (lhs: Measure, rhs: Measure) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A figure dated by a day is a stock; any other period is a flow.
    public init(period: Period?) {
        if case .day? = period { self = .stock } else { self = .flow }
    }
}

/// What identifies a series: indicator, parties, sector, unit and measure.
///
/// The unit is part of the key, so every observation of a series has the same unit by
/// construction: an ``Observation`` has no unit of its own and reads it from its key. Trade
/// turnover is direction-free, so its parties are kept as an ordered pair (`from` < `to`).
public struct SeriesKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let indicator: Indicator
    public let from: CountryCode?
    public let to: CountryCode?
    public let sector: String?
    /// `nil` when the text gave no unit (the series then holds amounts of unknown currency).
    public let unit: QuantityUnit?
    public let measure: Measure

    public init(indicator: Indicator, from: CountryCode?, to: CountryCode?, sector: String?, unit: QuantityUnit?, measure: Measure) {
        var from = from
        var to = to
        if indicator == .tradeTurnover, let a = from, let b = to, b < a { swap(&from, &to) }
        if indicator == .tradeTurnover, from == nil, to != nil { swap(&from, &to) }
        self.indicator = indicator
        self.from = from
        self.to = to
        self.sector = sector
        self.unit = unit
        self.measure = measure
    }

    /// The key of the series a figure belongs to.
    public init(_ figure: Figure) {
        self.init(indicator: figure.indicator, from: figure.from, to: figure.to, sector: figure.sector, unit: figure.unit,
                  measure: Measure(period: figure.period))
    }

    /// The same key with another unit (used when an amount's unit is assumed from its series).
    public func with(unit: QuantityUnit?) -> SeriesKey {
        SeriesKey(indicator: indicator, from: from, to: to, sector: sector, unit: unit, measure: measure)
    }

    /// A stable, readable name: `trade_turnover:AZ-RU::USD:flow`, `investment:RU>AZ:oil:USD:stock`.
    /// Written straight into the string's storage, the codes from their packed letters: keys are
    /// named for every sort and lookup, and for every figure an ingest stores.
    public var description: String {
        var indicatorName = indicator.rawValue, measureName = measure.rawValue
        var sectorName = sector ?? ""
        var currency: CurrencyCode?
        var unitName = ""
        switch unit {
        case .currency(let code)?: currency = code
        case let other?: unitName = other.code
        case nil: unitName = "?"
        }
        let count = indicatorName.utf8.count + sectorName.utf8.count + (currency == nil ? unitName.utf8.count : 3)
            + measureName.utf8.count + (from == nil ? 1 : 2) + (to == nil ? 1 : 2) + 5
        return String(unsafeUninitializedCapacity: count) { buffer in
            let base = buffer.baseAddress!
            var at = 0
            func put(_ text: inout String) {
                text.withUTF8 { bytes in
                    for byte in bytes { base[at] = byte; at += 1 }
                }
            }
            func put(_ byte: UInt8) { base[at] = byte; at += 1 }
            func put(_ code: CountryCode?) {
                if let code { code.write(to: base + at); at += 2 } else { put(UInt8(ascii: "?")) }
            }
            put(&indicatorName)
            put(UInt8(ascii: ":"))
            put(from)
            put(indicator == .tradeTurnover ? UInt8(ascii: "-") : UInt8(ascii: ">"))
            put(to)
            put(UInt8(ascii: ":"))
            put(&sectorName)
            put(UInt8(ascii: ":"))
            if let currency { currency.write(to: base + at); at += 3 } else { put(&unitName) }
            put(UInt8(ascii: ":"))
            put(&measureName)
            return at
        }
    }

    /// Parses ``description``, field by field over its UTF-8 bytes; only the sector becomes a new string.
    public init?(_ text: String) {
        var text = text
        guard let key = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = key
    }

    private static let indicatorNames = Indicator.allCases.map { (Array($0.rawValue.utf8), $0) }
    private static let measureNames = Measure.allCases.map { (Array($0.rawValue.utf8), $0) }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> SeriesKey? {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(5)
        var start = 0
        for i in 0..<bytes.count where bytes[i] == UInt8(ascii: ":") {
            fields.append(start..<i)
            start = i + 1
        }
        fields.append(start..<bytes.count)
        guard fields.count == 5 else { return nil }
        func field(_ n: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[fields[n]]) }
        guard let indicator = RawBytes.match(field(0), in: indicatorNames),
              let measure = RawBytes.match(field(4), in: measureNames) else { return nil }
        let separator = indicator == .tradeTurnover ? UInt8(ascii: "-") : UInt8(ascii: ">")
        let parties = field(1)
        guard let cut = parties.firstIndex(of: separator), !parties[(cut + 1)...].contains(separator) else { return nil }
        /// "?" is no country; anything else must be a code (as ``CountryCode/init(_:)`` reads it).
        func country(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> CountryCode? {
            part.count == 1 && part.first == UInt8(ascii: "?") ? nil : CountryCode(String(decoding: part, as: UTF8.self))
        }
        let unitField = field(3)
        let unit: QuantityUnit?
        if unitField.count == 1 && unitField[0] == UInt8(ascii: "?") { unit = nil } else {
            guard let parsed = QuantityUnit(code: String(decoding: unitField, as: UTF8.self)) else { return nil }
            unit = parsed
        }
        let sector = field(2)
        return SeriesKey(indicator: indicator, from: country(parties[..<cut]), to: country(parties[(cut + 1)...]),
                         sector: sector.isEmpty ? nil : String(decoding: sector, as: UTF8.self), unit: unit, measure: measure)
    }

    /// Every field but the sector in one integer (indicator 3 bits, measure 1, each country 16,
    /// unit 26; an absent country or unit is 0), hashed with the sector: two values to hash
    /// instead of six, as a report hashes every key while it plans.
    public func hash(into hasher: inout Hasher) {
        let indicatorBits: UInt64
        switch indicator {
        case .investment: indicatorBits = 0
        case .tradeTurnover: indicatorBits = 1
        case .exports: indicatorBits = 2
        case .imports: indicatorBits = 3
        case .enterprises: indicatorBits = 4
        }
        let unitBits: UInt64
        switch unit {
        case nil: unitBits = 0
        case .currency(let code)?: unitBits = UInt64(code.packed)
        case .count?: unitBits = 1 << 24
        case .percent?: unitBits = 2 << 24
        case .percentagePoint?: unitBits = 3 << 24
        }
        var packed = indicatorBits | (measure == .stock ? 8 : 0)
        packed |= UInt64(from?.packed ?? 0) << 4 | UInt64(to?.packed ?? 0) << 20 | unitBits << 36
        hasher.combine(packed)
        hasher.combine(sector)
    }

    public static func < (lhs: SeriesKey, rhs: SeriesKey) -> Bool { lhs.description < rhs.description }
}
