@testable import FiguresExtractor
import FiguresRecognizer
import Testing

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { p in
            var scanned = ScannedText()
            Lexer.scan(p, into: &scanned)
            return SentenceSplitter.split(scanned, bytes: p).map { s in
                String(decoding: UnsafeBufferPointer(rebasing: p[Int(scanned.tokens[s.start].start)..<Int(scanned.tokens[s.end - 1].end)]),
                       as: UTF8.self)
            }
        }
    }

    @Test func abbreviationsDecimalsAndInitialsDoNotSplit() {
        #expect(sentences("Mr. Smith met the U.S. envoy on Jan. 5. Trade rose 2.5 percent.") ==
                ["Mr. Smith met the U.S. envoy on Jan. 5.", "Trade rose 2.5 percent."])
    }

    @Test func quotesAndMissingSpacesSplit() {
        #expect(sentences("He said \"we agree.\" Then he left.") == ["He said \"we agree.\"", "Then he left."])
        #expect(sentences("said President Putin.He also noted it.") == ["said President Putin.", "He also noted it."])
    }

    @Test func paragraphsAreBoundaries() {
        let parts = sentences("Trade grew\n\nInvestment fell")
        #expect(parts == ["Trade grew", "Investment fell"])
    }

    @Test func bracketedEditorialNotesStayInside() {
        #expect(sentences("slightly over 4 billion [annual turnover – ed.] is a good figure. Next.").count == 2)
    }
}
