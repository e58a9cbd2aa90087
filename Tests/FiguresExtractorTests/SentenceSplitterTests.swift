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
        // Currencies written with a period before the amount: "Rs. 950 billion", "kr. 6.9 billion".
        #expect(sentences("Imports were Rs. 950 billion. Exports were kr. 6.9 billion. Trade fell.") ==
                ["Imports were Rs. 950 billion.", "Exports were kr. 6.9 billion.", "Trade fell."])
    }

    @Test func abbreviatedScalesEndASentenceBeforeACapitalisedWord() {
        #expect(sentences("Exports totalled $705 mln. Over 90 firms operate there.") ==
                ["Exports totalled $705 mln.", "Over 90 firms operate there."])
        #expect(sentences("Trade hit $2 bn. A new plant opened. Sales rose 5 pct. Prices fell.") ==
                ["Trade hit $2 bn.", "A new plant opened.", "Sales rose 5 pct.", "Prices fell."])
        // Before a code in capitals or a lower-case word, the period is the abbreviation's.
        #expect(sentences("Loans of 5 mln. USD and 2 bln. U.S. dollars were repaid. Trade rose 3 mln. in May.") ==
                ["Loans of 5 mln. USD and 2 bln. U.S. dollars were repaid.", "Trade rose 3 mln. in May."])
    }

    @Test func listItemsOnLinesOfTheirOwnAreSentencesUnlessAColonLedTheList() {
        #expect(sentences("Highlights of the month\n- Korean exports to Indonesia: US$8.2bn\n• Korean FDI, Q3: US$412mn\n* Firms: around 2,200") ==
                ["Highlights of the month", "- Korean exports to Indonesia: US$8.2bn", "• Korean FDI, Q3: US$412mn", "* Firms: around 2,200"])
        #expect(sentences("Brief\n- Trade: $18.1bn\n- FDI: $412mn") == ["Brief", "- Trade: $18.1bn", "- FDI: $412mn"])
        #expect(sentences("The largest investors were:\n- United Kingdom: $1.7 billion\n- Russia: $0.5 billion") ==
                ["The largest investors were:\n- United Kingdom: $1.7 billion\n- Russia: $0.5 billion"])
        // A dash inside a line is no list.
        #expect(sentences("Trade rose - slowly - to $2 billion.") == ["Trade rose - slowly - to $2 billion."])
    }

    @Test func aWireDatelineIsASentenceOfItsOwn() {
        #expect(sentences("KUALA LUMPUR, March 28 (Bernama) -- Malaysia's trade rose. It grew.") ==
                ["KUALA LUMPUR, March 28 (Bernama) --", "Malaysia's trade rose.", "It grew."])
        #expect(sentences("Tashkent, Uzbekistan (UzDaily.com) -- In 2024, investment rose.") ==
                ["Tashkent, Uzbekistan (UzDaily.com) --", "In 2024, investment rose."])
        #expect(sentences("RIYADH: Chinese firms invested more.") == ["RIYADH:", "Chinese firms invested more."])
        #expect(sentences("Mexico City, Feb 6 (Prensa Latina) Mexico traded more.") ==
                ["Mexico City, Feb 6 (Prensa Latina)", "Mexico traded more."])
        #expect(sentences("HÀ NỘI — Exports rose.\n\nACCRA, July 18, GNA – Imports fell.") ==
                ["HÀ NỘI —", "Exports rose.", "ACCRA, July 18, GNA –", "Imports fell."])
        // No dateline: a lower-case word comes first, or a bracket closes with no comma before it.
        #expect(sentences("Foreign Direct Investment (FDI) in Chile rose. Exports rose 5 percent – a record.") ==
                ["Foreign Direct Investment (FDI) in Chile rose.", "Exports rose 5 percent – a record."])
        #expect(sentences("Indo-Pacific Trade Rose: exports grew.") == ["Indo-Pacific Trade Rose: exports grew."])
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
