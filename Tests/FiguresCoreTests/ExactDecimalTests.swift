import FiguresCore
import Testing

@Suite struct ExactDecimalTests {
    @Test(arguments: [
        ("1200000000", "1200000000"), ("1.2e9", "1200000000"), ("0.08", "0.08"), (".5", "0.5"),
        ("-9.2321312", "-9.2321312"), ("4.800", "4.8"), ("0", "0"), ("-0.000", "0"), ("1e-12", "0.000000000001"),
        // Either side of the 64-bit fast path (18 digits), and the forms it must hand on.
        ("123456789012345678", "123456789012345678"), ("1234567890123456789", "1234567890123456789"),
        ("-0.123456789012345678", "-0.123456789012345678"), ("98765432109876543210.5", "98765432109876543210.5"),
        ("5.", "5"), ("+7", "7"), ("1200.000000000000000", "1200"),
    ])
    func parsesAndPrintsPlainDecimals(_ input: String, _ printed: String) throws {
        let value = try #require(ExactDecimal(input))
        #expect(value.description == printed)
    }

    /// Whole numbers are written straight into output buffers: the same text as `description`,
    /// and `nil` (left to the general writer) for fractions, huge exponents and wide significands.
    @Test func wholeTextIsTheDescription() throws {
        let whole = ["0", "-0", "5e9", "-7e64", "9223372036854775807", "-9223372036854775808", "1200", "-1",
                     "9223372036854775807e3"]
        for text in whole {
            let value = try #require(ExactDecimal(text))
            let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ExactDecimal.wholeTextRoom) { buffer in
                value.writeWholeText(to: buffer.baseAddress!).map { String(decoding: UnsafeBufferPointer(start: buffer.baseAddress!, count: $0), as: UTF8.self) }
            }
            #expect(written == value.description, "\(text)")
        }
        for text in ["1.5", "-0.001", "1e65", "9223372036854775808", "-9223372036854775809e2"] {
            let value = try #require(ExactDecimal(text))
            let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ExactDecimal.wholeTextRoom) { value.writeWholeText(to: $0.baseAddress!) }
            #expect(written == nil, "\(text)")
        }
    }

    @Test func rejectsNonNumbers() {
        for text in ["", "-", "1.2.3", "12a", "1e", "--1", "١٢", ".", "1..2", "+-1", "12345678901234567.8.9"] {
            #expect(ExactDecimal(text) == nil, "\(text)")
        }
    }

    @Test func scalingIsExact() throws {
        let value = try #require(ExactDecimal("1.2")?.scaled(byPowerOfTen: 9))
        #expect(value == ExactDecimal(1_200_000_000))
        #expect(value.description == "1200000000")
        #expect(ExactDecimal("0.1")!.adding(ExactDecimal("0.2")!) == ExactDecimal("0.3"))
    }

    @Test func divisionIsExactWhenItTerminates() throws {
        #expect(ExactDecimal(3).divided(by: ExactDecimal(4)) == ExactDecimal("0.75"))
        #expect(ExactDecimal(1).divided(by: ExactDecimal(8)) == ExactDecimal("0.125"))
        let third = try #require(ExactDecimal(2).divided(by: ExactDecimal(3)))
        #expect(third.description == "0.66666666666666666667")
        #expect(ExactDecimal(1).divided(by: .zero) == nil)
    }

    @Test func overflowIsReportedNotWrapped() throws {
        let big = try #require(ExactDecimal("99999999999999999999999999999999999999"))
        #expect(big.multiplied(by: ExactDecimal(10)) != nil)  // exponent grows, digits do not
        #expect(big.adding(ExactDecimal(1)) == ExactDecimal("1e38"))  // still 38 digits of range
        #expect(big.adding(ExactDecimal("0.1")!) == nil)  // would need 39 digits
        #expect(ExactDecimal("999999999999999999999999999999999999999999") == nil)
    }

    @Test func ordersByValue() throws {
        #expect(ExactDecimal("2.9")! < ExactDecimal("4")!)
        #expect(ExactDecimal("-1")! < ExactDecimal("0.5")!)
        #expect(!(ExactDecimal("1e30")! < ExactDecimal("1e-30")!))
        #expect(ExactDecimal("1e-30")! < ExactDecimal("1e30")!)
        #expect(ExactDecimal("-1e30")! < ExactDecimal("-1e-30")!)
    }

    /// ⌊log₁₀ |x|⌋ at and around every power of ten a significand can reach, against comparing
    /// with the powers themselves; zero has none.
    @Test func orderOfMagnitudeIsTheFloorOfTheLogarithm() throws {
        #expect(ExactDecimal.zero.orderOfMagnitude == nil)
        for k in -40...40 {
            let power = ExactDecimal.power(ofTen: Int32(k))
            for text in ["1", "9.99", "1.000001", "-1", "-5", "0.999"] {
                let value = try #require(ExactDecimal(text)?.multiplied(by: power))
                let order = try #require(value.orderOfMagnitude)
                #expect(value.magnitude >= ExactDecimal.power(ofTen: Int32(order)), "\(value)")
                #expect(value.magnitude < ExactDecimal.power(ofTen: Int32(order + 1)), "\(value)")
            }
        }
        #expect(ExactDecimal("999999999999999999999999999999999999")!.orderOfMagnitude == 35)
        #expect(ExactDecimal("1e6")!.orderOfMagnitude == 6)
        #expect(ExactDecimal("999999.999")!.orderOfMagnitude == 5)
    }

    @Test func powers() throws {
        #expect(ExactDecimal("2.5")!.raised(to: -1) == ExactDecimal("0.4"))
        #expect(ExactDecimal("1.1")!.raised(to: 2) == ExactDecimal("1.21"))
        #expect(ExactDecimal(10).raised(to: 200) == nil)
    }
}

@Suite struct DayTests {
    @Test func parsesRealDatesOnly() {
        #expect(Day(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2023-13-01") == nil)
        #expect(Day(iso: "2023-1-01") == nil)
        #expect(Day(iso: "1900-02-29") == nil)
        #expect(Day(iso: "2000-02-29") != nil)
    }
}

/// Plain decimal text for every shape of significand and exponent.
@Suite struct ExactDecimalTextTests {
    @Test(arguments: [
        (0, 0, "0"), (5, 0, "5"), (-5, 0, "-5"), (12, 3, "12000"), (12345, -2, "123.45"), (5, -3, "0.005"),
        (123, -3, "0.123"), (1234, -3, "1.234"), (-75, -1, "-7.5"), (-75, -4, "-0.0075"), (29, 8, "2900000000"),
    ] as [(Int, Int32, String)])
    func text(_ significand: Int, _ exponent: Int32, _ expected: String) {
        let value = ExactDecimal(significand: Int128(significand), exponent: exponent)
        #expect(value.description == expected)
        #expect(ExactDecimal(expected) == value)
    }

    @Test func significandsBeyondSixtyFourBits() throws {
        let big = try #require(ExactDecimal("123456789012345678901234567.891"))
        #expect(big.description == "123456789012345678901234567.891")
        #expect(try #require(ExactDecimal("-98765432109876543210987654321")).description == "-98765432109876543210987654321")
        #expect(try #require(ExactDecimal("0.00000000000000000000123456789012345678901")).description == "0.00000000000000000000123456789012345678901")
    }
}
