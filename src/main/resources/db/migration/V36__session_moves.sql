-- A single occurrence of a recurring session moved to another start (issue 16), the rest of the series unchanged:
-- kept by the day the rule gives it in the session's time zone (as room_session_skip keeps cancelled ones), so that
-- its calendar override's RECURRENCE-ID is that planned start; starts_at is the new start, in UTC.
CREATE TABLE room_session_move (
    session_id    BIGINT       NOT NULL REFERENCES room_session (id),
    moved_day     DATE         NOT NULL,
    starts_at     ${ts}        NOT NULL,
    PRIMARY KEY (session_id, moved_day)
) ${table_options};
