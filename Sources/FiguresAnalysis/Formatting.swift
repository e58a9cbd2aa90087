import FiguresCore
import Foundation

/// How values, changes and growth read in reports: "2.9 billion", "> 4 billion", "more than
/// +37.9 %", "1.5–1.7 billion".
public enum Formatting {
    /// An amount with a scale word: 1200000000 → "1.2 billion", 1270 → "1,270".
    public static func amount(_ value: ExactDecimal?) -> String {
        var out = TextBytes()
        appendAmount(value, to: &out)
        return out.string
    }

    /// The scale words and the least value each applies to.
    /// A scale applies to values of at least `10^exponent`.
    private static let scales: [(exponent: Int, name: StaticString)] = [(12, "trillion"), (9, "billion"), (6, "million")]

    /// Appends ``amount(_:)`` to `out`.
    static func appendAmount(_ value: ExactDecimal?, to out: inout TextBytes) {
        guard let value else { out.append("?" as StaticString); return }
        // |value| ≥ 10^k exactly when its order of magnitude is at least k (zero has none).
        let order = value.orderOfMagnitude ?? Int.min
        for scale in scales where order >= scale.exponent {
            out.append(value.scaled(byPowerOfTen: -scale.exponent)!.rounded(toPlaces: 3))
            out.append(" " as StaticString)
            out.append(scale.name)
            return
        }
        let rounded = value.rounded(toPlaces: 2)
        guard rounded.isInteger, let int = rounded.intValue else { out.append(rounded); return }
        appendGrouped(int, to: &out)
    }

    static func grouped(_ value: Int) -> String {
        var out = TextBytes()
        appendGrouped(value, to: &out)
        return out.string
    }

