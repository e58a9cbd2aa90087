/// An ISO 4217 alphabetic currency code (`USD`, `EUR`, `AZN`), packed into one integer so that
/// the recogniser can compare and copy it without allocating.
public struct CurrencyCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let packed: UInt32

    /// Creates a code from three ASCII capital letters; `nil` for anything else.
    public init?(_ text: String) {
        var utf8 = text.utf8.makeIterator()
        guard let a = utf8.next(), let b = utf8.next(), let c = utf8.next(), utf8.next() == nil else { return nil }
        self.init(a, b, c)
    }

    /// Creates a code from three bytes, upper-casing ASCII letters; `nil` if any is not a letter.
    public init?(_ a: UInt8, _ b: UInt8, _ c: UInt8) {
        func upper(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 65...90: return byte
            case 97...122: return byte - 32
            default: return nil
            }
        }
        guard let a = upper(a), let b = upper(b), let c = upper(c) else { return nil }
        packed = UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
    }

    /// Writes the three letters at `target`.
    @inlinable
    public func write(to target: UnsafeMutablePointer<UInt8>) {
        target[0] = UInt8(truncatingIfNeeded: packed >> 16)
        target[1] = UInt8(truncatingIfNeeded: packed >> 8)
        target[2] = UInt8(truncatingIfNeeded: packed)
    }

    public var description: String {
        String(unsafeUninitializedCapacity: 3) { buffer in
            write(to: buffer.baseAddress!)
            return 3
        }
    }

    public static func < (lhs: CurrencyCode, rhs: CurrencyCode) -> Bool { lhs.packed < rhs.packed }
}
