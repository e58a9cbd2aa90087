/// The store's schema, version 1 (`PRAGMA user_version`). Tables and columns are documented in
/// the README so that users can query them with the `sqlite3` shell.
enum Schema {
    static let version: Int32 = 1
    /// `PRAGMA application_id`: "FIGS".
    static let applicationID: Int64 = 0x4649_4753

    static let create = """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        published TEXT,
        source TEXT,
        bytes INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_doc ON documents(doc);
    CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        indicator TEXT NOT NULL,
        from_area TEXT,
        to_area TEXT,
        sector TEXT,
        unit TEXT,
        measure TEXT NOT NULL CHECK (measure IN ('flow', 'stock'))
    );
    CREATE TABLE observations (
        id INTEGER PRIMARY KEY,
        series_id INTEGER NOT NULL REFERENCES series(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        series TEXT NOT NULL,
        doc TEXT NOT NULL,
        published TEXT,
        indicator TEXT NOT NULL,
        value REAL,
        unit TEXT,
        bound TEXT NOT NULL CHECK (bound IN ('exact', 'approx', 'lower', 'upper', 'range')),
        low REAL,
        high REAL,
        from_area TEXT,
        to_area TEXT,
        sector TEXT,
        period TEXT,
        period_start TEXT,
        period_end TEXT,
        measure TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('reported', 'target')),
        text TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        value_exact TEXT,
        low_exact TEXT,
        high_exact TEXT,
        UNIQUE (document_id, span_start, span_end, indicator)
    );
    """ + queryIndexes.map { "CREATE INDEX \($0.name) ON \($0.on);\n" }.joined()

    /// Indexes for users' own queries (by series and period, by publication date): none of
    /// Figures' reads use them, and a large ingest drops them and builds them again at its end
    /// (``Store/dropQueryIndexes()``, ``Store/ensureQueryIndexes()``).
    static let queryIndexes: [(name: String, on: String)] = [
        ("observations_series", "observations(series_id, period_start)"),
        ("observations_published", "observations(published)"),
    ]
}
