@testable import FiguresAnalysis
import Foundation
import Testing

struct FormattingTests {
    /// The integer rounding of ``Formatting/oneDecimal(_:)`` against the C library's `%.1f`, on
    /// ties (exact in binary, or only in decimal), tiny and subnormal values, and a deterministic
    /// spread of values across every scale a growth rate can take.
    @Test func oneDecimalWritesWhatPrintfWrites() {
        var values: [Double] = [0, 0.05, 0.15, 0.25, 0.35, 0.45, 0.95, 1.25, 2.5, 2.45, 17.35, 99.95, 999.95,
                                1e-300, 5e-324, Double.leastNormalMagnitude, 123456789.05, 999_999_999_999_999.0,
                                4.35, 0.049999999999999996, 37.93103448275862]
        var state: UInt64 = 42
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let mantissa = Double(state >> 11) / Double(1 << 53)
            let scale = pow(10.0, Double(Int(state % 19)) - 6)
            values.append(mantissa * scale)
            values.append(Double(Int(state % 100_000)) / 100)  // two decimals, ending in 5 one time in ten
        }
        for value in values {
            #expect(Formatting.oneDecimal(value) == String(format: "%.1f", value), "\(value)")
        }
    }
}
