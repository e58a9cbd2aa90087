@testable import FiguresCore
@testable import FiguresExtractor
import FiguresRecognizer
import Testing

/// ``CompanyBase``: the companies a text introduces with a home country. Each introduced name's
/// first word is marked ⟦…⟧ followed by its country (`⟦BYD⟧CN`); a text with no mark
/// introduces none (a title or an institution after a country's possessive, a lower-case
/// description with no company noun, a country after "-based").
struct CompanyBaseTests {
    @Test(arguments: [
        "Shenzhen-based ⟦BYD⟧CN will build a plant in Brazil.",
        "The port is majority-owned by China's ⟦Cosco⟧CN Shipping.",
        "U.S. software giant ⟦Microsoft⟧US said on Thursday it would expand.",
        "Japanese carmaker ⟦Toyota⟧JP and South Korea's state-owned ⟦Kepco⟧KR signed a deal.",
        "Tokyo-based trading house ⟦Marunaka⟧JP opened an office.",
        "Mumbai-based ⟦Tata⟧IN Steel put money into its unit.",
        "⟦ArcelorMittal⟧LU, the Luxembourg-headquartered steelmaker, will expand.",
        "Osaka-headquartered parts maker ⟦Sanwa⟧JP opened a plant.",
        "⟦Tesla⟧US, the U.S. electric carmaker, plans a factory.",
        "The minister spoke on Monday, the Korean automaker ⟦Hyundai⟧KR said.",
        "Chinese President Xi Jinping met Peru's President Dina Boluarte.",
        "Vietnam's Ministry of Planning and Investment released the data.",
        "China's Commerce Ministry said exports rose.",
        "Chinese investment rose while Japanese exports to Vietnam fell.",
        "An Ohio-based company bought German machinery.",
    ])
    func readsIntroductions(_ marked: String) throws {
        var text = ""
        var expected: [(word: String, code: String)] = []
        var rest = Substring(marked)
        while let open = rest.range(of: "⟦"), let close = rest.range(of: "⟧") {
            text += rest[..<open.lowerBound]
            let word = String(rest[open.upperBound..<close.lowerBound])
            text += word
            let code = rest[close.upperBound...].prefix(2)
            expected.append((word, String(code)))
            rest = rest[close.upperBound...].dropFirst(2)
        }
        text += rest
        var copy = text
        let found: [(word: String, code: String)] = copy.withUTF8 { p in
            var scanned = ScannedText()
            Lexer.scan(p, into: &scanned)
            let context = DocumentContext(bytes: p, scanned: scanned, published: nil, lexicon: ExtractorLexicon.shared)
            let bases = CompanyBase(context: context, mentions: Gazetteer.mentions(in: scanned, bytes: p))
            return bases.entries.map { entry in
                (String(decoding: UnsafeBufferPointer(rebasing: p[scanned.tokens[entry.token].span]), as: UTF8.self), entry.code.description)
            }
        }
        #expect(found.map(\.word) == expected.map(\.word), "\(text)")
        #expect(found.map(\.code) == expected.map(\.code), "\(text)")
    }

    /// A later mention of an introduced name finds its country; an unknown name, a name only
    /// introduced after the limit, and a different capitalised word find none.
    @Test func findsTheCountryOfALaterMention() throws {
        var text = "Shenzhen-based BYD opened a plant. In Thailand, BYD has invested heavily, and Chery and Byd too."
        text.withUTF8 { p in
            var scanned = ScannedText()
            Lexer.scan(p, into: &scanned)
            let context = DocumentContext(bytes: p, scanned: scanned, published: nil, lexicon: ExtractorLexicon.shared)
            let bases = CompanyBase(context: context, mentions: Gazetteer.mentions(in: scanned, bytes: p))
            let words = scanned.tokens.indices.filter { scanned.tokens[$0].kind == .word }
            func token(_ w: String, after: Int = 0) -> Int {
                words.first { $0 > after && String(decoding: UnsafeBufferPointer(rebasing: p[scanned.tokens[$0].span]), as: UTF8.self) == w }!
            }
            let first = token("BYD"), later = token("BYD", after: first)
            #expect(bases.code(ofWordAt: later, before: later, in: context) == CountryCode("CN"))
            #expect(bases.code(ofWordAt: later, before: first, in: context) == nil)
            #expect(bases.code(ofWordAt: token("Chery"), before: scanned.tokens.count, in: context) == nil)
            #expect(bases.code(ofWordAt: token("Byd"), before: scanned.tokens.count, in: context) == nil)
            #expect(bases.last(in: 0..<scanned.tokens.count) == CountryCode("CN"))
            #expect(bases.last(in: later..<scanned.tokens.count) == nil)
        }
    }
}
