import FiguresCore
import Testing

struct IntegerTextTests {
    @Test(arguments: [0, 7, -7, 9, 10, 11, 99, 100, 101, 999, 1000, -1_000_000, 2024, 12_345, 999_999_999_999_999_999,
                      1_000_000_000_000_000_000, -1_000_000_000_000_000_000, Int.max, Int.min, Int.min + 1])
    func writesWhatStringWrites(_ value: Int) {
        let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            String(decoding: UnsafeBufferPointer(start: buffer.baseAddress!, count: IntegerText.write(value, to: buffer.baseAddress!)),
                   as: UTF8.self)
        }
        #expect(text == String(value))
    }
}
