-- One rule of what counts as attended (issue 16): the LTI grades follow the room's completion rule, the one the
-- reports' verdicts use, so the grading's own threshold goes. A room whose teacher set a grading threshold but no
-- completion rule keeps that threshold as its completion rule, so its grades stay as they were; where both were
-- set, the completion rule (what the reports and the students' own records already showed) stays.

INSERT INTO completion_rule (room_id, rule_kind, rule_value, updated_at)
SELECT g.room_id, g.threshold_kind, g.threshold_value, g.updated_at FROM lti_room_grading g
WHERE NOT EXISTS (SELECT 1 FROM completion_rule c WHERE c.room_id = g.room_id);

ALTER TABLE lti_room_grading DROP COLUMN threshold_kind;
ALTER TABLE lti_room_grading DROP COLUMN threshold_value;
