import FiguresCore

/// The shape of a period, so that changes compare like with like: years with years, halves with
/// halves, "January–November" with "January–November", stocks (days) with stocks.
public enum PeriodKind: Hashable, Sendable {
    case year
    case half
    case quarter
    case month
    case months(fromMonth: Int, toMonth: Int, spanYears: Int)
    case years(length: Int)
    case day

    public init(_ period: Period) {
        switch period {
        case .year: self = .year
        case .half: self = .half
        case .quarter: self = .quarter
        case .month: self = .month
        case .months(let y1, let m1, let y2, let m2): self = .months(fromMonth: m1, toMonth: m2, spanYears: y2 - y1)
        case .years(let a, let b): self = .years(length: b - a)
        case .day: self = .day
        }
    }
}

extension Period {
    /// Years from this period's start to `other`'s start (fractional for days); the CAGR exponent.
    public func years(until other: Period) -> Double {
        let (a, _) = interval
        let (b, _) = other.interval
        return Double(b.ordinal - a.ordinal) / 365.2425
    }

    /// The number of whole periods of this kind between two periods ("2021 → 2023" is 2 years), for
    /// showing gaps; `nil` for days and spans.
    public func steps(until other: Period) -> Int? {
        switch (self, other) {
        case (.year(let a), .year(let b)): return b - a
        case (.half(let y1, let h1), .half(let y2, let h2)): return (y2 - y1) * 2 + h2 - h1
        case (.quarter(let y1, let q1), .quarter(let y2, let q2)): return (y2 - y1) * 4 + q2 - q1
        case (.month(let y1, let m1), .month(let y2, let m2)): return (y2 - y1) * 12 + m2 - m1
        case (.months(let y1, _, _, _), .months(let y2, _, _, _)): return y2 - y1
        default: return nil
        }
    }
}

extension Day {
    /// Days since 0001-01-01 (proleptic Gregorian), for differences between dates.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += Day.daysIn(month: m, year: year) }
        return days + day - 1
    }
}
