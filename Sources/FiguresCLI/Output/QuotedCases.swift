/// The JSON text of every case of a string enum (``QuantityKind``, ``Bound``), quoted once, so
/// that writing a case copies bytes instead of building its raw value for every row.
///
/// The bytes live in memory that is never freed (tables are static and live as long as the
/// process), so reading them costs no reference count on any thread.
struct QuotedCases<E: CaseIterable & RawRepresentable & Sendable>: @unchecked Sendable where E.RawValue == String {
    private let quoted: [UnsafeBufferPointer<UInt8>]
    /// True when a value's one byte of storage is its index in `allCases` (a payload-free enum
    /// of fewer than 256 cases, checked for every case here); otherwise values are found by name.
    private let tagIsIndex: Bool

    init() {
        let cases = Array(E.allCases)
        quoted = cases.map { value in
            let bytes = JSONWriter.quoted(value.rawValue)
            let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = memory.initialize(from: bytes)
            return UnsafeBufferPointer(memory)
        }
        tagIsIndex = MemoryLayout<E>.size == 1
            && cases.indices.allSatisfy { index in withUnsafeBytes(of: cases[index]) { Int($0[0]) } == index }
    }

    /// The quoted raw value of `value`. (A generic `==` on a raw-value enum compares raw value
    /// strings, so the case is found by its storage byte instead.)
    func bytes(of value: E) -> UnsafeBufferPointer<UInt8> {
        let index = tagIsIndex ? withUnsafeBytes(of: value) { Int($0[0]) }
            : E.allCases.firstIndex { $0.rawValue == value.rawValue }.map { E.allCases.distance(from: E.allCases.startIndex, to: $0) }
        guard let index, index < quoted.count else { preconditionFailure("\(value) is not among its type's cases") }
        return quoted[index]
    }
}
