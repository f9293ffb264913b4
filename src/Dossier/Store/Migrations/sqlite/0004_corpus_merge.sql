-- Cross-document merging (schema 4). The 0001 corpus_actors table (always empty until now) allowed one actor
-- per name and type, but two actors of one name in different countries must stay apart: it is rebuilt.
-- Entities record which rule linked them to their corpus actor; events link to corpus events (clusters),
-- and the figures of clustered events are gathered per cluster so conflicting counts show side by side.
DROP TABLE corpus_actors;
CREATE TABLE corpus_actors (
    corpus_actor_id INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    type            TEXT NOT NULL,
    country         TEXT,
    code            TEXT,
    geonameid       TEXT
);
CREATE INDEX corpus_actors_geonameid ON corpus_actors (geonameid) WHERE geonameid IS NOT NULL;

-- Normalised name variants an actor is known by: kind 'name' (its names), 'surname' (last word of a person's
-- full name), 'alias' (an acronym or expansion a document equated with it).
CREATE TABLE corpus_actor_names (
    norm_name       TEXT    NOT NULL,
    type            TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    corpus_actor_id INTEGER NOT NULL REFERENCES corpus_actors (corpus_actor_id),
    PRIMARY KEY (norm_name, type, kind, corpus_actor_id)
) WITHOUT ROWID;

ALTER TABLE entities ADD COLUMN merge_rule TEXT;
CREATE INDEX entities_corpus_actor ON entities (corpus_actor_id);

-- One row per cluster of event mentions. cluster_key = type|cameo root|source|target|negated (+ |story|date for
-- clusters confined to one story); date_min/date_max span the members' dates.
CREATE TABLE corpus_events (
    corpus_event_id   INTEGER PRIMARY KEY,
    cluster_key       TEXT    NOT NULL,
    type              TEXT    NOT NULL,
    cameo_root        TEXT,
    source_actor_id   INTEGER REFERENCES corpus_actors (corpus_actor_id),
    target_actor_id   INTEGER REFERENCES corpus_actors (corpus_actor_id),
    location_actor_id INTEGER REFERENCES corpus_actors (corpus_actor_id),
    negated           INTEGER NOT NULL,
    date_min          TEXT,
    date_max          TEXT,
    story_id          INTEGER
);
CREATE INDEX corpus_events_key ON corpus_events (cluster_key, date_min);
CREATE INDEX corpus_events_source ON corpus_events (source_actor_id, date_min);
CREATE INDEX corpus_events_target ON corpus_events (target_actor_id, date_min);
CREATE INDEX corpus_events_date ON corpus_events (date_min);

CREATE TABLE corpus_event_mentions (
    doc_key         INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    event_ord       INTEGER NOT NULL,
    corpus_event_id INTEGER NOT NULL REFERENCES corpus_events (corpus_event_id),
    story_id        INTEGER NOT NULL,
    rule            TEXT    NOT NULL,
    PRIMARY KEY (doc_key, event_ord)
) WITHOUT ROWID;
CREATE INDEX corpus_event_mentions_event ON corpus_event_mentions (corpus_event_id);

CREATE TABLE corpus_event_figures (
    corpus_event_id INTEGER NOT NULL REFERENCES corpus_events (corpus_event_id),
    doc_key         INTEGER NOT NULL REFERENCES documents (doc_key) ON DELETE CASCADE,
    figure_ord      INTEGER NOT NULL,
    PRIMARY KEY (corpus_event_id, doc_key, figure_ord)
) WITHOUT ROWID;
