-- Claims layer v2: who a quote's speaker and a figure's source are in the text, and timex modifiers.
ALTER TABLE quotes ADD COLUMN speaker_text TEXT;
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
ALTER TABLE figures ADD COLUMN source_text TEXT;
ALTER TABLE figures ADD COLUMN source_start INTEGER;
ALTER TABLE figures ADD COLUMN source_end INTEGER;
ALTER TABLE timexes ADD COLUMN mod TEXT;
