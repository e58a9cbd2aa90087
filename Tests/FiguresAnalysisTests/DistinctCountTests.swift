@testable import FiguresAnalysis
import Testing

/// A series' number of sources is ``SeriesAnalysis/distinctCount(_:)`` of its documents' hashes:
/// it must equal a set's count whatever the texts share (their first bytes, their length), few or
/// many, ASCII or not.
struct DistinctCountTests {
    @Test func countsAsASetDoes() {
        var generator = SystemRandomNumberGenerator()
        // Pieces that make texts equal in their first eight bytes and length but different later,
        // texts of up to seven bytes, long ones, and non-ASCII ones.
        let pieces = ["0123456789abcdef", "0123456789abcdeF", "a", "ab", "", "é", "e\u{301}", "\u{0}", "x"]
        for size in [0, 1, 5, 16, 17, 40, 300] {
            for _ in 0..<50 {
                let texts = (0..<size).map { _ in (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
                #expect(SeriesAnalysis.distinctCount(texts) == Set(texts).count, "\(texts)")
            }
        }
    }

    @Test func textsSharingTheirDigestAreStillToldApart() {
        // Twenty texts of one length and one first eight bytes: one digest, twenty sources.
        let texts = (0..<20).map { "hash0000-\(Character(UnicodeScalar(UInt8(65 + $0))))" }
        #expect(Set(texts.map { SeriesAnalysis.digest($0) }).count == 1)
        #expect(SeriesAnalysis.distinctCount(texts) == 20)
        #expect(SeriesAnalysis.distinctCount(texts + texts) == 20)
    }
}
