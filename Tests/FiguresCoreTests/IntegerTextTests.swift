import FiguresCore
import Testing

struct IntegerTextTests {
    @Test(arguments: [0, 7, -7, 10, 99, 100, -1_000_000, 2024, Int.max, Int.min])
    func writesWhatStringWrites(_ value: Int) {
        let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            String(decoding: UnsafeBufferPointer(start: buffer.baseAddress!, count: IntegerText.write(value, to: buffer.baseAddress!)),
                   as: UTF8.self)
        }
        #expect(text == String(value))
    }
}
