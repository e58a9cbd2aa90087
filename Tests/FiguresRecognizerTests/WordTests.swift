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

    /// The sentence filter takes a sentence with none of these for one with no amount: every
    /// word with a number role must be a numeral but the articles ("a billion": an article makes
    /// an amount only with a numeral after it), and grammar words must not.
    @Test func everyWordWithANumberRoleIsANumeral() {
        for word in Word.allCases.dropFirst() {
            guard let role = NumberRole.table[Int(word.rawValue)] else { continue }
            if case .article = role { continue }
            #expect(Word.isNumeral(word.rawValue), "\(word.spelling)")
        }
        for word in [Word.a, .the, .of, .more, .percent, .million] {
            #expect(Word.isNumeral(word.rawValue) == (word == .million), "\(word.spelling)")
        }
        #expect(!Word.isNumeral(0))
    }

    @Test func tableFindsEveryWordInAnyCase() {
        for word in Word.allCases.dropFirst() {
            #expect(Word.table.lookup(word.spelling.uppercased()) == word.rawValue)
        }
        #expect(Word.table.lookup("zillion") == nil)
    }
}
