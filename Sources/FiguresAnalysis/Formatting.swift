import FiguresCore
import Foundation

/// How values, changes and growth read in reports: "2.9 billion", "> 4 billion", "more than
/// +37.9 %", "1.5–1.7 billion".
public enum Formatting {
    /// An amount with a scale word: 1200000000 → "1.2 billion", 1270 → "1,270".
    public static func amount(_ value: ExactDecimal?) -> String {
        guard let value else { return "?" }
        for (exponent, name) in [(12, "trillion"), (9, "billion"), (6, "million")] where value.magnitude >= ExactDecimal.power(ofTen: Int32(exponent)) {
            let scaled = value.scaled(byPowerOfTen: -exponent)!.rounded(toPlaces: 3)
            return "\(scaled) \(name)"
        }
        let rounded = value.rounded(toPlaces: 2)
        guard rounded.isInteger, let int = rounded.intValue else { return rounded.description }
        return grouped(int)
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A value with its bound: "2.9 billion", "> 4 billion", "~ 300 million", "1.5 billion–1.7 billion".
    public static func bounded(_ bound: Bound, value: ExactDecimal?, low: ExactDecimal?, high: ExactDecimal?) -> String {
        switch bound {
        case .exact: return amount(value)
        case .approx: return "~ " + amount(value)
        case .lower: return "> " + amount(value)
        case .upper: return "< " + amount(value)
        case .range: return amount(low) + "–" + amount(high)
        }
    }

    /// A resolved value with its bound.
    public static func value(_ o: Observation) -> String {
        bounded(o.bound, value: o.value, low: o.low, high: o.high)
    }

    static func signed(_ value: ExactDecimal, _ render: (ExactDecimal) -> String) -> String {
        value.isNegative ? "−" + render(value.magnitude) : "+" + render(value)
    }

    /// An interval of changes: exact "+1.1 billion"; open above "more than +1.1 billion"; open below
    /// "less than −2 billion"; a span "+0.5 billion to +0.9 billion"; unknown "?".
    public static func interval(_ i: Interval?, _ render: (ExactDecimal) -> String) -> String {
        guard let i else { return "n/a" }
        switch (i.low, i.high) {
        case let (l?, h?) where l == h: return signed(l, render)
        case let (l?, h?): return signed(l, render) + " to " + signed(h, render)
        case let (l?, nil): return "more than " + signed(l, render)
        case let (nil, h?): return "less than " + signed(h, render)
        case (nil, nil): return "unknown"
        }
    }

    public static func change(_ i: Interval?) -> String { interval(i, amount) }

    /// A relative change as a percentage with one decimal: "+37.9 %".
    public static func percent(_ i: Interval?) -> String {
        guard let i else { return "n/a" }
        let scaled = Interval(low: i.low.flatMap { $0.scaled(byPowerOfTen: 2) }, high: i.high.flatMap { $0.scaled(byPowerOfTen: 2) })
        return interval(scaled) { "\($0.formatted(places: 1)) %" }
    }

    /// Compound annual growth: "+17.4 % a year", "more than +17.4 % a year".
    public static func growth(_ g: GrowthRate?) -> String {
        guard let g else { return "n/a" }
        func p(_ x: Double) -> String { (x < 0 ? "−" : "+") + String(format: "%.1f %%", abs(x) * 100) }
        switch (g.low, g.high) {
        case let (l?, h?) where abs(l - h) < 1e-12: return p(l) + " a year"
        case let (l?, h?): return p(l) + " to " + p(h) + " a year"
        case let (l?, nil): return "more than " + p(l) + " a year"
        case let (nil, h?): return "less than " + p(h) + " a year"
        default: return "n/a"
        }
    }

    /// "trade_turnover AZ–RU" / "investment RU → AZ, oil".
    public static func title(_ key: SeriesKey) -> String {
        let parties = key.indicator == .tradeTurnover
            ? "\(key.from?.code ?? "?")–\(key.to?.code ?? "?")"
            : "\(key.from?.code ?? "?") → \(key.to?.code ?? "?")"
        return "\(key.indicator.rawValue) \(parties)" + (key.sector.map { ", \($0)" } ?? "")
    }

    public static func period(_ p: Period?) -> String { p?.description ?? "(no period)" }

    /// `text` padded with spaces to `width` characters (never cut).
    public static func pad(_ text: String, _ width: Int) -> String {
        let count = characterCount(text)
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    /// The number of characters of `text`: its byte count when it is ASCII (as most report
    /// cells are), without walking grapheme clusters.
    static func characterCount(_ text: String) -> Int {
        var text = text
        let ascii = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.count : -1 }
        return ascii >= 0 ? ascii : text.count
    }
}
