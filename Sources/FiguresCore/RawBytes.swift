/// Matching raw values given as UTF-8 bytes against a few names.
enum RawBytes {
    /// The value whose name is exactly `bytes`.
    static func match<Value>(_ bytes: UnsafeBufferPointer<UInt8>, in names: [([UInt8], Value)]) -> Value? {
        for (name, value) in names where name.count == bytes.count {
            var equal = true
            for i in 0..<name.count where name[i] != bytes[i] { equal = false; break }
            if equal { return value }
        }
        return nil
    }
}
