extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Plain decimal notation with no exponent and no grouping: `1200000000`, `0.08`, `-2.5`.
    public var description: String {
        var text = ""
        withTextBytes { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// Calls `body` with the UTF-8 bytes of ``description``, built on the stack.
    /// Not generic on purpose: a generic public function called from another module runs
    /// unspecialised, through value witnesses.
    public func withTextBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let zero = UInt8(ascii: "0")
        if significand == 0 { withUnsafePointer(to: zero) { body(UnsafeBufferPointer(start: $0, count: 1)) }; return }
        let whole = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.wholeTextRoom) { buffer -> Bool in
            guard let count = writeWholeText(to: buffer.baseAddress!) else { return false }
            body(UnsafeBufferPointer(start: buffer.baseAddress!, count: count))
            return true
        }
        if whole { return }
        // A constant capacity keeps the buffer on the stack; only huge exponents need more.
        let capacity = exponent.magnitude <= 84 ? 128 : 44 + Int(exponent.magnitude)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            // Digits of the magnitude, written backwards from the end; 64-bit division once it fits.
            var end = capacity
            func put(_ byte: UInt8) { end -= 1; buffer[end] = byte }
            let fractionDigits = exponent < 0 ? Int(-exponent) : 0
            if exponent > 0 { for _ in 0..<Int(exponent) { put(zero) } }
            var magnitude = significand.magnitude
            var written = 0
            while magnitude > UInt128(UInt64.max) {
                put(zero + UInt8(magnitude % 10))
                magnitude /= 10
                written += 1
                if written == fractionDigits { put(UInt8(ascii: ".")) }
            }
            var small = UInt64(magnitude)
            while small > 0 || written == 0 {
                put(zero + UInt8(small % 10))
                small /= 10
                written += 1
                if written == fractionDigits && small > 0 { put(UInt8(ascii: ".")) }
            }
            if written <= fractionDigits && significand != 0 {
                while written < fractionDigits { put(zero); written += 1 }
                put(UInt8(ascii: "."))
                put(zero)
            }
            if significand < 0 { put(UInt8(ascii: "-")) }
            body(UnsafeBufferPointer(rebasing: buffer[end..<capacity]))
        }
    }

    /// The room ``writeWholeText(to:)`` needs: a sign, 19 digits and 64 zeros.
    public static let wholeTextRoom = 84

    /// Writes the text of a whole number (exponent 0 to 64, significand within `Int`: most
    /// amounts, 5e9 being 5 and nine zeros) at `target`, which has ``wholeTextRoom`` bytes,
    /// and returns its length; `nil` for any other value, which ``withTextBytes(_:)`` writes.
    /// The integer's digits, then the zeros: the same text as ``description``.
    @inlinable
    public func writeWholeText(to target: UnsafeMutablePointer<UInt8>) -> Int? {
        guard exponent >= 0 && exponent <= 64, let small = Int(exactly: significand) else { return nil }
        if small == 0 { target[0] = UInt8(ascii: "0"); return 1 }
        let digits = IntegerText.write(small, to: target)
        (target + digits).initialize(repeating: UInt8(ascii: "0"), count: Int(exponent))
        return digits + Int(exponent)
    }

    /// Parses plain decimal notation (`-12.50`, `1e9`, `1.5E-3`). Returns `nil` for anything else
    /// or for values that do not fit.
    public init?(_ text: String) {
        var copy = text
        guard let value = copy.withUTF8({ ExactDecimal(utf8: $0) }) else { return nil }
        self = value
    }

    /// Parses the UTF-8 bytes of a decimal, as ``init(_:)`` does, without building a string
    /// (the store's exact values are read this way, three per observation).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        // The common case, up to 18 digits and a point: accumulated in 64 bits. Anything else
        // (an exponent, more digits, a stray byte) takes the general path below.
        if bytes.count - i <= 19 {
            var small: UInt64 = 0
            var digits = 0
            var point = -1
            var plain = true
            for k in i..<bytes.count {
                let byte = bytes[k]
                if byte == UInt8(ascii: "."), point < 0 { point = digits; continue }
                let digit = byte &- 48
                guard digit <= 9 else { plain = false; break }
                small = small &* 10 &+ UInt64(digit)
                digits += 1
            }
            if plain, digits > 0, digits <= 18 {
                let magnitude = Int128(small)
                self.init(significand: negative ? -magnitude : magnitude, exponent: point < 0 ? 0 : Int32(point - digits))
                return
            }
        }
        var significand: Int128 = 0
        var exponent = 0
        var sawDigit = false
        var sawPoint = false
        while i < bytes.count, bytes[i] != UInt8(ascii: "e"), bytes[i] != UInt8(ascii: "E") {
            let byte = bytes[i]
            i += 1
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
        if i < bytes.count {
            let power = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)...]), as: UTF8.self)
            guard let power = Int(power), abs(power) < 100_000 else { return nil }
            exponent += power
        }
        guard let e = Int32(exactly: exponent) else { return nil }
        self.init(significand: negative ? -significand : significand, exponent: e)
    }
}
