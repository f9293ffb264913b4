-- Events layer v2: the source, target and location phrases as written (also when no actor fills the role)
-- and the ids of figures reported in the same sentence (space-separated; empty for none).
ALTER TABLE events ADD COLUMN source_text TEXT;
ALTER TABLE events ADD COLUMN target_text TEXT;
ALTER TABLE events ADD COLUMN location_text TEXT;
ALTER TABLE events ADD COLUMN figures TEXT;
