import Testing
@testable import FiguresRecognizer

struct WordTests {
    @Test func spellingListMatchesTheCaseNames() {
        let pairs = Word.spellingPairs
        #expect(pairs.count == Word.allCases.count - 1)
        for (spelling, raw) in pairs {
            #expect(Word(rawValue: raw)?.spelling == spelling, "\(spelling) at \(raw)")
        }
    }

    @Test func tableFindsEveryWordInAnyCase() {
        for word in Word.allCases.dropFirst() {
            #expect(Word.table.lookup(word.spelling.uppercased()) == word.rawValue)
        }
        #expect(Word.table.lookup("zillion") == nil)
    }
}
