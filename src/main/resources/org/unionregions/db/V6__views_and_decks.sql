-- Version 6: views a presenter saved (a screen with its filters, sort, scale and palette), in the
-- database rather than in a settings file, so they survive restarts and travel with the registry.

CREATE TABLE saved_view (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 200),
    position INTEGER NOT NULL,     -- the order of the list, from 1
    screen   TEXT NOT NULL,        -- OVERVIEW, EDITIONS, MATRIX, PROFILE or DATA
    state    TEXT NOT NULL,        -- the screen's choices, a "key=value" line each
    saved_at TEXT NOT NULL,        -- ISO 8601 instant, UTC
    saved_by TEXT NOT NULL
);

-- Decks a presenter composed: the standard slides and saved views in a chosen order, each slide's
-- title and subtitle as written for the meeting (empty: the slide's own) and its speaker notes.
CREATE TABLE deck (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 200),
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL
);

CREATE TABLE deck_slide (
    deck     INTEGER NOT NULL REFERENCES deck (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    content  TEXT NOT NULL,        -- "standard" (the standard slides) or "view:" and a saved view's name
    title    TEXT NOT NULL DEFAULT '',
    subtitle TEXT NOT NULL DEFAULT '',
    notes    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (deck, position)
);
