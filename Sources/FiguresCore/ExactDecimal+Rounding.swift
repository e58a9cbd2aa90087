extension ExactDecimal {
    /// The value rounded half away from zero to `places` decimal places (for display only).
    public func rounded(toPlaces places: Int) -> ExactDecimal {
        guard Int(exponent) < -places else { return self }
        let drop = -places - Int(exponent)
        guard drop <= 38 else { return .zero }
        let divisor = Self.powersOfTen[drop]
        var quotient = significand / divisor
        let remainder = significand % divisor
        if remainder.magnitude * 2 >= divisor.magnitude { quotient += significand < 0 ? -1 : 1 }
        return ExactDecimal(significand: quotient, exponent: Int32(-places))
    }
}
