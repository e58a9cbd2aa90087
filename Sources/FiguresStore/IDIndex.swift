/// Row ids to dense indices. Ids of a store's rows are mostly 1, 2, 3, ...: those below a
/// limit are kept in an array (one load per lookup), others in a dictionary.
struct IDIndex {
    private var dense: [Int32] = []
    private var sparse: [Int64: Int32] = [:]
    /// Ids below this go in `dense`, which never grows past four entries per id stored plus 4096.
    private var stored = 0

    subscript(id: Int64) -> Int32? {
        if id >= 0 && id < Int64(dense.count) {
            let index = dense[Int(id)]
            return index < 0 ? nil : index
        }
        return sparse[id]
    }

    mutating func insert(_ id: Int64, _ index: Int32) {
        stored += 1
        if id >= 0 && id < Int64(4 * stored + 4096) {
            if id >= Int64(dense.count) {
                dense.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - dense.count))
            }
            dense[Int(id)] = index
        } else {
            sparse[id] = index
        }
    }
}
