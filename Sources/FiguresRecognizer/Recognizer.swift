import FiguresCore

/// What the recogniser found in one document.
public struct Recognition: Sendable {
    /// Every amount and date, in document order.
    public var quantities: [Quantity]
    /// Byte spans of numbers too long to represent exactly (more than 38 significant digits).
    public var unparsable: [Range<Int>]
}

/// Finds every amount in English text: numbers, money, percentages, ordinals and dates, with
/// their bounds. Works on UTF-8 bytes; any byte sequence is accepted.
public struct Recognizer: Sendable {
    public init() {}

    /// Recognises quantities in already scanned text (the extractor scans once and shares it).
    public func recognize(_ bytes: UnsafeBufferPointer<UInt8>, scanned: ScannedText) -> Recognition {
        var engine = RuleEngine(bytes: bytes, scanned: scanned)
        engine.run()
        engine.collectUnparsable()
        return Recognition(quantities: engine.out, unparsable: engine.unparsable)
    }

    /// Recognises only the quantities that start in the token ranges `ranges` (ascending, not
    /// overlapping) of already scanned text. Rules still read the tokens around a range, so an
    /// amount found in a range is the one a whole-document pass finds there, provided the pass
    /// enters the range in the same state: the caller starts each range at a boundary no amount
    /// runs across (a sentence before the one it wants). Numbers too long to represent are not
    /// collected.
    public func recognize(_ bytes: UnsafeBufferPointer<UInt8>, scanned: ScannedText, tokenRanges ranges: [Range<Int>]) -> [Quantity] {
        var engine = RuleEngine(bytes: bytes, scanned: scanned)
        for range in ranges { engine.run(from: range.lowerBound, to: range.upperBound) }
        return engine.out
    }

    /// Scans and recognises `bytes`.
    public func recognize(_ bytes: UnsafeBufferPointer<UInt8>) -> Recognition {
        var scanned = ScannedText()
        Lexer.scan(bytes, into: &scanned)
        return recognize(bytes, scanned: scanned)
    }

    /// Builds the lexicons (words, currencies, qualifiers) now. They are built on first use,
    /// which costs about a millisecond; a caller that waits for input can pay it meanwhile.
    public static func warmUp() {
        _ = Recognizer().recognize(warmUpText)
    }

    /// A sentence that takes every rule group through its lexicons.
    public static let warmUpText = """
        In March 2023, exports rose by about 12.5 per cent to more than US$1.2 billion, or 3 million Swiss francs, \
        between 4 and 5 euros or more, two-thirds of 5,000 firms, the first quarter.
        """

    /// Scans and recognises a string (its UTF-8 bytes; spans are UTF-8 offsets).
    public func recognize(_ text: String) -> Recognition {
        var copy = text
        return copy.withUTF8 { recognize($0) }
    }
}

extension RuleEngine {
    /// Numbers whose digits overflowed: reported, never wrapped.
    mutating func collectUnparsable() {
        for token in t where token.kind == .number {
            let lit = lits[Int(token.literal)]
            if lit.value == nil { unparsable.append(token.span) }
        }
    }
}
