import FiguresCore
import Testing

struct ByteBufferTests {
    @Test func keepsEveryByteAcrossGrowth() {
        var buffer = ByteBuffer(capacity: 16)
        var expected: [UInt8] = []
        for n in 0..<300 {
            // Pieces of every length from 0 to 40 bytes: short ones are copied byte by byte, long ones at once.
            let piece = (0..<(n % 41)).map { UInt8(truncatingIfNeeded: n &+ $0) }
            piece.withUnsafeBufferPointer { buffer.append($0) }
            expected += piece
            buffer.append(UInt8(n % 256))
            expected.append(UInt8(n % 256))
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.array == expected)
        #expect(buffer[5] == expected[5])
    }

    @Test func copiesItsOwnBytesAndWritesInPlace() {
        var buffer = ByteBuffer(capacity: 16)
        Array("value:1200,".utf8).withUnsafeBufferPointer { buffer.append($0) }
        buffer.appendCopy(of: 6..<10)
        let target = buffer.space(3)
        target[0] = UInt8(ascii: "!")
        target[1] = UInt8(ascii: "?")
        buffer.advance(by: 1)
        #expect(String(decoding: buffer.array, as: UTF8.self) == "value:1200,1200!")
        #expect(buffer.withBytes { $0.count } == 16)
    }
}
