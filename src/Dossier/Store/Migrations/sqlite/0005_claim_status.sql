-- Claims layer v3: who relayed a quote (via), a quote's status, and the certainty cue that set a quote's or figure's status.
ALTER TABLE quotes ADD COLUMN via_actor TEXT;
ALTER TABLE quotes ADD COLUMN via_text TEXT;
ALTER TABLE quotes ADD COLUMN via_start INTEGER;
ALTER TABLE quotes ADD COLUMN via_end INTEGER;
ALTER TABLE quotes ADD COLUMN status TEXT;
ALTER TABLE quotes ADD COLUMN status_cue_text TEXT;
ALTER TABLE quotes ADD COLUMN status_cue_start INTEGER;
ALTER TABLE quotes ADD COLUMN status_cue_end INTEGER;
ALTER TABLE figures ADD COLUMN status_cue_text TEXT;
ALTER TABLE figures ADD COLUMN status_cue_start INTEGER;
ALTER TABLE figures ADD COLUMN status_cue_end INTEGER;