    /// `value` with a comma between groups of three digits: "-1,234,567".
    static func appendGrouped(_ value: Int, to out: inout TextBytes) {
        if value < 0 { out.append("-" as StaticString) }
        // Backwards from the last digit, on the stack: 20 digits and 6 commas at most.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var at = 32, written = 0
            var rest = value.magnitude
            repeat {
                if written % 4 == 3 { at -= 1; buffer[at] = UInt8(ascii: ","); written += 1 }
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(rest % 10)
                written += 1
                rest /= 10
            } while rest > 0
            out.append(bytes: UnsafeBufferPointer(rebasing: buffer[at...]))
        }
    }

    /// A value with its bound: "2.9 billion", "> 4 billion", "~ 300 million", "1.5 billion–1.7 billion".
    public static func bounded(_ bound: Bound, value: ExactDecimal?, low: ExactDecimal?, high: ExactDecimal?) -> String {
        var out = TextBytes()
        appendBounded(bound, value: value, low: low, high: high, to: &out)
        return out.string
    }

    /// Appends ``bounded(_:value:low:high:)`` to `out`.
    static func appendBounded(_ bound: Bound, value: ExactDecimal?, low: ExactDecimal?, high: ExactDecimal?, to out: inout TextBytes) {
        switch bound {
        case .exact: appendAmount(value, to: &out)
        case .approx: out.append("~ " as StaticString); appendAmount(value, to: &out)
        case .lower: out.append("> " as StaticString); appendAmount(value, to: &out)
        case .upper: out.append("< " as StaticString); appendAmount(value, to: &out)
        case .range:
            appendAmount(low, to: &out)
            out.append("–" as StaticString)
            appendAmount(high, to: &out)
        }
    }

    /// A resolved value with its bound.
    public static func value(_ o: Observation) -> String {
        bounded(o.bound, value: o.value, low: o.low, high: o.high)
    }

    /// Appends ``value(_:)`` to `out`.
    static func appendValue(_ o: Observation, to out: inout TextBytes) {
        appendBounded(o.bound, value: o.value, low: o.low, high: o.high, to: &out)
    }

    /// An interval of changes: exact "+1.1 billion"; open above "more than +1.1 billion"; open below
    /// "less than −2 billion"; a span "+0.5 billion to +0.9 billion"; unknown "?".
    public static func interval(_ i: Interval?, _ render: (ExactDecimal) -> String) -> String {
        var out = TextBytes()
        appendInterval(i, to: &out) { value, out in out.append(render(value)) }
        return out.string
    }

    /// Appends ``interval(_:_:)`` to `out`, each end written by `render`.
    static func appendInterval(_ i: Interval?, to out: inout TextBytes, _ render: (ExactDecimal, inout TextBytes) -> Void) {
        func signed(_ value: ExactDecimal) {
            if value.isNegative {
                out.append("−" as StaticString)
                render(value.magnitude, &out)
            } else {
                out.append("+" as StaticString)
                render(value, &out)
            }
        }
        guard let i else { out.append("n/a" as StaticString); return }
        switch (i.low, i.high) {
        case let (l?, h?) where l == h: signed(l)
        case let (l?, h?):
            signed(l)
            out.append(" to " as StaticString)
            signed(h)
        case let (l?, nil):
            out.append("more than " as StaticString)
            signed(l)
        case let (nil, h?):
            out.append("less than " as StaticString)
            signed(h)
        case (nil, nil): out.append("unknown" as StaticString)
        }
    }

    public static func change(_ i: Interval?) -> String {
        var out = TextBytes()
        appendChange(i, to: &out)
        return out.string
    }

    /// Appends ``change(_:)`` to `out`.
    static func appendChange(_ i: Interval?, to out: inout TextBytes) {
        appendInterval(i, to: &out) { value, out in appendAmount(value, to: &out) }
    }

    /// A relative change as a percentage with one decimal: "+37.9 %".
    public static func percent(_ i: Interval?) -> String {
        var out = TextBytes()
        appendPercent(i, to: &out)
        return out.string
    }

    /// Appends ``percent(_:)`` to `out`.
    static func appendPercent(_ i: Interval?, to out: inout TextBytes) {
        guard let i else { out.append("n/a" as StaticString); return }
        let scaled = Interval(low: i.low.flatMap { $0.scaled(byPowerOfTen: 2) }, high: i.high.flatMap { $0.scaled(byPowerOfTen: 2) })
        appendInterval(scaled, to: &out) { value, out in
            out.append(value, places: 1)
            out.append(" %" as StaticString)
        }
    }

    /// Compound annual growth: "+17.4 % a year", "more than +17.4 % a year".
    public static func growth(_ g: GrowthRate?) -> String {
        guard let g else { return "n/a" }
        func p(_ x: Double) -> String { (x < 0 ? "−" : "+") + oneDecimal(abs(x) * 100) + " %" }
        switch (g.low, g.high) {
        case let (l?, h?) where abs(l - h) < 1e-12: return p(l) + " a year"
        case let (l?, h?): return p(l) + " to " + p(h) + " a year"
        case let (l?, nil): return "more than " + p(l) + " a year"
        case let (nil, h?): return "less than " + p(h) + " a year"
        default: return "n/a"
        }
    }

    /// `value` with one decimal, as `String(format: "%.1f", value)` writes it: the exact binary
    /// value rounded half to even. For `value = m·2^e` (`m` an integer of 53 bits), `10·value` is
    /// `10m·2^e`, so the digits are `⌊10m / 2^-e⌋` and the remainder decides the rounding, all in
    /// 64-bit integers; values that are not finite or not below 10^15 go through `String(format:)`.
    static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite, value >= 0, value < 1e15 else { return String(format: "%.1f", value) }
        let m = UInt64(value.significandBitPattern) | (value.isNormal ? 1 << 52 : 0)
        let shift = 52 - Int(value.isNormal ? value.exponent : Double.leastNormalMagnitude.exponent)
        let tenfold = m * 10  // < 2^57
        var tenths: UInt64
        if shift <= 0 {
            tenths = tenfold << UInt64(-shift)  // value ≥ 2^52: an integer, below 10^16 tenths
        } else if shift >= 64 {
            tenths = 0  // 10m < 2^57 ≤ half of 2^shift: rounds down
        } else {
            tenths = tenfold >> UInt64(shift)
            let remainder = tenfold & ((1 << UInt64(shift)) - 1)
            let half: UInt64 = 1 << UInt64(shift - 1)
            if remainder > half || (remainder == half && tenths % 2 == 1) { tenths += 1 }
        }
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// "trade_turnover AZ–RU" / "investment RU → AZ, oil".
    public static func title(_ key: SeriesKey) -> String {
        var out = TextBytes()
        appendTitle(key, to: &out)
        return out.string
    }

    /// Appends ``title(_:)`` to `out`.
    static func appendTitle(_ key: SeriesKey, to out: inout TextBytes) {
        out.append(key.indicator.rawValue)
        out.append(" " as StaticString)
        out.append(key.from?.code ?? "?")
        out.append(key.indicator == .tradeTurnover ? "–" as StaticString : " → " as StaticString)
        out.append(key.to?.code ?? "?")
        if let sector = key.sector {
            out.append(", " as StaticString)
            out.append(sector)
        }
    }

    public static func period(_ p: Period?) -> String { p?.description ?? "(no period)" }

    /// Appends ``period(_:)`` to `out`, written from the period's bytes.
    static func appendPeriod(_ p: Period?, to out: inout TextBytes) {
        guard let p else { out.append("(no period)" as StaticString); return }
        p.withTextBytes { out.append(bytes: $0) }
    }
}
