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
    /// Written straight into the string's storage: keys are named for every sort and lookup.
    public var description: String {
        let indicatorName = indicator.rawValue, measureName = measure.rawValue
        let sectorName = sector ?? "", unitCode = unit?.code ?? "?"
        let count = indicatorName.utf8.count + sectorName.utf8.count + unitCode.utf8.count + measureName.utf8.count
            + (from == nil ? 1 : 2) + (to == nil ? 1 : 2) + 5
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            func put(_ text: String) {
                for byte in text.utf8 { buffer[at] = byte; at += 1 }
            }
            func put(_ byte: UInt8) { buffer[at] = byte; at += 1 }
            func put(_ code: CountryCode?) {
                if let code { put(code.code) } else { put(UInt8(ascii: "?")) }
            }
            put(indicatorName)
            put(UInt8(ascii: ":"))
            put(from)
            put(indicator == .tradeTurnover ? UInt8(ascii: "-") : UInt8(ascii: ">"))
            put(to)
            put(UInt8(ascii: ":"))
            put(sectorName)
            put(UInt8(ascii: ":"))
            put(unitCode)
            put(UInt8(ascii: ":"))
            put(measureName)
            return at
        }
    }

    /// Parses ``description``, field by field over its UTF-8 bytes.
    public init?(_ text: String) {
        let utf8 = text.utf8
        var fields: [Substring.UTF8View] = []
        fields.reserveCapacity(5)
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: ":") {
                fields.append(utf8[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        fields.append(utf8[start..<index])
        func string(_ field: Substring.UTF8View) -> String { String(decoding: field, as: UTF8.self) }
        guard fields.count == 5, let indicator = Indicator(rawValue: string(fields[0])),
              let measure = Measure(rawValue: string(fields[4])) else { return nil }
        let separator = indicator == .tradeTurnover ? UInt8(ascii: "-") : UInt8(ascii: ">")
        let parties = fields[1]
        guard let cut = parties.firstIndex(of: separator), !parties[parties.index(after: cut)...].contains(separator) else { return nil }
        let unit: QuantityUnit?
        let unitField = string(fields[3])
        if unitField == "?" { unit = nil } else {
            guard let parsed = QuantityUnit(code: unitField) else { return nil }
            unit = parsed
        }
        self.init(indicator: indicator, from: CountryCode(string(parties[..<cut])),
                  to: CountryCode(string(parties[parties.index(after: cut)...])),
                  sector: fields[2].isEmpty ? nil : string(fields[2]), unit: unit, measure: measure)
    }

    public static func < (lhs: SeriesKey, rhs: SeriesKey) -> Bool { lhs.description < rhs.description }
}
