@testable import FiguresExtractor
import Testing

/// ``SentenceMarks`` keeps the first 128 tokens' marks as bits and the rest in a list: whatever
/// the sentence's length and start, it must answer as a set of the marked tokens inside the
/// sentence does, at the words' edges (63, 64, 127, 128) too.
struct SentenceMarksTests {
    @Test(arguments: [0, 1, 63, 64, 65, 127, 128, 129, 300])
    func answersAsASetOfTheSentencesTokens(length: Int) {
        var generator = SystemRandomNumberGenerator()
        for start in [0, 7, 1000] {
            let sentence = Sentence(start: start, end: start + length, paragraph: 0)
            var marks = SentenceMarks(sentence)
            var expected = Set<Int>()
            // Ranges that start before the sentence, end after it, or sit at the words' edges.
            var ranges = [start - 3..<start + 2, start + 62..<start + 66, start + 126..<start + 130, start + length - 1..<start + length + 4]
            for _ in 0..<20 {
                let lower = Int.random(in: start - 5...start + length + 5, using: &generator)
                ranges.append(lower..<lower + Int.random(in: 0...6, using: &generator))
            }
            for range in ranges {
                marks.insert(range)
                for k in range where k >= start && k < start + length { expected.insert(k) }
                for k in start - 6..<start + length + 6 {
                    #expect(marks.contains(k) == expected.contains(k), "token \(k) of \(start)..<\(start + length)")
                }
            }
        }
    }
}
