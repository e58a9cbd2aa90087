/// Interns short texts read as bytes (periods, dates): each distinct text is parsed once and
/// later rows find its index by a hash of at most 15 bytes, without making a `String`.
///
/// Texts of up to 15 bytes are packed with their length into two integers and kept in an
/// open-addressing table (linear probing, at most half full); longer ones go through a
/// dictionary of strings.
struct TextIndex {
    private var keysA: [UInt64] = Array(repeating: 0, count: 64)
    private var keysB: [UInt64] = Array(repeating: 0, count: 64)
    /// Index into the values plus one; 0 marks an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var used = 0
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
        var a: UInt64 = 0, b = UInt64(text.count) << 56
        for i in 0..<text.count {
            if i < 8 { a |= UInt64(text[i]) << (8 * i) } else { b |= UInt64(text[i]) << (8 * (i - 8)) }
        }
        let mask = slots.count - 1
        var slot = Self.hash(a, b) & mask
        while slots[slot] != 0 {
            if keysA[slot] == a && keysB[slot] == b { return slots[slot] - 1 }
            slot = (slot + 1) & mask
        }
        values.append(try parse(String(decoding: text, as: UTF8.self)))
        let index = Int32(values.count - 1)
        insert(a, b, index + 1, at: slot)
        return index
    }

    private static func hash(_ a: UInt64, _ b: UInt64) -> Int {
        Int(truncatingIfNeeded: ((a ^ (b &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD) >> 29)
    }

    private mutating func insert(_ a: UInt64, _ b: UInt64, _ value: Int32, at slot: Int) {
        keysA[slot] = a
        keysB[slot] = b
        slots[slot] = value
        used += 1
        guard used * 2 > slots.count else { return }
        // Grow: re-insert every entry into a table twice the size.
        let (oldA, oldB, oldSlots) = (keysA, keysB, slots)
        let size = slots.count * 2
        keysA = Array(repeating: 0, count: size)
        keysB = Array(repeating: 0, count: size)
        slots = Array(repeating: 0, count: size)
        for n in oldSlots.indices where oldSlots[n] != 0 {
            var s = Self.hash(oldA[n], oldB[n]) & (size - 1)
            while slots[s] != 0 { s = (s + 1) & (size - 1) }
            keysA[s] = oldA[n]
            keysB[s] = oldB[n]
            slots[s] = oldSlots[n]
        }
    }
}
