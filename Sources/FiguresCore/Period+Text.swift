extension Period {
    /// Calls `body` with the UTF-8 bytes of ``description``, built on the stack (no string, no
    /// heap): writers call this for every figure. Not generic on purpose: a generic public
    /// function called from another module runs unspecialised.
    public func withTextBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Four integers of at most 20 digits and a sign each, and their separators: 96 bytes.
        var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &storage) { raw in
            var text = PeriodText(buffer: raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
            switch self {
            case .year(let y): text.four(y)
            case .half(let y, let h): text.four(y); text.put(UInt8(ascii: "-")); text.put(UInt8(ascii: "S")); text.integer(h)
            case .quarter(let y, let q): text.four(y); text.put(UInt8(ascii: "-")); text.put(UInt8(ascii: "Q")); text.integer(q)
            case .month(let y, let m): text.four(y); text.put(UInt8(ascii: "-")); text.two(m)
            case .months(let y1, let m1, let y2, let m2):
                text.four(y1); text.put(UInt8(ascii: "-")); text.two(m1); text.put(UInt8(ascii: "/"))
                text.four(y2); text.put(UInt8(ascii: "-")); text.two(m2)
            case .years(let a, let b): text.four(a); text.put(UInt8(ascii: "/")); text.four(b)
            case .day(let d): text.four(d.year); text.put(UInt8(ascii: "-")); text.two(d.month); text.put(UInt8(ascii: "-")); text.two(d.day)
            }
            body(UnsafeBufferPointer(start: text.buffer, count: text.count))
        }
    }
}

/// Writes the parts of a period's text into a buffer the caller sized.
struct PeriodText {
    let buffer: UnsafeMutablePointer<UInt8>
    var count = 0

    @inline(__always)
    mutating func put(_ byte: UInt8) { buffer[count] = byte; count += 1 }

    /// `value` in decimal, with a minus sign when negative.
    mutating func integer(_ value: Int) {
        count += IntegerText.write(value, to: buffer + count)
    }

    /// A year padded with zeros to four characters, sign included.
    mutating func four(_ year: Int) {
        // The usual years, digit by digit (no length count, no call).
        if year >= 1000 && year <= 9999 {
            put(UInt8(truncatingIfNeeded: 48 + year / 1000))
            put(UInt8(truncatingIfNeeded: 48 + year / 100 % 10))
            put(UInt8(truncatingIfNeeded: 48 + year / 10 % 10))
            put(UInt8(truncatingIfNeeded: 48 + year % 10))
            return
        }
        var length = year < 0 ? 2 : 1
        var probe = year.magnitude
        while probe >= 10 { probe /= 10; length += 1 }
        for _ in 0..<max(0, 4 - length) { put(UInt8(ascii: "0")) }
        integer(year)
    }

    /// A month or day: "0" before values below ten.
    mutating func two(_ value: Int) {
        if value >= 0 && value < 100 {
            put(UInt8(truncatingIfNeeded: 48 + value / 10))
            put(UInt8(truncatingIfNeeded: 48 + value % 10))
            return
        }
        if value < 10 { put(UInt8(ascii: "0")) }
        integer(value)
    }
}
