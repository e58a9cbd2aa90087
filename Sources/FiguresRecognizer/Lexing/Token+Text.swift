extension Token {
    /// The token's text with ASCII letters lower-cased.
    public func lowercasedText(in p: UnsafeBufferPointer<UInt8>) -> String {
        var bytes = [UInt8](UnsafeBufferPointer(rebasing: p[span]))
        for i in bytes.indices { bytes[i] = WordTable.lower(bytes[i]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the token's bytes spell `text` (a lower-case ASCII word unless `caseSensitive`),
    /// compared without building a string.
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
