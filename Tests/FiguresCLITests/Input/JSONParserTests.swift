@testable import FiguresCLI
import Foundation
import Testing

/// The JSON Lines reader finds a string's end with `memchr` and checks for control bytes 32 and
/// 8 bytes at a time: whatever the length and wherever the escapes and bad bytes fall (in a
/// block, at its edge, in the tail), it must read what a byte-by-byte reader reads.
struct JSONParserTests {
    static func parse(_ text: [UInt8]) -> Result<JSONValue, JSONParseError> {
        text.withUnsafeBufferPointer { p in Result { () throws(JSONParseError) in try JSONParser.parse(p) } }
    }

    @Test func stringsReadAsFoundationReadsThem() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Baku ", "é", "€", "\\\"", "\\\\", "\\n", "\\t", "\\/", "\\u00e9", "\\ud83d\\ude00", "0123456789abcdef"]
        for _ in 0..<300 {
            let body = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let json = "\"\(body)\""
            let expected = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as! String
            guard case .success(.string(let bytes)) = Self.parse(Array(json.utf8)) else {
                Issue.record("not read: \(json)"); continue
            }
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(json)")
        }
    }

    @Test func aControlByteIsReportedWhereItIs() {
        for length in [1, 7, 8, 9, 31, 32, 33, 40, 64, 70] {
            for position in 0..<length {
                for control: UInt8 in [0x00, 0x0A, 0x1F] {
                    var text = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    text[position] = control
                    let json = [UInt8(ascii: "\"")] + text + [UInt8(ascii: "\"")]
                    #expect(Self.parse(json) == .failure(JSONParseError(offset: position + 1, reason: "control character in a string")),
                            "length \(length), control at \(position)")
                }
            }
        }
        // After an escape, and before a quote that is not the end.
        #expect(Self.parse(Array("\"ab\\\"cd\u{1}e\"".utf8)) == .failure(JSONParseError(offset: 7, reason: "control character in a string")))
        // A byte of 0x20 or more (0x7F, 0xFF) is text, not a control byte.
        #expect(Self.parse([0x22, 0x7F, 0x20, 0x22]) == .success(.string([0x7F, 0x20])))
    }

    @Test func anUnterminatedStringIsAnError() {
        for text in ["\"abc", "\"abc\\", "\"abc\\\"", "\"" + String(repeating: "y", count: 50), "\"a\\\"b\\\"" + String(repeating: "z", count: 40)] {
            #expect(Self.parse(Array(text.utf8)) == .failure(JSONParseError(offset: 0, reason: "unterminated string")), "\(text)")
        }
    }

    @Test func theFirstInvalidUTF8LineIsFoundInEveryBlock() {
        let line = Array(String(repeating: "Trade with Türkiye grew. ", count: 3).utf8) + [10]
        for lines in [1, 2, 5] {
            let valid = Array((0..<lines).map { _ in line }.joined())
            #expect(InputReader.firstInvalidUTF8Line(valid) == nil)
            for position in stride(from: 0, to: valid.count, by: 5) where valid[position] < 0x80 {
                var bytes = valid
                bytes[position] = 0xFF
                let expected = 1 + valid[..<position].filter { $0 == 10 }.count
                #expect(InputReader.firstInvalidUTF8Line(bytes) == expected, "0xFF at \(position)")
            }
        }
    }
}
