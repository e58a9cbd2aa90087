/// An exact decimal number: `significand × 10^exponent`.
///
/// Values read from text ("1.2 billion", "1,270", "0.08") are decimal by nature, so they are kept
/// as an integer significand and a power of ten instead of a binary `Double`: `1.2 billion` is
/// `12 × 10^8` and prints as `1200000000`, never `1199999999.9999998`.
///
/// - The representation is normalised: the significand carries no trailing zeros (zero is `0 × 10^0`),
///   so equal values have equal representations and `==`/`hash` are structural.
/// - The significand is an `Int128` (38 decimal digits). Operations that would need more digits
///   report overflow by returning `nil` instead of wrapping or trapping.
/// - Division is exact when the quotient terminates in decimal (`3/4 = 0.75`); otherwise it is rounded
///   half away from zero to ``ExactDecimal/divisionDigits`` significant digits (`2/3 = 0.666…667`).
public struct ExactDecimal: Hashable, Sendable {
    public private(set) var significand: Int128
    public private(set) var exponent: Int32

    /// Significant digits kept by a non-terminating division.
    public static let divisionDigits = 20

    public static let zero = ExactDecimal(significand: 0, exponent: 0)
    public static let one = ExactDecimal(significand: 1, exponent: 0)

    /// Creates `significand × 10^exponent`, normalised.
    public init(significand: Int128, exponent: Int32 = 0) {
        self.significand = significand
        self.exponent = exponent
        normalize()
    }

    public init(_ value: Int) {
        self.init(significand: Int128(value), exponent: 0)
    }

    /// `10^power` for `power` in `0...38`.
    @usableFromInline
    static let powersOfTen: [Int128] = {
        var table: [Int128] = [1]
        for _ in 1...38 { table.append(table[table.count - 1] * 10) }
        return table
    }()

    /// `10^exponent` as an exact decimal.
    public static func power(ofTen exponent: Int32) -> ExactDecimal {
        ExactDecimal(significand: 1, exponent: exponent)
    }

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }

    /// True when the value has no fractional part.
    public var isInteger: Bool { exponent >= 0 }

    /// The value as an integer, when it is one and fits in `Int`.
    public var intValue: Int? {
        guard exponent >= 0, exponent <= 38 else { return nil }
        let (product, overflow) = significand.multipliedReportingOverflow(by: Self.powersOfTen[Int(exponent)])
        guard !overflow, let small = Int(exactly: product) else { return nil }
        return small
    }

    /// The nearest `Double`, for display scaling and charts only (never for stored values).
    ///
    /// Correctly rounded when the significand has at most 53 bits and the exponent is within
    /// ±22 (both factors are then exact doubles and one multiplication or division rounds once);
    /// otherwise the nearest the general conversion gives.
    public var doubleValue: Double {
        if let small = Int64(exactly: significand), small.magnitude < 1 << 53, (-22...22).contains(exponent) {
            let power = exactPowersOfTen[Int(exponent.magnitude)]
            return exponent >= 0 ? Double(small) * power : Double(small) / power
        }
        return Double(significand) * pow10(Int(exponent))
    }

    /// Number of decimal digits in the significand.
    public var digitCount: Int {
        // Compared with powers of ten: a 128-bit division per digit is a library call.
        let magnitude = significand.magnitude
        var count = 1
        while count < Self.powersOfTen.count && UInt128(Self.powersOfTen[count]) <= magnitude { count += 1 }
        return count
    }

    /// ⌊log₁₀ |self|⌋ for a nonzero value, nil for zero: a normalised `s × 10^e` with `d` digits
    /// lies in `[10^(d−1+e), 10^(d+e))`, so this is `d − 1 + e`. `|self| ≥ 10^k` exactly when it is
    /// at least `k`, which compares with a power of ten without aligning two significands.
    public var orderOfMagnitude: Int? {
        isZero ? nil : digitCount - 1 + Int(exponent)
    }

    private mutating func normalize() {
        if significand == 0 { exponent = 0; return }
        // Trailing zeros of a significand that fits 64 bits are stripped in 64-bit arithmetic.
        if let small = Int64(exactly: significand) {
            var s = small
            while s % 10 == 0 {
                s /= 10
                exponent += 1
            }
            significand = Int128(s)
            return
        }
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
    }
}

/// 10^0 … 10^22: every one is exactly representable as a Double.
private let exactPowersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

private func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    if exponent >= 0 {
        for _ in 0..<min(exponent, 400) { result *= 10 }
    } else {
        for _ in 0..<min(-exponent, 400) { result /= 10 }
    }
    return result
}
