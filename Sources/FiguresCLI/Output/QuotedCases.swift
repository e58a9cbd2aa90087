/// The JSON text of every case of a string enum (``QuantityKind``, ``Bound``), quoted once, so
/// that writing a case copies bytes instead of building its raw value for every row.
struct QuotedCases<E: CaseIterable & RawRepresentable & Sendable>: Sendable where E.RawValue == String {
    private let quoted: [[UInt8]]
    /// True when a value's one byte of storage is its index in `allCases` (a payload-free enum
    /// of fewer than 256 cases, checked for every case here); otherwise values are found by name.
    private let tagIsIndex: Bool

    init() {
        let cases = Array(E.allCases)
        quoted = cases.map { JSONWriter.quoted($0.rawValue) }
        tagIsIndex = MemoryLayout<E>.size == 1
            && cases.indices.allSatisfy { index in withUnsafeBytes(of: cases[index]) { Int($0[0]) } == index }
    }

    /// Calls `body` with the quoted raw value of `value`. (A generic `==` on a raw-value enum
    /// compares raw value strings, so the case is found by its storage byte instead.)
    func withBytes(of value: E, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let index = tagIsIndex ? withUnsafeBytes(of: value) { Int($0[0]) }
            : E.allCases.firstIndex { $0.rawValue == value.rawValue }.map { E.allCases.distance(from: E.allCases.startIndex, to: $0) }
        guard let index, index < quoted.count else { preconditionFailure("\(value) is not among its type's cases") }
        quoted[index].withUnsafeBufferPointer(body)
    }
}
