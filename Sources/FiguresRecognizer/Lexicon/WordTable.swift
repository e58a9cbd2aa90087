/// A case-insensitive map from ASCII word spellings to small integer ids, searched straight from
/// UTF-8 bytes without building strings (open addressing, FNV-1a hash of the lower-cased bytes).
public struct WordTable: Sendable {
    /// One open-addressing slot: the key's hash, where its lower-cased bytes are, and its id.
    /// A length of 0 marks an empty slot (keys are never empty).
    private struct Slot {
        var hash: UInt64 = 0
        var offset: Int32 = 0
        var length: UInt8 = 0
        var value: UInt16 = 0
    }

    private var slots: [Slot]
    private var keyBytes: [UInt8]
    private let mask: Int

    /// Builds a table from (spelling, id) pairs; spellings longer than 255 bytes are ignored.
    public init(_ pairs: [(String, UInt16)]) {
        var capacity = 64
        while capacity < pairs.count * 3 { capacity <<= 1 }
        mask = capacity - 1
        slots = Array(repeating: Slot(), count: capacity)
        keyBytes = []
        for (spelling, value) in pairs {
            let bytes = Array(spelling.lowercased().utf8)
            guard !bytes.isEmpty, bytes.count <= 255 else { continue }
            if bytes.withUnsafeBufferPointer({ lookup($0) }) != nil { continue }
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].length > 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(hash: hash, offset: Int32(keyBytes.count), length: UInt8(bytes.count), value: value)
            keyBytes.append(contentsOf: bytes)
        }
    }

    /// ASCII lower case; other bytes unchanged. Branch-free: one wrapping subtraction and compare.
    @inlinable @inline(__always)
    public static func lower(_ byte: UInt8) -> UInt8 {
        byte | ((byte &- 65) < 26 ? 0x20 : 0)
    }

    /// FNV-1a over the lower-cased bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            h = (h ^ UInt64(lower(byte))) &* 0x100000001b3
        }
        return h
    }

    /// The id of the word in `bytes`, compared case-insensitively.
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16? {
        guard bytes.count <= 255, !bytes.isEmpty else { return nil }
        let hash = Self.hash(bytes)
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keys in
                var index = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[index]
                    if slot.length == 0 { return nil }
                    if slot.hash == hash && Int(slot.length) == bytes.count {
                        let offset = Int(slot.offset)
                        var equal = true
                        for i in 0..<bytes.count where keys[offset + i] != Self.lower(bytes[i]) { equal = false; break }
                        if equal { return slot.value }
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// The id of `word`, compared case-insensitively.
    public func lookup(_ word: String) -> UInt16? {
        var copy = word
        return copy.withUTF8 { lookup($0) }
    }
}

extension Word {
    /// All named words, by spelling.
    static let table: WordTable = WordTable(Word.allCases.dropFirst().compactMap { word in
        word.spelling.isEmpty ? nil : (word.spelling, word.rawValue)
    })
}
