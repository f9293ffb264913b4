-- Events layer v3: where an event's date and place come from ("text": a time expression or place phrase of the
-- sentence, date_timex naming the timex; "document": the document's date and focus place).
ALTER TABLE events ADD COLUMN date_basis TEXT;
ALTER TABLE events ADD COLUMN date_timex TEXT;
ALTER TABLE events ADD COLUMN location_basis TEXT;
-- The attributed source as written, and the quote the event sits in.
ALTER TABLE events ADD COLUMN attributed_text TEXT;
ALTER TABLE events ADD COLUMN quote TEXT;
