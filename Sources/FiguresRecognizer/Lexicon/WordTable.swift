/// A case-insensitive map from ASCII word spellings to small integer ids, searched straight from
/// UTF-8 bytes without building strings (open addressing, FNV-1a hash of the lower-cased bytes).
/// Sendable: its memory is written once, in `init`, and only read afterwards.
public struct WordTable: @unchecked Sendable {
    /// One open-addressing slot: the key's hash, where its lower-cased bytes are, and its id.
    /// A length of 0 marks an empty slot (keys are never empty).
    @usableFromInline
    struct Slot {
        @usableFromInline var hash: UInt64 = 0
        @usableFromInline var offset: Int32 = 0
        @usableFromInline var length: UInt8 = 0
        @usableFromInline var value: UInt16 = 0
    }

    // Raw memory, never freed: tables are static lexicons that live as long as the process.
    // Worker threads read them without touching a reference count (a shared array's count is
    // one cache line that every lookup on every core would write).
    // Visible to inlined lookups: the extractor probes tables for most tokens, and a call into
    // this module for each probe cost as much as the probe.
    @usableFromInline let slots: UnsafePointer<Slot>
    @usableFromInline let keyBytes: UnsafePointer<UInt8>
    @usableFromInline let mask: Int

    /// Builds a table from (spelling, id) pairs; spellings longer than 255 bytes are ignored.
    public init(_ pairs: [(String, UInt16)]) {
        var capacity = 64
        while capacity < pairs.count * 3 { capacity <<= 1 }
        let mask = capacity - 1
        var table = [Slot](repeating: Slot(), count: capacity)
        var keys: [UInt8] = []
        // ASCII lower case, as lookups compare (Unicode `lowercased()` was most of start-up).
        for (spelling, value) in pairs {
            var spelling = spelling
            spelling.withUTF8 { raw in
                guard !raw.isEmpty, raw.count <= 255 else { return }
                let hash = Self.hash(raw)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while table[slot].length > 0 {
                    // The first spelling of a word wins.
                    let existing = table[slot]
                    if existing.hash == hash, Int(existing.length) == raw.count {
                        let offset = Int(existing.offset)
                        var same = true
                        for i in 0..<raw.count where keys[offset + i] != Self.lower(raw[i]) { same = false; break }
                        if same { return }
                    }
                    slot = (slot + 1) & mask
                }
                table[slot] = Slot(hash: hash, offset: Int32(keys.count), length: UInt8(raw.count), value: value)
                for byte in raw { keys.append(Self.lower(byte)) }
            }
        }
        let slotMemory = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        slotMemory.initialize(from: table, count: capacity)
        let keyMemory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(keys.count, 1))
        keyMemory.initialize(from: keys, count: keys.count)
        self.mask = mask
        slots = UnsafePointer(slotMemory)
        keyBytes = UnsafePointer(keyMemory)
    }

    /// ASCII lower case; other bytes unchanged. Branch-free: one wrapping subtraction and compare.
    @inlinable @inline(__always)
    public static func lower(_ byte: UInt8) -> UInt8 {
        byte | ((byte &- 65) < 26 ? 0x20 : 0)
    }

    /// FNV-1a over the lower-cased bytes.
    @usableFromInline @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashBasis
        for byte in bytes {
            h = (h ^ UInt64(lower(byte))) &* hashPrime
        }
        return h
    }

    /// The FNV-1a offset basis and prime, for callers that hash while they scan.
    @usableFromInline static var hashBasis: UInt64 { 0xcbf29ce484222325 }
    @usableFromInline static var hashPrime: UInt64 { 0x100000001b3 }

    /// The id of the word in `bytes`, compared case-insensitively.
    @inlinable
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16? {
        guard bytes.count <= 255, !bytes.isEmpty else { return nil }
        return lookup(bytes, hash: Self.hash(bytes))
    }

    /// The id of the word in `bytes`, whose ``hash(_:)`` the caller computed while scanning.
    @usableFromInline @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt16? {
        probe(bytes, hash: UInt32(truncatingIfNeeded: hash))
    }

    /// The id of the word token `token` of `text`, reusing the hash the lexer stored for ASCII
    /// words (``Token/wordHash``); other tokens are hashed here.
    @inlinable @inline(__always)
    public func lookup(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> UInt16? {
        let bytes = UnsafeBufferPointer(rebasing: text[token.span])
        guard token.kind == .word, !token.flags.contains(.nonASCII), !bytes.isEmpty, bytes.count <= 255 else { return lookup(bytes) }
        return probe(bytes, hash: token.wordHash)
    }

    /// Open-addressing probe from the low 32 bits of the key's hash (the table is far smaller
    /// than 2^32 slots; the bytes are compared, so the high bits are not needed).
    @usableFromInline @inline(__always)
    func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> UInt16? {
        var index = Int(hash) & mask
        while true {
            let slot = slots[index]
            if slot.length == 0 { return nil }
            if UInt32(truncatingIfNeeded: slot.hash) == hash && Int(slot.length) == bytes.count {
                let offset = Int(slot.offset)
                var equal = true
                for i in 0..<bytes.count where keyBytes[offset + i] != Self.lower(bytes[i]) { equal = false; break }
                if equal { return slot.value }
            }
            index = (index + 1) & mask
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
    static let table: WordTable = WordTable(Word.spellingPairs)
}
