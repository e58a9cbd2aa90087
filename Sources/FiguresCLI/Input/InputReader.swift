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

    /// Calls `body` with every document of `path`, in order.
    public func read(_ path: String, _ body: (Document) -> Void) {
        let bytes: [UInt8]
        if path == "-" {
            bytes = standardInput()
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.fail(path, FileManager.default.isReadableFile(atPath: path)
                                 ? "cannot be read" : "cannot be read (missing, or no permission)")
                return
            }
            bytes = [UInt8](data)
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

    func readJSONLines(_ bytes: [UInt8], path: String, name: String, _ body: (Document) -> Void) {
        var lineNumber = 0
        var start = 0
        var sawArticle = false
        bytes.withUnsafeBufferPointer { p in
            while start < p.count {
                lineNumber += 1
                var end = start
                if let found = memchr(p.baseAddress! + start, 10, p.count - start) {
                    end = p.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                } else {
                    end = p.count
                }
                defer { start = end + 1 }
                var line = UnsafeBufferPointer(rebasing: p[start..<end])
                if let last = line.last, last == 13 { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
                if line.allSatisfy({ $0 == 32 || $0 == 9 }) { continue }
                let location = "\(path):\(lineNumber)"
                let value: JSONValue
                do throws(JSONParseError) {
                    value = try JSONParser.parse(line)
                } catch {
                    diagnostics.fail(location, "not valid JSON (\(error.reason) at byte \(error.offset + 1)); line skipped")
                    continue
                }
                guard case .object = value else {
                    diagnostics.fail(location, "expected a JSON object {\"id\", \"published\", \"text\"}, found \(value.typeName); line skipped")
                    continue
                }
                guard let textValue = value["text"] else {
                    diagnostics.fail(location, "no \"text\" field; line skipped")
                    continue
                }
                guard case .string(let text) = textValue else {
                    diagnostics.fail(location, "\"text\" must be a string, found \(textValue.typeName); line skipped")
                    continue
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
                sawArticle = true
                body(Document(id: id, published: published, bytes: text, path: path, line: lineNumber))
            }
        }
        if !sawArticle && lineNumber == 0 { diagnostics.warn(path, "empty file; nothing to read") }
    }

    /// The 1-based line of the first invalid UTF-8 sequence, or `nil` if the bytes are valid.
    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            var line = 1
            while i < p.count {
                let b = p[i]
                if b < 0x80 {
                    if b == 10 { line += 1 }
                    i += 1
                    continue
                }
                guard let (_, length) = decodeScalar(p, i) else { return line }
                i += length
            }
            return nil
        }
    }
}
