/// One article as read: its bytes, publication date and where it came from.
public struct Document: Sendable {
    /// The file's base name, or the article's `id` for JSON Lines input.
    public var id: String
    public var published: Day?
    /// The text as read; spans are UTF-8 offsets into it.
    public var bytes: [UInt8]
    /// The bytes of the `date YYYY-MM-DD` header, which are not part of the article's figures.
    public var header: Range<Int>?
    /// The path the document came from (`-` for standard input), for messages.
    public var path: String
    /// The line of a JSON Lines file the article was on.
    public var line: Int?

    public init(id: String, published: Day?, bytes: [UInt8], header: Range<Int>? = nil, path: String, line: Int? = nil) {
        self.id = id
        self.published = published
        self.bytes = bytes
        self.header = header
        self.path = path
        self.line = line
    }

    /// "path" or "path:line", as messages name the document.
    public var location: String { line.map { "\(path):\($0)" } ?? path }
}
