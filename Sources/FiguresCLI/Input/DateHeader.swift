import FiguresCore

/// The `date YYYY-MM-DD` header of a text article (see CONTRACT.md): looked for on the first
/// line, after optional spaces and any page furniture ("Follow us … date 2024-08-19 …").
enum DateHeader {
    /// The first line is searched up to this many bytes.
    static let searchLimit = 4096

    /// The date and the byte range of the header, or `nil` when the first line has none. A header
    /// with an impossible date (2023-02-30) is returned with a `nil` day.
    static func find(in p: UnsafeBufferPointer<UInt8>) -> (Day?, Range<Int>)? {
        let limit = min(p.count, searchLimit)
        var i = 0
        while i + 15 <= limit {
            let b = p[i]
            if b == 10 { return nil }
            if (b | 0x20) == UInt8(ascii: "d"), i == 0 || !isASCIILetter(p[i - 1]),
               (p[i + 1] | 0x20) == UInt8(ascii: "a"), (p[i + 2] | 0x20) == UInt8(ascii: "t"), (p[i + 3] | 0x20) == UInt8(ascii: "e"),
               p[i + 4] == 32, isDigit(p[i + 5]), isDigit(p[i + 6]), isDigit(p[i + 7]), isDigit(p[i + 8]), p[i + 9] == 45,
               isDigit(p[i + 10]), isDigit(p[i + 11]), p[i + 12] == 45, isDigit(p[i + 13]), isDigit(p[i + 14]),
               i + 15 == p.count || !isDigit(p[i + 15]) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 5)..<(i + 15)]), as: UTF8.self)
                return (Day(iso: text), i..<(i + 15))
            }
            i += 1
        }
        return nil
    }
}
