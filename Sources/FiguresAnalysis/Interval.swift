import FiguresCore

/// A closed or half-open interval of exact decimals: what a figure allows. `nil` ends are open
/// (unbounded): "more than 4 billion" is `[4e9, +∞)`.
public struct Interval: Hashable, Sendable, CustomStringConvertible {
    public var low: ExactDecimal?
    public var high: ExactDecimal?

    public init(low: ExactDecimal?, high: ExactDecimal?) {
        self.low = low
        self.high = high
    }

    public init(exactly value: ExactDecimal) {
        low = value
        high = value
    }

    /// The interval of an observation: its `low`/`high`, which already encode its bound.
    public init(_ observation: Observation) {
        self.init(low: observation.low ?? (observation.bound == .upper ? nil : observation.value),
                  high: observation.high ?? (observation.bound == .lower ? nil : observation.value))
    }

    public var isPoint: Bool { low != nil && low == high }

    /// True when the two intervals share no value.
    public func isDisjoint(from other: Interval) -> Bool {
        if let a = high, let b = other.low, a < b { return true }
        if let a = other.high, let b = low, a < b { return true }
        return false
    }

    /// `self − other` in interval arithmetic: `[a.low − b.high, a.high − b.low]`; an open end on
    /// either side opens the result on the same side. `nil` on overflow.
    public func minus(_ other: Interval) -> Interval? {
        var result = Interval(low: nil, high: nil)
        if let a = low, let b = other.high {
            guard let d = a.subtracting(b) else { return nil }
            result.low = d
        }
        if let a = high, let b = other.low {
            guard let d = a.subtracting(b) else { return nil }
            result.high = d
        }
        return result
    }

    /// The relative change `self / base − 1`, as an interval, for a base that is strictly
    /// positive (both ends known and > 0, or an open high end). Returns `nil` for a zero,
    /// negative or unbounded-below base, where a percentage change has no meaning.
    ///
    /// With `base = [b₁, b₂]` and `self = [a₁, a₂]`, all positive: `[a₁/b₂ − 1, a₂/b₁ − 1]`; an open
    /// `a₂` or `b₂` opens the corresponding end.
    public func relativeChange(from base: Interval) -> Interval? {
        guard let baseLow = base.low, baseLow > .zero else { return nil }
        var result = Interval(low: nil, high: nil)
        if let a = low {
            if let b = base.high {
                guard let ratio = a.divided(by: b), let change = ratio.subtracting(.one) else { return nil }
                result.low = change
            } else if !a.isNegative {
                result.low = ExactDecimal(-1)  // a finite amount over an unbounded base can fall to nothing
            }
        }
        if let a = high {
            guard let ratio = a.divided(by: baseLow), let change = ratio.subtracting(.one) else { return nil }
            result.high = change
        }
        return result
    }

    public var description: String {
        "[\(low.map { "\($0)" } ?? "-∞"), \(high.map { "\($0)" } ?? "+∞")]"
    }
}
