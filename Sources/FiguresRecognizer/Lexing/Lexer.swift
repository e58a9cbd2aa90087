import FiguresCore

/// Cuts UTF-8 bytes into tokens in one pass. Any byte sequence is accepted: invalid UTF-8 and
/// control bytes become `other` symbols; nothing is ever looked at twice except the few bytes
/// after a number that decide its form.
public struct Lexer {
    let p: UnsafeBufferPointer<UInt8>
    var i = 0
    var flags: TokenFlags = []
    var newlines = 0
    /// Tokens are written straight into the storage of a new token array, whose count is set
    /// after the scan: `tokens[tokenCount ..< tokenLimit]` is the room left. (Appending each
    /// token checked the array's uniqueness and capacity every time.)
    var tokens: UnsafeMutablePointer<Token>?
    var tokenCount = 0
    var tokenLimit = 0
    /// The literals found so far (the scanned text's own list, taken for the scan).
    var literals: [NumericLiteral] = []
    /// The grammar's words, read once per document rather than through a global's lazy
    /// initialisation check for every word.
    let words = Word.table
    /// Whether plain integers take the short path (``readPlainInteger(_:)``); tests turn it off
    /// to compare with the general path.
    var readsPlainIntegers = true

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        p = bytes
    }

    /// Scans the whole buffer into `out` (which is cleared first).
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ScannedText) {
        scan(bytes, into: &out, readsPlainIntegers: true)
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ScannedText, readsPlainIntegers: Bool) {
        out.removeAll()
        var lexer = Lexer(bytes)
        lexer.readsPlainIntegers = readsPlainIntegers
        lexer.run(into: &out)
    }

    mutating func run(into out: inout ScannedText) {
        let n = p.count
        swap(&literals, &out.literals)
        literals.reserveCapacity(n / 64)
        // Room for a token per five bytes (news runs to one per five or six); a text that needs
        // more goes on in an array twice as large, which starts with the tokens so far.
        var list: [Token] = []
        var room = n / 5 + 16
        while true {
            let previous = list
            var finished = false
            list = [Token](unsafeUninitializedCapacity: previous.count + room) { buffer, count in
                previous.withUnsafeBufferPointer { old in
                    if let base = old.baseAddress { buffer.baseAddress!.initialize(from: base, count: old.count) }
                }
                tokens = buffer.baseAddress
                tokenCount = previous.count
                tokenLimit = buffer.count
                finished = scanTokens()
                tokens = nil
                count = tokenCount
            }
            if finished { break }
            room = max(room, list.count)
        }
        out.tokens = list
        swap(&literals, &out.literals)
    }

    /// Scans from `i` until the end (true) or until the token room is full (false; the scan
    /// resumes from `i` with the same state).
    mutating func scanTokens() -> Bool {
        let n = p.count
        while i < n {
            if tokenCount == tokenLimit { return false }
            let b = p[i]
            if b == 32 || b == 9 || b == 13 || b == 11 || b == 12 {
                flags.insert(.spaceBefore); i += 1; continue
            }
            if b == 10 {
                newlines += 1
                flags.insert(.spaceBefore); flags.insert(.newlineBefore)
                if newlines >= 2 { flags.insert(.paragraphBefore) }
                i += 1; continue
            }
            if isASCIILetter(b) {
                // Only "http://", "https://" and "www." start a URL: test those letters only, and
                // only after "ht" or "ww" ("with", "which", "has" go straight on).
                if b | 0x20 == UInt8(ascii: "h") || b | 0x20 == UInt8(ascii: "w"), i + 1 < n, p[i + 1] | 0x20 == UInt8(ascii: "t") || p[i + 1] | 0x20 == UInt8(ascii: "w"),
                   startsURL() { skipToWhitespace(); continue }
                scanWord(); continue
            }
            // (Not the period of the balboa's "B/.": "B/.6.3 billion" is "B/." and 6.3.)
            if isDigit(b) || (b == UInt8(ascii: ".") && i + 1 < n && isDigit(p[i + 1]) && !precededByAlnum(i)
                              && !(i >= 2 && p[i - 1] == UInt8(ascii: "/") && p[i - 2] == UInt8(ascii: "B"))) {
                scanNumber(); continue
            }
            if b < 0x80 {
                if (b == UInt8(ascii: "@") || b == UInt8(ascii: "#")) && i + 1 < n
                    && (isASCIILetter(p[i + 1]) || isDigit(p[i + 1]) || p[i + 1] == UInt8(ascii: "_")) {
                    skipToWhitespace(); continue
                }
                emit(.symbol, start: i, end: i + 1, word: Symbol.ascii(b).rawValue)
                i += 1; continue
            }
            guard let (scalar, length) = decodeScalar(p, i) else {
                emit(.symbol, start: i, end: i + 1, word: Symbol.other.rawValue)
                i += 1; continue
            }
            if isUnicodeSpace(scalar) { flags.insert(.spaceBefore); i += length; continue }
            if scalar == 0x2028 || scalar == 0x2029 || scalar == 0x85 {
                newlines += 1; flags.formUnion([.spaceBefore, .newlineBefore])
                if newlines >= 2 || scalar == 0x2029 { flags.insert(.paragraphBefore) }
                i += length; continue
            }
            if isIgnorableScalar(scalar) { i += length; continue }
            if vulgarFraction(scalar) != nil { scanNumber(); continue }
            if scalar == 0x0BB0, i + length < n, let (next, nextLength) = decodeScalar(p, i + length), next == 0x0BC2 {
                emit(.symbol, start: i, end: i + length + nextLength, word: Symbol.tamilRupee.rawValue)
                i += length + nextLength; continue
            }
            if let symbol = Symbol.unicode(scalar) {
                emit(.symbol, start: i, end: i + length, word: symbol.rawValue)
                i += length; continue
            }
            if scalar < 0xA0 {  // C1 controls
                emit(.symbol, start: i, end: i + length, word: Symbol.other.rawValue)
                i += length; continue
            }
            scanWord()
        }
        return true
    }

    @inline(__always)
    mutating func emit(_ kind: TokenKind, start: Int, end: Int, word: UInt16, literal: Int32 = -1, extra: TokenFlags = []) {
        // The scan loop checked for room before this token (each round emits at most one).
        tokens.unsafelyUnwrapped[tokenCount] = Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end),
                                                     kind: kind, flags: flags.union(extra), word: word, literal: literal)
        tokenCount &+= 1
        flags = []
        newlines = 0
    }

    func precededByAlnum(_ index: Int) -> Bool {
        index > 0 && (isDigit(p[index - 1]) || isASCIILetter(p[index - 1]))
    }

    /// True at "http://", "https://" or "www." (any case).
    func startsURL() -> Bool {
        func matches(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard i + count <= p.count else { return false }
            let base = text.utf8Start
            for k in 0..<count where WordTable.lower(p[i + k]) != base[k] { return false }
            return true
        }
        return matches("http://") || matches("https://") || matches("www.")
    }

    /// URLs, e-mail handles and hashtags are one `other` token up to the next whitespace.
    mutating func skipToWhitespace() {
        let start = i
        while i < p.count {
            let b = p[i]
            if b == 32 || b == 10 || b == 9 || b == 13 { break }
            if b == 0xC2, i + 1 < p.count, p[i + 1] == 0xA0 { break }
            i += 1
        }
        emit(.symbol, start: start, end: i, word: Symbol.other.rawValue)
    }

    @inline(__always)
    mutating func scanWord() {
        let start = i
        let n = p.count
        // The word table's hash, computed in the same pass (ASCII letters lower-case by OR 0x20).
        var hash = WordTable.hashBasis
        // ASCII letters, the common case, in a tight loop on a local index.
        var j = i
        while j < n {
            let b = p[j]
            guard isASCIILetter(b) else { break }
            hash = (hash ^ UInt64(b | 0x20)) &* WordTable.hashPrime
            j &+= 1
        }
        i = j
        let capitalized = isUpper(p[start])
        var extra: TokenFlags = capitalized ? .capitalized : []
        // Only a capitalised word can be all capitals: the others skip this second look.
        var lowerSeen = !capitalized
        if capitalized {
            var k = start + 1
            while k < j && isUpper(p[k]) { k &+= 1 }
            lowerSeen = k < j
        }
        // A word stops at a byte below 0x80 that is not a letter; only a non-ASCII byte (or a
        // non-ASCII first letter) needs the slow path.
        if j == start || (j < n && p[j] >= 0x80) {
            let nonASCII = scanNonASCIILetters(from: start, hash: &hash, lowerSeen: &lowerSeen)
            if nonASCII {
                extra.insert(.nonASCII)
                emit(.word, start: start, end: i, word: 0, literal: -1, extra: extra)
                return
            }
        }
        if !lowerSeen { extra.insert(.allUpper) }
        var id: UInt16 = 0
        if i - start <= 15 {
            id = words.lookup(UnsafeBufferPointer(rebasing: p[start..<i]), hash: hash) ?? 0
        }
        // An ASCII word keeps its hash in `literal`, so later word-table lookups need not hash it again.
        emit(.word, start: start, end: i, word: id, literal: Int32(bitPattern: UInt32(truncatingIfNeeded: hash)),
             extra: extra)
    }

    /// "¹", "²", "³", "⁰", "⁴"–"⁹": a footnote mark glued to a word ("$21 billion¹") ends it.
    @inline(__always)
    func isSuperscriptDigit(_ scalar: UInt32) -> Bool {
        scalar == 0xB9 || scalar == 0xB2 || scalar == 0xB3 || scalar == 0x2070 || (scalar >= 0x2074 && scalar <= 0x2079)
    }

    /// Continues a word at `i` over letters of any script (and ASCII letters after them), hashing
    /// ASCII letters into `hash`. Returns whether it took any non-ASCII letter.
    @inline(never)
    mutating func scanNonASCIILetters(from start: Int, hash: inout UInt64, lowerSeen: inout Bool) -> Bool {
        let n = p.count
        var nonASCII = false
        while i < n {
            let b = p[i]
            if isASCIILetter(b) {
                if !isUpper(b) { lowerSeen = true }
                hash = (hash ^ UInt64(b | 0x20)) &* WordTable.hashPrime
                i += 1
            } else if b >= 0x80 {
                if i == start, let (_, length) = decodeScalar(p, i) {
                    // The caller saw a letter-like scalar here: always take it, so the scan advances.
                    nonASCII = true; i += length; continue
                }
                guard let (scalar, length) = decodeScalar(p, i),
                      !isUnicodeSpace(scalar), Symbol.unicode(scalar) == nil, vulgarFraction(scalar) == nil,
                      !isIgnorableScalar(scalar), scalar >= 0xA0, scalar != 0x2028, scalar != 0x2029,
                      scalar != 0x0BB0, !isSuperscriptDigit(scalar) else { break }
                nonASCII = true
                i += length
            } else {
                break
            }
        }
        return nonASCII
    }
}
