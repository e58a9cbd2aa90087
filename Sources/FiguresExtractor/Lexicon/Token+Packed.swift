import FiguresRecognizer

extension Token {
    /// The token's first eight bytes, ASCII letters lower-cased, packed into an integer (first
    /// byte lowest): a short word is compared, or a word grouped by its start, in one comparison
    /// and without building a string.
    @inline(__always)
    func packedLowercasePrefix(in p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for i in stride(from: min(length, 8) - 1, through: 0, by: -1) { key = key << 8 | UInt64(WordTable.lower(p[Int(start) + i])) }
        return key
    }

    /// `word` packed as ``packedLowercasePrefix(in:)`` packs a token of the same lower-case bytes.
    static func packedLowercase(_ word: String) -> UInt64 {
        word.utf8.prefix(8).reversed().reduce(0) { $0 << 8 | UInt64(WordTable.lower($1)) }
    }
}
