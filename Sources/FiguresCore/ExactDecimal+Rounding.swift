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

    /// Plain text with exactly `places` decimals ("37.9", "-2.0").
    public func formatted(places: Int) -> String {
        let r = rounded(toPlaces: places)
        var text = r.description
        guard places > 0 else { return text }
        if !text.contains(".") { text += "." }
        let decimals = text.count - (text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? text.count) - 1
        return text + String(repeating: "0", count: max(0, places - decimals))
    }
}
