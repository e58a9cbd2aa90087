/// A case-insensitive map from ASCII word spellings to small integer ids, searched straight from
/// UTF-8 bytes without building strings (open addressing, FNV-1a hash of the lower-cased bytes).
public struct WordTable: Sendable {
    private var slots: [Int32]          // index into `entries`, or -1
    private var entryOffsets: [Int32]   // start of each key in `keyBytes`
    private var entryLengths: [UInt8]
    private var entryValues: [UInt16]
    private var entryHashes: [UInt64]
    private var keyBytes: [UInt8]
    private let mask: Int

    /// Builds a table from (spelling, id) pairs; spellings longer than 255 bytes are ignored.
    public init(_ pairs: [(String, UInt16)]) {
        var capacity = 64
        while capacity < pairs.count * 3 { capacity <<= 1 }
        mask = capacity - 1
        slots = Array(repeating: -1, count: capacity)
        entryOffsets = []
        entryLengths = []
        entryValues = []
        entryHashes = []
        keyBytes = []
        for (spelling, value) in pairs {
            let bytes = Array(spelling.lowercased().utf8)
            guard !bytes.isEmpty, bytes.count <= 255 else { continue }
            let hash = Self.hash(bytes)
            if lookupHashed(bytes, hash: hash) != nil { continue }
            let index = Int32(entryValues.count)
            entryOffsets.append(Int32(keyBytes.count))
            entryLengths.append(UInt8(bytes.count))
            entryValues.append(value)
            entryHashes.append(hash)
            keyBytes.append(contentsOf: bytes)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }

    @inlinable
    public static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte | 0x20 : byte
    }

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            h = (h ^ UInt64(lower(byte))) &* 0x100000001b3
        }
        return h
    }

    private func lookupHashed<C: Collection>(_ bytes: C, hash: UInt64) -> UInt16? where C.Element == UInt8 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if entryHashes[index] == hash && Int(entryLengths[index]) == bytes.count {
                var offset = Int(entryOffsets[index])
                var equal = true
                for byte in bytes {
                    if keyBytes[offset] != Self.lower(byte) { equal = false; break }
                    offset += 1
                }
                if equal { return entryValues[index] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The id of the word in `bytes`, compared case-insensitively.
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16? {
        guard bytes.count <= 255 else { return nil }
        return lookupHashed(bytes, hash: Self.hash(bytes))
    }

    /// The id of `word`, compared case-insensitively.
    public func lookup(_ word: String) -> UInt16? {
        let bytes = Array(word.utf8)
        guard bytes.count <= 255 else { return nil }
        return lookupHashed(bytes, hash: Self.hash(bytes))
    }
}

extension Word {
    /// All named words, by spelling.
    static let table: WordTable = WordTable(Word.allCases.dropFirst().compactMap { word in
        word.spelling.isEmpty ? nil : (word.spelling, word.rawValue)
    })
}
