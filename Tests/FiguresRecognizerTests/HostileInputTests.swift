import FiguresCore
import FiguresRecognizer
import Testing

/// Any byte sequence is accepted: no crash, no hang, and the good parts still recognised.
@Suite struct HostileInputTests {
    let recognizer = Recognizer()

    func recognize(_ bytes: [UInt8]) -> Recognition {
        bytes.withUnsafeBufferPointer { recognizer.recognize($0) }
    }

    @Test func invalidUTF8InEveryFormKeepsTheRest() {
        let forms: [[UInt8]] = [
            [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0xAF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xFE], [0xC2], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        ]
        for form in forms {
            let bytes = Array("Exports reached $".utf8) + form + Array(" $2.5 billion".utf8) + form + Array("in 2021".utf8)
            let found = recognize(bytes).quantities
            #expect(found.contains { $0.kind == .money && $0.value == ExactDecimal("2500000000") }, "\(form)")
            for q in found { #expect(q.span.upperBound <= bytes.count) }
        }
    }

    /// Found by libFuzzer: a leading point before a dotted sequence made an empty token and the
    /// lexer never advanced.
    @Test func leadingPointBeforeADottedSequenceTerminates() {
        let found = recognizer.recognize("The Federal Reserve raised rates by .5.25 percen!\u{0}ge point.").quantities
        #expect(found.contains { $0.value == ExactDecimal("0.5") })
        for text in [".5.25", "..5.5.5", ".1.2.3.4", "x.9.9"] {
            _ = recognizer.recognize(text)
        }
    }

    @Test func nulBytesAndControlCharacters() {
        let bytes = Array("\u{0}\u{1}$5 million\u{0}\u{7F}\u{1B}[31m 3%\u{0}".utf8)
        let found = recognize(bytes).quantities
        #expect(found.map(\.kind) == [.money, .percent])
    }

    @Test func aLongLineWithNoSpaces() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 4 << 20) + Array(" worth $3 billion".utf8)
        let found = recognize(bytes).quantities
        #expect(found.count == 1)
        #expect(found.first?.value == ExactDecimal(3_000_000_000))
    }

    @Test func aMillionDigitsAreUnparsableNotWrapped() {
        let bytes = Array("Debt of $".utf8) + [UInt8](repeating: UInt8(ascii: "9"), count: 1_000_000) + Array(" and 5%".utf8)
        let recognition = recognize(bytes)
        #expect(recognition.unparsable.count == 1)
        #expect(recognition.unparsable.first?.count == 1_000_000)
        #expect(recognition.quantities.filter { $0.kind == .money }.isEmpty)
        #expect(recognition.quantities.contains { $0.kind == .percent && $0.value == ExactDecimal(5) })
    }

    /// Digits are gathered 18 at a time in 64 bits and then folded into 128 bits: numbers on
    /// both sides of each fold, and up to the 38 digits that fit, keep every digit.
    @Test(arguments: [1, 17, 18, 19, 20, 35, 36, 37, 38])
    func longNumbersKeepEveryDigit(_ length: Int) throws {
        let digits = String((0..<length).map { Character(String(($0 * 7 + 3) % 10)) })
        // 38 significant digits at most: the decimal forms add two.
        for written in [digits, "0." + digits] + (length <= 36 ? [digits + ".25"] : []) {
            let found = recognizer.recognize("The count was \(written) in all.").quantities
            let expected = try #require(ExactDecimal(written))
            #expect(found.count == 1)
            #expect(found.first?.value == expected, "\(written)")
        }
    }

    @Test func thirtyNineDigitsAreUnparsable() {
        let recognition = recognizer.recognize("A total of " + String(repeating: "9", count: 39) + " units.")
        #expect(recognition.unparsable.count == 1)
        #expect(recognition.quantities.isEmpty)
    }

    @Test func overflowingScalesAreNotWrapped() {
        let text = "It cost 10000000000000000000000000000000000 billion billion dollars and then $5."
        let found = recognizer.recognize(text).quantities
        for q in found {
            if let v = q.value { #expect(v.significand > 0) }
        }
        #expect(found.contains { $0.kind == .money && $0.value == ExactDecimal(5) })
    }

    @Test func repeatedScaleWords() {
        let text = String(repeating: "billion ", count: 1_000_000) + "4 billion dollars"
        let found = recognizer.recognize(text).quantities
        #expect(found.count == 1)
        #expect(found.first?.value == ExactDecimal(4_000_000_000))
    }

    @Test func deeplyNestedBracketsAndQuotes() {
        let text = String(repeating: "([{\"'", count: 50_000) + "$7 billion" + String(repeating: "'\"}])", count: 50_000)
        let found = recognizer.recognize(text).quantities
        #expect(found.count == 1)
        #expect(found.first?.value == ExactDecimal(7_000_000_000))
    }

    @Test func everySingleByteAndPair() {
        for a in 0...255 {
            for b in stride(from: 0, through: 255, by: 17) {
                let bytes: [UInt8] = [UInt8(a), UInt8(b), 49, UInt8(a), 32, 50]
                let found = recognize(bytes).quantities
                for q in found { #expect(q.span.lowerBound >= 0 && q.span.upperBound <= bytes.count) }
            }
        }
    }
}
