-- Dossier store schema 1 (SQLite). One row per document; every analysis layer in its own table, keyed by
-- (doc_key, ord) so a document's records load back in their original order. Offsets are UTF-16 code
-- units into documents.text, as in dossier/1.

CREATE TABLE documents (
    doc_key        INTEGER PRIMARY KEY,
    content_hash   TEXT    NOT NULL UNIQUE,
    id             TEXT    NOT NULL,
    schema         TEXT    NOT NULL,
    title          TEXT,
    url            TEXT,
    date           TEXT,
    text           TEXT,
    layers         TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('ok', 'failed')),
    failure_reason TEXT,
    source_path    TEXT,
    simhash        INTEGER,
    ingested_at    TEXT    NOT NULL
);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_status ON documents (status);
CREATE INDEX documents_order ON documents (source_path, id, content_hash);

CREATE TABLE boilerplate (
    doc_key    INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    PRIMARY KEY (doc_key, ord)
) WITHOUT ROWID;

CREATE TABLE sentences (
    doc_key    INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    PRIMARY KEY (doc_key, ord)
) WITHOUT ROWID;

-- Cross-document actors (filled by a later corpus pass): one row per normalised name and type.
CREATE TABLE corpus_actors (
    corpus_actor_id INTEGER PRIMARY KEY,
    norm_name       TEXT NOT NULL,
    type            TEXT NOT NULL,
    UNIQUE (norm_name, type)
);

CREATE TABLE entities (
    doc_key         INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    ord             INTEGER NOT NULL,
    id              TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    type            TEXT    NOT NULL,
    corpus_actor_id INTEGER REFERENCES corpus_actors (corpus_actor_id),
    PRIMARY KEY (doc_key, ord)
) WITHOUT ROWID;
CREATE INDEX entities_doc_id ON entities (doc_key, id);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE entity_attributes (
    doc_key    INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    entity_ord INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    key        TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    char_start INTEGER,
    char_end   INTEGER,
    rule       TEXT    NOT NULL,
    status     TEXT,
    qualifier  TEXT,
    PRIMARY KEY (doc_key, entity_ord, ord)
) WITHOUT ROWID;

CREATE TABLE mentions (
    doc_key    INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    entity_ord INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    rule       TEXT    NOT NULL,
    PRIMARY KEY (doc_key, entity_ord, ord)
) WITHOUT ROWID;

CREATE TABLE events (
    doc_key        INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    id             TEXT    NOT NULL,
    type           TEXT    NOT NULL,
    mode           TEXT,
    cameo          TEXT,
    source         TEXT,
    target         TEXT,
    location       TEXT,
    date           TEXT,
    negated        INTEGER NOT NULL,
    modality       TEXT    NOT NULL,
    attributed_to  TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    rule           TEXT    NOT NULL,
    PRIMARY KEY (doc_key, ord)
) WITHOUT ROWID;
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date);

CREATE TABLE quotes (
    doc_key    INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    id         TEXT    NOT NULL,
    speaker    TEXT,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    cue        TEXT,
    direct     INTEGER NOT NULL,
    channel    TEXT,
    rule       TEXT    NOT NULL,
    PRIMARY KEY (doc_key, ord)
) WITHOUT ROWID;

CREATE TABLE figures (
    doc_key        INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    id             TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    value          REAL    NOT NULL,
    value_max      REAL,
    qualifier      TEXT    NOT NULL,
    subject        TEXT,
    attributed_to  TEXT,
    status         TEXT    NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    rule           TEXT    NOT NULL,
    PRIMARY KEY (doc_key, ord)
) WITHOUT ROWID;

CREATE TABLE timexes (
    doc_key    INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    id         TEXT    NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    value      TEXT,
    rule       TEXT    NOT NULL,
    PRIMARY KEY (doc_key, ord)
) WITHOUT ROWID;

-- Near-duplicate stories: every analysed document belongs to exactly one story; syndicated copies share one.
CREATE TABLE stories (
    story_id      INTEGER PRIMARY KEY,
    first_doc_key INTEGER NOT NULL REFERENCES documents (doc_key),
    created_at    TEXT    NOT NULL
);

CREATE TABLE story_documents (
    doc_key  INTEGER PRIMARY KEY REFERENCES documents (doc_key) ON DELETE CASCADE,
    story_id INTEGER NOT NULL REFERENCES stories (story_id),
    distance INTEGER NOT NULL
);
CREATE INDEX story_documents_story ON story_documents (story_id);

-- SimHash split into four 16-bit bands: two hashes within Hamming distance 3 share at least one band.
CREATE TABLE simhash_bands (
    band    INTEGER NOT NULL,
    value   INTEGER NOT NULL,
    doc_key INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    PRIMARY KEY (band, value, doc_key)
) WITHOUT ROWID;

-- Full-text index over title and text, kept in step with documents by triggers.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text, content = 'documents', content_rowid = 'doc_key', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.doc_key, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.doc_key, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.doc_key, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.doc_key, new.title, new.text);
END;
