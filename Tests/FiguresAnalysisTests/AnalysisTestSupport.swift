import FiguresAnalysis
import FiguresCore

/// Builds observations for analysis tests from short descriptions.
enum Make {
    static func observation(_ period: String?, _ value: String?, bound: Bound = .exact, low: String? = nil, high: String? = nil,
                            unit: String? = "USD", status: FigureStatus = .reported, published: String = "2024-01-01",
                            doc: String = "a.txt", indicator: Indicator = .tradeTurnover, from: String = "AZ", to: String = "RU") -> Observation {
        let v = value.flatMap { ExactDecimal($0) }
        var l = low.flatMap { ExactDecimal($0) }
        var h = high.flatMap { ExactDecimal($0) }
        if bound != .range {
            l = bound == .upper ? nil : v
            h = bound == .lower ? nil : v
        }
        let p = period.flatMap { Period($0) }
        let key = SeriesKey(indicator: indicator, from: CountryCode(from), to: CountryCode(to), sector: nil,
                            unit: unit.flatMap { QuantityUnit(code: $0) }, measure: Measure(period: p))
        return Observation(series: key, period: p, value: v, bound: bound, low: l, high: h, status: status,
                           provenance: Provenance(doc: doc, contentHash: doc + published, published: Day(iso: published),
                                                  text: value ?? "", span: 0..<1, sentence: ""))
    }

    static func interval(_ low: String?, _ high: String?) -> Interval {
        Interval(low: low.flatMap { ExactDecimal($0) }, high: high.flatMap { ExactDecimal($0) })
    }
}
