-- Version 7: every editable row has a version, raised by each change the app saves, so a save that
-- finds the row changed by someone else since it was read is refused instead of overwriting it; and
-- every insert, update and delete the app makes (the form, undo, the command line) is kept with the
-- row's values before and after, tied to its change log entry (who and when). An import is one
-- change log entry with its file name and row count, not a row here per imported row.

ALTER TABLE source ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE region ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE edition ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE edition_figure ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE trade_figure ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE region_fact ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE row_history (
    id         INTEGER PRIMARY KEY,
    change     INTEGER REFERENCES change_log (id),  -- the change it was part of (logged first)
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_values TEXT,                                -- JSON object; NULL for an insert
    new_values TEXT                                 -- JSON object; NULL for a delete
);
CREATE INDEX row_history_row ON row_history (table_name, row_key);
CREATE INDEX row_history_change ON row_history (change);
