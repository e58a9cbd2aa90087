/// An integer's decimal digits written into memory the caller provides: the one place the
/// period text and the JSON writer get their numbers from.
public enum IntegerText {
    /// Writes `value` in decimal (a minus sign when negative) at `target`, which has room for
    /// 20 bytes, and returns how many bytes it wrote.
    ///
    /// The digits are counted by comparison with powers of ten, then written from the right two
    /// at a time from a table of the pairs "00" … "99": half the divisions of one digit a time.
    @inlinable
    public static func write(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var at = 0
        if value < 0 { target[0] = UInt8(ascii: "-"); at = 1 }
        var magnitude = value.magnitude
        var digits = 1
        var power: UInt = 10
        // 10^19 is the largest power of ten a UInt holds; |Int.min| has 19 digits.
        while digits < 19 && magnitude >= power { digits += 1; power &*= 10 }
        if digits == 19 && magnitude >= power { digits = 20 }
        let pairs: StaticString = """
            00010203040506070809101112131415161718192021222324252627282930313233343536373839\
            40414243444546474849505152535455565758596061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899
            """
        let table = pairs.utf8Start
        var end = at + digits
        while magnitude >= 100 {
            let pair = Int(magnitude % 100) &* 2
            magnitude /= 100
            target[end - 1] = table[pair + 1]
            target[end - 2] = table[pair]
            end -= 2
        }
        if magnitude >= 10 {
            let pair = Int(magnitude) &* 2
            target[end - 1] = table[pair + 1]
            target[end - 2] = table[pair]
        } else {
            target[end - 1] = UInt8(ascii: "0") &+ UInt8(magnitude)
        }
        return at + digits
    }
}
