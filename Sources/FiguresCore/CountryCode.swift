/// An ISO 3166-1 alpha-2 code (`AZ`, `RU`), or `EU` for the European Union.
///
/// Stored as its two letters in one integer (first letter in the high byte), so codes compare,
/// hash and copy as integers; the integer order is the alphabetical order of the codes.
public struct CountryCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    let packed: UInt16

    /// `nil` unless `code` is two ASCII capital letters.
    public init?(_ code: String) {
        var letters: (UInt8, UInt8) = (0, 0)
        var count = 0
        for byte in code.utf8 {
            guard count < 2, byte >= 65 && byte <= 90 else { return nil }
            if count == 0 { letters.0 = byte } else { letters.1 = byte }
            count += 1
        }
        guard count == 2 else { return nil }
        packed = UInt16(letters.0) << 8 | UInt16(letters.1)
    }

    /// The two capital letters.
    public var code: String {
        String(unsafeUninitializedCapacity: 2) { buffer in
            write(to: buffer.baseAddress!)
            return 2
        }
    }

    /// Writes the two letters at `target`.
    public func write(to target: UnsafeMutablePointer<UInt8>) {
        target[0] = UInt8(truncatingIfNeeded: packed >> 8)
        target[1] = UInt8(truncatingIfNeeded: packed)
    }

    public var description: String { code }
    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.packed < rhs.packed }
}
