extension Token {
    /// The token's text with ASCII letters lower-cased.
    public func lowercasedText(in p: UnsafeBufferPointer<UInt8>) -> String {
        let source = UnsafeBufferPointer(rebasing: p[span])
        guard source.count <= 32 else {
            return String(decoding: source.map(WordTable.lower), as: UTF8.self)
        }
        // Short words: lower-case on the stack, no array on the heap.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { buffer in
            for i in 0..<source.count { buffer[i] = WordTable.lower(source[i]) }
            return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
        }
    }

    /// Whether the token's bytes spell `text` (a lower-case ASCII word unless `caseSensitive`),
    /// compared without building a string.
    @inlinable
    public func spells(_ text: StaticString, in p: UnsafeBufferPointer<UInt8>, caseSensitive: Bool = false) -> Bool {
        guard length == text.utf8CodeUnitCount else { return false }
        let base = Int(start)
        for i in 0..<length {
            let byte = p[base + i]
            if (caseSensitive ? byte : WordTable.lower(byte)) != text.utf8Start[i] { return false }
        }
        return true
    }
}
