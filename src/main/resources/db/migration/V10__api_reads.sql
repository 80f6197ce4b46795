-- The host API's cursor pages (issue 14): a course's meetings are read newest first by (opened_at, id) after the
-- last one of the previous page, room by room; this index finds each page's rows without counting rows off.
-- A course's recordings use ix_recording_room (room_id, started_at) of V4.
CREATE INDEX ix_meeting_room_opened ON meeting (room_id, opened_at, id);
