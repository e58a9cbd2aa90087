/// Interns short texts read as bytes (periods, dates): each distinct text is parsed once and
/// later rows find its index by a hash of at most 16 bytes, without making a `String`.
struct TextIndex {
    /// Up to 15 bytes and the length, packed in two integers.
    private struct Packed: Hashable {
        var a: UInt64 = 0
        var b: UInt64 = 0
    }

    private var short: [Packed: Int32] = [:]
    private var long: [String: Int32] = [:]

    /// The index in `values` of the value `text` stands for; `parse` makes it (and is called
    /// once per distinct text), and it is appended to `values`.
    mutating func index<Value, Failure: Error>(of text: UnsafeBufferPointer<UInt8>, in values: inout [Value],
                                               parse: (String) throws(Failure) -> Value) throws(Failure) -> Int32 {
        guard text.count <= 15 else {
            let string = String(decoding: text, as: UTF8.self)
            if let known = long[string] { return known }
            values.append(try parse(string))
            long[string] = Int32(values.count - 1)
            return Int32(values.count - 1)
        }
        var key = Packed(b: UInt64(text.count) << 56)
        for (i, byte) in text.enumerated() {
            if i < 8 { key.a |= UInt64(byte) << (8 * i) } else { key.b |= UInt64(byte) << (8 * (i - 8)) }
        }
        if let known = short[key] { return known }
        values.append(try parse(String(decoding: text, as: UTF8.self)))
        short[key] = Int32(values.count - 1)
        return Int32(values.count - 1)
    }
}
