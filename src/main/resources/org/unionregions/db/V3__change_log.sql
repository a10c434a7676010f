-- Version 3: one row for every committed write transaction: what it did, who and when. A commit whose
-- answer is lost (an I/O error at COMMIT) is then checked by its token instead of guessed at, so the
-- app never says "nothing was changed" about a change that was saved, or the other way round.

CREATE TABLE change_log (
    id      INTEGER PRIMARY KEY,
    token   TEXT NOT NULL UNIQUE,   -- random, written by the transaction itself
    made_at TEXT NOT NULL,          -- ISO 8601 instant, UTC
    made_by TEXT NOT NULL,          -- the account that wrote (the OS user for a database file)
    action  TEXT NOT NULL,          -- e.g. "import", "insert", "update", "delete", "migrate"
    detail  TEXT,                   -- e.g. the table and the file imported
    rows    INTEGER                 -- rows written, where the writer knows
);
