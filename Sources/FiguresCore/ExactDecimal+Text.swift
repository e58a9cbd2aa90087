extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Plain decimal notation with no exponent and no grouping: `1200000000`, `0.08`, `-2.5`.
    public var description: String {
        if significand == 0 { return "0" }
        var digits = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        if exponent >= 0 {
            digits += String(repeating: "0", count: Int(exponent))
            return sign + digits
        }
        let fractionDigits = Int(-exponent)
        if digits.count > fractionDigits {
            let index = digits.index(digits.endIndex, offsetBy: -fractionDigits)
            return sign + digits[..<index] + "." + digits[index...]
        }
        return sign + "0." + String(repeating: "0", count: fractionDigits - digits.count) + digits
    }

    /// Parses plain decimal notation (`-12.50`, `1e9`, `1.5E-3`). Returns `nil` for anything else
    /// or for values that do not fit.
    public init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var significand: Int128 = 0
        var exponent = 0
        var sawDigit = false
        var sawPoint = false
        while let byte = bytes.first, byte != UInt8(ascii: "e"), byte != UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if byte == UInt8(ascii: ".") {
                guard !sawPoint else { return nil }
                sawPoint = true
                continue
            }
            guard byte >= 48, byte <= 57 else { return nil }
            sawDigit = true
            let (shifted, o1) = significand.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.addingReportingOverflow(Int128(byte - 48))
            guard !o1, !o2 else { return nil }
            significand = next
            if sawPoint { exponent -= 1 }
        }
        guard sawDigit else { return nil }
        if !bytes.isEmpty {
            bytes = bytes.dropFirst()
            guard let power = Int(String(decoding: bytes, as: UTF8.self)), abs(power) < 100_000 else { return nil }
            exponent += power
        }
        guard let e = Int32(exactly: exponent) else { return nil }
        self.init(significand: negative ? -significand : significand, exponent: e)
    }
}
