extension ExactDecimal: Comparable {
    /// Orders by value. Exponents are aligned exactly; when alignment would overflow, the value
    /// with more integer digits is the larger in magnitude.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        // Same exponent, or one aligned to the other: compare significands (no difference is built).
        if lhs.exponent == rhs.exponent { return lhs.significand < rhs.significand }
        if let (a, b, _) = aligned(lhs, rhs) { return a < b }
        // Alignment overflowed: the magnitudes differ by more than 38 digits of scale, so their
        // orders of magnitude decide (zero has none and is the smaller).
        let lhsOrder = lhs.orderOfMagnitude ?? Int.min
        let rhsOrder = rhs.orderOfMagnitude ?? Int.min
        return lhs.isNegative ? lhsOrder > rhsOrder : lhsOrder < rhsOrder
    }
}

extension ExactDecimal {
    /// Brings two values to a common exponent. `nil` when a significand would overflow.
    static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int128, Int128, Int32)? {
        if a.exponent == b.exponent { return (a.significand, b.significand, a.exponent) }
        let (high, low) = a.exponent > b.exponent ? (a, b) : (b, a)
        let shift = Int(high.exponent) - Int(low.exponent)
        guard shift <= 38 else { return high.isZero ? (a.exponent > b.exponent ? (0, b.significand, b.exponent) : (a.significand, 0, a.exponent)) : nil }
        let (scaled, overflow) = high.significand.multipliedReportingOverflow(by: powersOfTen[shift])
        guard !overflow else { return nil }
        return a.exponent > b.exponent ? (scaled, low.significand, low.exponent) : (low.significand, scaled, low.exponent)
    }

    /// `self + other`, or `nil` on overflow.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        if other.isZero { return self }
        if isZero { return other }
        guard let (x, y, e) = Self.aligned(self, other) else { return nil }
        let (sum, overflow) = x.addingReportingOverflow(y)
        return overflow ? nil : ExactDecimal(significand: sum, exponent: e)
    }

    /// `self − other`, or `nil` on overflow.
    public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
        adding(other.negated)
    }

    /// `self × other`, or `nil` on overflow.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
        guard !overflow else { return nil }
        let exponentSum = Int(exponent) + Int(other.exponent)
        guard let e = Int32(exactly: exponentSum) else { return nil }
        return ExactDecimal(significand: product, exponent: e)
    }

    /// `self × 10^power`, or `nil` when the exponent leaves `Int32`.
    public func scaled(byPowerOfTen power: Int) -> ExactDecimal? {
        if isZero { return self }
        guard let e = Int32(exactly: Int(exponent) + power) else { return nil }
        return ExactDecimal(significand: significand, exponent: e)
    }

    public var negated: ExactDecimal {
        ExactDecimal(significand: -significand, exponent: exponent)
    }

    public var magnitude: ExactDecimal { isNegative ? negated : self }

    /// `self ÷ other`, exact when the quotient terminates, else rounded half away from zero to
    /// ``divisionDigits`` significant digits. `nil` for division by zero or overflow.
    public func divided(by other: ExactDecimal) -> ExactDecimal? {
        guard !other.isZero else { return nil }
        if isZero { return .zero }
        let negative = isNegative != other.isNegative
        var numerator = significand.magnitude
        let denominator = other.significand.magnitude
        guard denominator <= UInt128(Int128.max) / 10 else { return nil }
        var exp = Int(exponent) - Int(other.exponent)
        var quotient = numerator / denominator
        numerator %= denominator
        let limit = UInt128(Int128.max) / 10
        var digits = quotient == 0 ? 0 : ExactDecimal(significand: Int128(quotient), exponent: 0).digitCount
        while numerator != 0 && digits < Self.divisionDigits && quotient <= limit / 10 {
            numerator *= 10
            quotient = quotient * 10 + numerator / denominator
            numerator %= denominator
            exp -= 1
            if quotient != 0 { digits += 1 }
        }
        if numerator != 0 && numerator * 2 >= denominator { quotient += 1 }
        guard quotient <= UInt128(Int128.max), let e = Int32(exactly: exp) else { return nil }
        let signed = Int128(quotient)
        return ExactDecimal(significand: negative ? -signed : signed, exponent: e)
    }

    /// `self^power` for an integer power (negative powers divide). `nil` on overflow.
    public func raised(to power: Int) -> ExactDecimal? {
        guard abs(power) <= 128 else { return nil }
        var result = ExactDecimal.one
        for _ in 0..<abs(power) {
            guard let next = result.multiplied(by: self) else { return nil }
            result = next
        }
        return power < 0 ? ExactDecimal.one.divided(by: result) : result
    }
}
