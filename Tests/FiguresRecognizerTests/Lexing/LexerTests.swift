@testable import FiguresRecognizer
import Testing

/// The lexer writes tokens into an array sized for one token per five bytes and goes on in a
/// larger one when a text has more: tokens, their spans and flags, and the literals the numbers
/// point to must come out the same however many times it grows.
struct LexerTests {
    static func scan(_ text: String) -> ScannedText {
        var copy = text
        var scanned = ScannedText()
        copy.withUTF8 { Lexer.scan($0, into: &scanned) }
        return scanned
    }

    @Test(arguments: [1, 5, 40, 1000, 20_000])
    func oneTokenPerByteGrowsTheRoom(count: Int) {
        let scanned = Self.scan(String(repeating: "!", count: count))
        #expect(scanned.tokens.count == count)
        #expect(scanned.tokens.enumerated().allSatisfy { $0.element.span == $0.offset..<$0.offset + 1 && $0.element.isSymbol(.exclamation) })
    }

    @Test(arguments: [3, 300, 9_000])
    func numbersKeepTheirLiteralsAcrossGrowth(count: Int) {
        // "7!" repeated: a number and a symbol every two bytes, a token per byte.
        let scanned = Self.scan(String(repeating: "7!", count: count))
        #expect(scanned.tokens.count == 2 * count)
        #expect(scanned.literals.count == count)
        for (index, token) in scanned.tokens.enumerated() where index % 2 == 0 {
            #expect(token.kind == .number && token.literal == Int32(index / 2) && token.span == index..<index + 1)
        }
    }

    @Test func wordsKeepTheirFlagsAcrossGrowth() {
        // "a B " repeated: words of one letter, every other one capitalised, a space before all but the first.
        let count = 5_000
        let scanned = Self.scan(String(repeating: "a B ", count: count))
        #expect(scanned.tokens.count == 2 * count)
        for (index, token) in scanned.tokens.enumerated() {
            #expect(token.kind == .word && token.span == 2 * index..<2 * index + 1)
            #expect(token.spaceBefore == (index > 0) && token.flags.contains(.capitalized) == (index % 2 == 1))
        }
    }

    @Test func aReusedScanStartsAfresh() {
        var scanned = ScannedText()
        var long = String(repeating: "12 ", count: 100)
        long.withUTF8 { Lexer.scan($0, into: &scanned) }
        var short = "Exports of 5"
        short.withUTF8 { Lexer.scan($0, into: &scanned) }
        #expect(scanned.tokens.count == 3 && scanned.literals.count == 1 && scanned.tokens[2].literal == 0)
    }

    /// Plain integers take a short path (`readPlainInteger`): every literal and token must be the
    /// one the general path reads, whatever byte follows the digits.
    @Test func plainIntegersReadAsTheGeneralPathReadsThem() {
        func describe(_ bytes: [UInt8], plain: Bool) -> [String] {
            var scanned = ScannedText()
            bytes.withUnsafeBufferPointer { Lexer.scan($0, into: &scanned, readsPlainIntegers: plain) }
            return scanned.tokens.map { t in
                var text = "\(t.start)-\(t.end) \(t.kind) \(t.flags.rawValue) \(t.word) \(t.literal)"
                if let l = scanned.literal(t) {
                    text += " \(l.value.map(String.init(describing:)) ?? "nil") \(l.form) \(l.suffix) \(l.digitsEnd) \(l.integerDigits) \(l.leadingZero) \(l.parts)"
                }
                return text
            }
        }
        let runs = ["0", "7", "05", "42", "999", "2015", "12345", "000123", "123456789012345678", "1234567890123456789", "99999999999999999999"]
        var tails: [[UInt8]] = (0...255).map { [UInt8($0)] }
        tails += ["234", " 234", " 23", " 2345", " x", "-16", "-2016", "-04-16", "\u{2013}21", "/4", "/17/2018", ",5", ",000", ",000,000",
                  ".5", ".111,11", "e3", "E+4", "x10^3", "^2", "\u{00D7}10^3", "\u{00BD}", "\u{00A0}000", "\u{202F}000", "\u{2009}000",
                  "bn", "th", "s", "USD", "%", "m ", "k.",
                  ", ", ",a", ". ", ".a", "..5", "-a", "- ", "-5", "/ ", "/a", "e ", "e+", "e-", "e-5", "euros", "E5", "x1", "x10", "x2", "x ",
                  "  234", " 234,5", " 234 567"].map { Array($0.utf8) }
        for prefix in ["", "a ", "$", "1.", "3-", "x"] {
            for run in runs {
                for tail in tails {
                    let bytes = Array(prefix.utf8) + Array(run.utf8) + tail
                    let fast = describe(bytes, plain: true)
                    let general = describe(bytes, plain: false)
                    #expect(fast == general, "\(bytes)")
                }
            }
        }
    }
}
