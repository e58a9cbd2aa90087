#include <sqlite3.h>

/// Turns off SQLite's memory statistics, which take a global mutex on every allocation. Takes
/// effect only before the library is initialised (the first connection); harmless afterwards.
/// (sqlite3_config is variadic, which Swift cannot call.)
static inline int figures_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
