/// An integer's decimal digits written into memory the caller provides: the one place the
/// period text and the JSON writer get their numbers from.
public enum IntegerText {
    /// Writes `value` in decimal (a minus sign when negative) at `target`, which has room for
    /// 20 bytes, and returns how many bytes it wrote.
    @inlinable
    public static func write(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var at = 0
        if value < 0 { target[0] = UInt8(ascii: "-"); at = 1 }
        var magnitude = value.magnitude
        var digits = 1
        var probe = magnitude
        while probe >= 10 { probe /= 10; digits += 1 }
        for i in stride(from: at + digits - 1, through: at, by: -1) {
            target[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        }
        return at + digits
    }
}
