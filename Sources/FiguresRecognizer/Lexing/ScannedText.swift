/// A document cut into tokens, with the numeric literals they refer to. Built once per document
/// by ``Lexer`` and shared by every rule, so the text is read byte by byte exactly once.
public struct ScannedText: Sendable {
    public var tokens: [Token] = []
    public var literals: [NumericLiteral] = []

    public init() {}

    /// Keeps the arrays' capacity for the next document.
    public mutating func removeAll() {
        tokens.removeAll(keepingCapacity: true)
        literals.removeAll(keepingCapacity: true)
    }

    @inlinable
    public func literal(_ token: Token) -> NumericLiteral? {
        token.kind == .number ? literals[Int(token.literal)] : nil
    }
}
