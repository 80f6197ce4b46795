-- Several rooms per course (issue 15): a named room's place in the course's list, its own welcome message (NULL: the
-- course's), whether its meetings pre-assign breakout rooms from the course's groups, and when it was deleted (its
-- row stays, for the meetings and attendance that refer to it). meeting.slides_note says what became of the
-- presentations sent with the meeting's create, for the teacher (NULL: none were sent).
ALTER TABLE room ADD list_position INTEGER;
ALTER TABLE room ADD welcome VARCHAR(4000);
ALTER TABLE room ADD breakout_groups SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE room ADD removed_at ${ts};
ALTER TABLE meeting ADD slides_note VARCHAR(16);
