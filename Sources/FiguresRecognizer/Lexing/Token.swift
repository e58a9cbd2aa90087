/// What kind of text a token covers.
public enum TokenKind: UInt8, Sendable {
    /// A run of letters (ASCII or any non-ASCII letter).
    case word
    /// A numeric literal; `literal` indexes ``ScannedText/literals``.
    case number
    /// One punctuation mark or currency sign; `word` holds its ``Symbol`` raw value.
    case symbol
}

/// Facts about a token and the whitespace before it.
public struct TokenFlags: OptionSet, Sendable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }
    // Computed and inlinable rather than stored: other modules test flags on every token, and a
    // stored static is reached through an addressor call each time.
    /// Whitespace separates this token from the previous one.
    @inlinable public static var spaceBefore: TokenFlags { TokenFlags(rawValue: 1) }
    /// A line break comes before this token.
    @inlinable public static var newlineBefore: TokenFlags { TokenFlags(rawValue: 2) }
    /// A blank line (paragraph break) comes before this token.
    @inlinable public static var paragraphBefore: TokenFlags { TokenFlags(rawValue: 4) }
    /// The word starts with an ASCII capital letter.
    @inlinable public static var capitalized: TokenFlags { TokenFlags(rawValue: 8) }
    /// Every letter of the word is an ASCII capital.
    @inlinable public static var allUpper: TokenFlags { TokenFlags(rawValue: 16) }
    /// The word contains non-ASCII letters.
    @inlinable public static var nonASCII: TokenFlags { TokenFlags(rawValue: 32) }
}

/// One token: 16 bytes, kept in a flat array per document.
public struct Token: Sendable {
    /// UTF-8 byte offsets `[start, end)`.
    public var start: Int32
    public var end: Int32
    public var kind: TokenKind
    public var flags: TokenFlags
    /// For words, the ``Word`` id (0 when not in the grammar lexicon); for symbols the ``Symbol``.
    public var word: UInt16
    /// For numbers, the index of the ``NumericLiteral``; for ASCII words, the low 32 bits of the
    /// FNV-1a hash of the lower-cased word (``wordHash``), which ``WordTable`` lookups reuse.
    public var literal: Int32

    /// For an ASCII word (no ``TokenFlags/nonASCII``), the low 32 bits of its ``WordTable`` hash.
    @inlinable
    public var wordHash: UInt32 { UInt32(bitPattern: literal) }

    @inlinable
    public var span: Range<Int> { Int(start)..<Int(end) }
    @inlinable
    public var symbol: Symbol { kind == .symbol ? (Symbol(rawValue: word) ?? .other) : .other }
    @inlinable
    public var spaceBefore: Bool { flags.contains(.spaceBefore) }
    @inlinable
    public var length: Int { Int(end - start) }

    @inlinable
    public func isWord(_ w: Word) -> Bool { kind == .word && word == w.rawValue }
    @inlinable
    public func isSymbol(_ s: Symbol) -> Bool { kind == .symbol && word == s.rawValue }
}

