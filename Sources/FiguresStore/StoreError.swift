/// Everything that can go wrong with a store, each naming the file and what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case isDirectory(path: String)
    case cannotOpen(path: String, reason: String)
    case notADatabase(path: String)
    case notAFiguresStore(path: String)
    case newerSchema(path: String, found: Int32, supported: Int32)
    case corrupt(path: String, reason: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case busy(path: String)
    case failed(path: String, code: Int32, message: String)
    case unknownSeries(String)
    /// Every figure was stored, but the indexes for users' queries could not be built at the end.
    case queryIndexesNotBuilt(path: String, reason: String)

    public var description: String {
        switch self {
        case .isDirectory(let path):
            return "\(path): is a folder; give a file path for the store (e.g. \(path)/figures.sqlite)"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the store (\(reason)); check that the folder exists and is writable"
        case .notADatabase(let path):
            return "\(path): not an SQLite database; choose another --store path or move this file away"
        case .notAFiguresStore(let path):
            return "\(path): an SQLite database, but not a figures store; choose another --store path"
        case .newerSchema(let path, let found, let supported):
            return "\(path): written by a newer figures (schema \(found); this one reads up to \(supported)); upgrade figures to read it"
        case .corrupt(let path, let reason):
            return "\(path): the store is damaged (\(reason)); restore a backup or ingest into a new store"
        case .readOnly(let path):
            return "\(path): the store is read-only; check the file's permissions or choose another --store path"
        case .diskFull(let path):
            return "\(path): the disk is full; nothing from the failed batch was stored; free space and ingest again"
        case .busy(let path):
            return "\(path): another process kept the store locked for too long; try again"
        case .failed(let path, let code, let message):
            return "\(path): SQLite error \(code): \(message)"
        case .unknownSeries(let key):
            return "no series '\(key)' in the store; 'figures series' lists them"
        case .queryIndexesNotBuilt(let path, let reason):
            return "\(path): every figure was stored, but the indexes for queries by series and date could not be built "
                + "(\(reason)); figures reads the store without them; run 'figures ingest' again (even with nothing new) to build them"
        }
    }
}
