import FiguresCore

/// The ISO 8601 text of a recognised date, written as bytes straight into a ``ShortText``
/// rather than through string interpolation: `2020-11-10`, `2023-03`, `2021`, `--11-10`, and
/// spans of years `2020/2021`.
enum DateText {
    /// `year`, then `-MM` and `-DD` when given; with no year, `--MM-DD`. Months and days below
    /// ten get a leading zero.
    static func date(year: Int?, month: Int? = nil, day: Int? = nil) -> ShortText {
        write { p in
            var at = 0
            if let year { at = IntegerText.write(year, to: p) } else { p[0] = UInt8(ascii: "-"); at = 1 }
            for part in [month, day] {
                guard let part else { continue }
                p[at] = UInt8(ascii: "-")
                at += 1
                if part < 10 { p[at] = UInt8(ascii: "0"); at += 1 }
                at += IntegerText.write(part, to: p + at)
            }
            return at
        }
    }

    /// `first/last`.
    static func span(_ first: Int, _ last: Int) -> ShortText {
        write { p in
            var at = IntegerText.write(first, to: p)
            p[at] = UInt8(ascii: "/")
            at += 1
            return at + IntegerText.write(last, to: p + at)
        }
    }

    /// The text `body` writes (at most 72 bytes: three integers and their marks).
    private static func write(_ body: (UnsafeMutablePointer<UInt8>) -> Int) -> ShortText {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 72) { buffer in
            let count = body(buffer.baseAddress!)
            return ShortText(utf8: UnsafeBufferPointer(start: buffer.baseAddress!, count: count))
        }
    }
}
