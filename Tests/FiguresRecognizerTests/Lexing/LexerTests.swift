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
}
