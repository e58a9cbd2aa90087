import FiguresCore
import Foundation

/// Turns command-line inputs into documents, one at a time: date-header text files, JSON Lines
/// articles, folders (every `.txt` and `.jsonl` below, in path order) and `-` for standard input.
/// Problems are reported through ``Diagnostics`` and never stop the other inputs.
public struct InputReader {
    let diagnostics: Diagnostics
    let standardInput: () -> [UInt8]

    public init(diagnostics: Diagnostics, standardInput: @escaping () -> [UInt8]) {
        self.diagnostics = diagnostics
        self.standardInput = standardInput
    }

    /// The files behind the given paths, in order; folders are walked recursively and sorted.
    public func files(for paths: [String]) -> [String] {
        var result: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" { result.append(path); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.fail(path, "no such file or folder")
                continue
            }
            guard isDirectory.boolValue else { result.append(path); continue }
            guard let enumerator = manager.enumerator(atPath: path) else {
                diagnostics.fail(path, "cannot list this folder")
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                if relative.hasSuffix(".txt") || relative.hasSuffix(".jsonl") {
                    let full = (path as NSString).appendingPathComponent(relative)
                    var isDir: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { found.append(full) }
                }
            }
            if found.isEmpty { diagnostics.warn(path, "folder has no .txt or .jsonl files") }
            result.append(contentsOf: found.sorted())
        }
        return result
    }

    /// Calls `body` with every document of `path`, in order. JSON Lines files are streamed line by
    /// line, so memory stays bounded by the longest line, not the file.
    public func read(_ path: String, _ body: (Document) -> Void) {
        if path != "-" && path.hasSuffix(".jsonl") {
            streamJSONLines(path, body)
            return
        }
        let bytes: [UInt8]
        if path == "-" {
            bytes = standardInput()
        } else {
            switch Self.readFile(path) {
            case .success(let read): bytes = read
            case .failure(let reason):
                diagnostics.fail(path, "cannot be read (\(reason))")
                return
            }
        }
        let name = path == "-" ? "-" : (path as NSString).lastPathComponent
        let isJSONLines = path.hasSuffix(".jsonl") || (path == "-" && bytes.first(where: { $0 != 32 && $0 != 10 && $0 != 9 && $0 != 13 }) == UInt8(ascii: "{"))
        if isJSONLines {
            readJSONLines(bytes, path: path, name: name, body)
        } else {
            readText(bytes, path: path, name: name, body)
        }
    }

    func readText(_ bytes: [UInt8], path: String, name: String, _ body: (Document) -> Void) {
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            diagnostics.warn(path, bytes.isEmpty ? "empty file; nothing to read" : "only whitespace; nothing to read")
            return
        }
        if bytes.withUnsafeBufferPointer({ memchr($0.baseAddress!, 0, $0.count) != nil }) {
            diagnostics.fail(path, "binary data (NUL bytes); not a text article, skipped")
            return
        }
        if let line = Self.firstInvalidUTF8Line(bytes) {
            diagnostics.warn("\(path):\(line)", "invalid UTF-8; those bytes are shown as U+FFFD in the output")
        }
        let header = bytes.withUnsafeBufferPointer { DateHeader.find(in: $0) }
        var published: Day?
        if let (day, _) = header {
            published = day
            if day == nil { diagnostics.warn("\(path):1", "the date header is not a real date; publication date unknown") }
        } else {
            diagnostics.warn(path, "no 'date YYYY-MM-DD' header on the first line; publication date unknown")
        }
        body(Document(id: name, published: published, bytes: bytes, header: header?.1, path: path))
    }

    /// Reads a JSON Lines file in 64 KB chunks (small enough to stay in cache; lines longer than a
    /// chunk are carried over by the splitter), handing each complete line to ``readArticleLine``.
    func streamJSONLines(_ path: String, _ body: (Document) -> Void) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            diagnostics.fail(path, FileManager.default.fileExists(atPath: path) ? "cannot be read (no permission)" : "cannot be read (missing)")
            return
        }
        defer { close(descriptor) }
        let name = (path as NSString).lastPathComponent
        var splitter = LineSplitter()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                diagnostics.fail("\(path):\(splitter.lineNumber + 1)", "read error (\(String(cString: strerror(errno)))); the rest of the file was skipped")
                return
            }
            if count == 0 { break }
            chunk.withUnsafeBufferPointer { p in
                splitter.feed(UnsafeBufferPointer(rebasing: p[0..<count])) { readArticleLine($0, path: path, name: name, lineNumber: $1, body) }
            }
        }
        splitter.finish { readArticleLine($0, path: path, name: name, lineNumber: $1, body) }
        if splitter.lineNumber == 0 { diagnostics.warn(path, "empty file; nothing to read") }
    }

    func readJSONLines(_ bytes: [UInt8], path: String, name: String, _ body: (Document) -> Void) {
        var splitter = LineSplitter()
        bytes.withUnsafeBufferPointer { p in
            splitter.feed(p) { readArticleLine($0, path: path, name: name, lineNumber: $1, body) }
        }
        splitter.finish { readArticleLine($0, path: path, name: name, lineNumber: $1, body) }
        if splitter.lineNumber == 0 { diagnostics.warn(path, "empty file; nothing to read") }
    }

    /// Parses one JSON Lines article; reports problems with the line number.
    func readArticleLine(_ raw: UnsafeBufferPointer<UInt8>, path: String, name: String, lineNumber: Int,
                         _ body: (Document) -> Void) {
        var line = raw
        if let last = line.last, last == 13 { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        if line.allSatisfy({ $0 == 32 || $0 == 9 }) { return }
        let location = "\(path):\(lineNumber)"
        let value: JSONValue
        do throws(JSONParseError) {
            value = try JSONParser.parse(line)
        } catch {
            diagnostics.fail(location, "not valid JSON (\(error.reason) at byte \(error.offset + 1)); line skipped")
            return
        }
        guard case .object = value else {
            diagnostics.fail(location, "expected a JSON object {\"id\", \"published\", \"text\"}, found \(value.typeName); line skipped")
            return
        }
        guard let textValue = value["text"] else {
            diagnostics.fail(location, "no \"text\" field; line skipped")
            return
        }
        guard case .string(let text) = textValue else {
            diagnostics.fail(location, "\"text\" must be a string, found \(textValue.typeName); line skipped")
            return
        }
        var id = "\(name):\(lineNumber)"
        if let idValue = value["id"] {
            switch idValue {
            case .string(let s): id = String(decoding: s, as: UTF8.self)
            case .number(let s): id = s
            case .null: break
            default: diagnostics.warn(location, "\"id\" should be a string, found \(idValue.typeName); using \(id)")
            }
        }
        var published: Day?
        if let dateValue = value["published"] ?? value["date"] {
            if case .string(let s) = dateValue, let day = Day(iso: String(decoding: s, as: UTF8.self)) {
                published = day
            } else if dateValue != .null {
                diagnostics.warn(location, "\"published\" is not a YYYY-MM-DD date; publication date unknown")
            }
        } else {
            diagnostics.warn(location, "no \"published\" date; publication date unknown")
        }
        if let line = Self.firstInvalidUTF8Line(text) {
            diagnostics.warn(location, "invalid UTF-8 in \"text\" (its line \(line)); shown as U+FFFD in the output")
        }
        body(Document(id: id, published: published, bytes: text, path: path, line: lineNumber))
    }

    /// Reads a whole file with POSIX calls (one copy, straight into the array).
    static func readFile(_ path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(ReadFailure(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(ReadFailure(EISDIR)) }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count / 2))) }
            let count = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(errno))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    /// Why a file could not be read, in words.
    struct ReadFailure: Error, CustomStringConvertible {
        let code: Int32
        init(_ code: Int32) { self.code = code }
        var description: String { String(cString: strerror(code)) }
    }

    /// The 1-based line of the first invalid UTF-8 sequence, or `nil` if the bytes are valid.
    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let base = UnsafeRawPointer(p.baseAddress)
            while i < p.count {
                // ASCII 32 bytes at a time (four words OR-ed: no byte has its high bit set), then 8.
                if let base, i + 32 <= p.count,
                   (base.loadUnaligned(fromByteOffset: i, as: UInt64.self) | base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                    | base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self) | base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
                    & 0x8080_8080_8080_8080 == 0 {
                    i += 32
                    continue
                }
                if let base, i + 8 <= p.count, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                if p[i] < 0x80 { i += 1; continue }
                guard let (_, length) = decodeScalar(p, i) else {
                    // Lines are counted only when there is an error to report.
                    return 1 + p[..<i].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
                }
                i += length
            }
            return nil
        }
    }
}
