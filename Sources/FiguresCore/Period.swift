/// What a figure refers to in time, written SDMX/ISO 8601 style.
///
/// | case | text |
/// |---|---|
/// | `year(2021)` | `2021` |
/// | `half(2023, 1)` | `2023-S1` |
/// | `quarter(2022, 1)` | `2022-Q1` |
/// | `month(2023, 3)` | `2023-03` |
/// | `months(from: (2023, 1), to: (2023, 11))` | `2023-01/2023-11` |
/// | `years(2015, 2022)` | `2015/2022` |
/// | `day(2022-04-16)` | `2022-04-16`: a stock or running total as of that date |
public enum Period: Hashable, Sendable, CustomStringConvertible, Comparable {
    case year(Int)
    case half(Int, Int)
    case quarter(Int, Int)
    case month(Int, Int)
    case months(fromYear: Int, fromMonth: Int, toYear: Int, toMonth: Int)
    case years(Int, Int)
    case day(Day)

    public var description: String {
        var text = ""
        withTextBytes { bytes in
            text = String(unsafeUninitializedCapacity: bytes.count) { _ = $0.initialize(fromContentsOf: bytes); return bytes.count }
        }
        return text
    }

    /// Parses the forms that ``description`` writes.
    ///
    /// A year ("2023"), month ("2023-09"), half ("2023-S1") or quarter ("2023-Q4") of ASCII digits
    /// is read from its bytes; any other text (spans, days, odd forms) by the general parse below,
    /// which gives the same period for those (the extractor reads a date's text this way for
    /// every date it meets).
    public init?(_ text: String) {
        if let period = Self.fastParse(text) { self = period; return }
        guard let period = Self.parse(text) else { return nil }
        self = period
    }

    /// The common forms, or `nil` for the general parse to decide.
    private static func fastParse(_ text: String) -> Period? {
        var copy = text
        return copy.withUTF8 { b -> Period? in
            guard b.count == 4 || b.count == 7 else { return nil }
            func digit(_ i: Int) -> Int? { b[i] &- 48 < 10 ? Int(b[i] &- 48) : nil }
            guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3) else { return nil }
            let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
            if b.count == 4 { return year > 0 ? .year(year) : nil }
            guard b[4] == UInt8(ascii: "-"), let last = digit(6) else { return nil }
            switch b[5] {
            case UInt8(ascii: "S"): return last == 1 || last == 2 ? .half(year, last) : nil
            case UInt8(ascii: "Q"): return last >= 1 && last <= 4 ? .quarter(year, last) : nil
            default:
                guard let tens = digit(5), case let month = tens * 10 + last, month >= 1, month <= 12 else { return nil }
                return .month(year, month)
            }
        }
    }

    private static func parse(_ text: String) -> Period? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2 {
            if let a = Int(parts[0]), let b = Int(parts[1]), parts[0].count == 4, parts[1].count == 4, a <= b {
                return .years(a, b)
            }
            guard case .month(let y1, let m1)? = Period(parts[0]), case .month(let y2, let m2)? = Period(parts[1]),
                  (y1, m1) <= (y2, m2) else { return nil }
            return .months(fromYear: y1, fromMonth: m1, toYear: y2, toMonth: m2)
        }
        guard parts.count == 1 else { return nil }
        if text.count == 4, let y = Int(text), y > 0 { return .year(y) }
        if text.count == 10, let d = Day(iso: text) { return .day(d) }
        guard text.count == 7, let y = Int(text.prefix(4)), text.dropFirst(4).first == "-" else { return nil }
        let tail = text.suffix(2)
        if tail.first == "S", let h = Int(tail.dropFirst()), h == 1 || h == 2 { return .half(y, h) }
        if tail.first == "Q", let q = Int(tail.dropFirst()), q >= 1 && q <= 4 { return .quarter(y, q) }
        if let m = Int(tail), m >= 1 && m <= 12 { return .month(y, m) }
        return nil
    }

    /// First and last day covered (a `day` covers itself).
    public var interval: (Day, Day) {
        func first(_ y: Int, _ m: Int) -> Day { Day(year: y, month: m, day: 1)! }
        func last(_ y: Int, _ m: Int) -> Day { Day(year: y, month: m, day: Day.daysIn(month: m, year: y))! }
        switch self {
        case .year(let y): return (first(y, 1), last(y, 12))
        case .half(let y, let h): return (first(y, h == 1 ? 1 : 7), last(y, h == 1 ? 6 : 12))
        case .quarter(let y, let q): return (first(y, q * 3 - 2), last(y, q * 3))
        case .month(let y, let m): return (first(y, m), last(y, m))
        case .months(let y1, let m1, let y2, let m2): return (first(y1, m1), last(y2, m2))
        case .years(let a, let b): return (first(a, 1), last(b, 12))
        case .day(let d): return (d, d)
        }
    }

    /// Orders by start, then by end, then (two spellings of the same days, such as `2023` and
    /// `2023-01/2023-12`) by the SDMX text, so that the order is total and never depends on
    /// the order the periods arrived in.
    ///
    /// Two periods of the same calendar kind (years, halves, quarters, months or days) order as
    /// their numbers do, which is the order of their intervals: that is decided without building
    /// the intervals' days.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        switch (lhs, rhs) {
        case let (.year(a), .year(b)): return a < b
        case let (.day(a), .day(b)): return a < b
        case let (.month(y1, n1), .month(y2, n2)), let (.quarter(y1, n1), .quarter(y2, n2)), let (.half(y1, n1), .half(y2, n2)):
            return y1 != y2 ? y1 < y2 : n1 < n2
        default: break
        }
        let (a1, a2) = lhs.interval
        let (b1, b2) = rhs.interval
        if a1 != b1 { return a1 < b1 }
        if a2 != b2 { return a2 < b2 }
        return lhs.description < rhs.description
    }
}
