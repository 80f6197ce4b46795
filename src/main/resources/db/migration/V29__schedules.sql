-- Sessions on a timetable (issue 16). A session is a rule, not its occurrences: the first start (UTC) with the
-- time zone it was planned in, so that a weekly 10:00 stays 10:00 across daylight-saving changes; the week days of
-- a recurring one and its end (a last day or a number of occurrences). Cancelled occurrences are listed in
-- room_session_skip by their day in the session's time zone (a session has at most one start a day), so that they
-- stay cancelled when the session's hour changes. A deleted session stays, cancelled, so that calendar feeds can withdraw it;
-- its uid and sequence_no are the iCalendar UID and SEQUENCE. The window opens opens_before minutes before a start
-- and closes closes_after minutes after its end.
CREATE TABLE room_session (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    room_id       BIGINT       NOT NULL REFERENCES room (id),
    uid           VARCHAR(64)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    starts_at     ${ts}        NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    length_min    INTEGER      NOT NULL,
    opens_before  INTEGER      NOT NULL,
    closes_after  INTEGER      NOT NULL,
    week_days     VARCHAR(32),
    until_day     DATE,
    repeat_count  INTEGER,
    cancelled     ${bool}      NOT NULL,
    sequence_no   INTEGER      NOT NULL,
    updated_at    ${ts}        NOT NULL,
    CONSTRAINT uq_room_session_uid UNIQUE (uid)
) ${table_options};
CREATE INDEX ix_room_session_room ON room_session (room_id, cancelled);

CREATE TABLE room_session_skip (
    session_id    BIGINT       NOT NULL REFERENCES room_session (id),
    skipped_day   DATE         NOT NULL,
    PRIMARY KEY (session_id, skipped_day)
) ${table_options};

-- A course whose timetable is strict: its teachers cannot start a room before a session's window opens either.
CREATE TABLE course_timetable (
    course_id     BIGINT       NOT NULL PRIMARY KEY REFERENCES course (id),
    version       BIGINT       NOT NULL,
    strict_times  ${bool}      NOT NULL
) ${table_options};

-- Each user's calendar: the time zone they read times in (NULL: BBB_TIME_ZONE) and the SHA-256 digest of their
-- feed's secret (NULL until they ask for a feed); the secret itself is shown once and never stored.
CREATE TABLE user_calendar (
    user_id       BIGINT       NOT NULL PRIMARY KEY REFERENCES app_user (id),
    version       BIGINT       NOT NULL,
    time_zone     VARCHAR(64),
    feed_digest   VARCHAR(64),
    CONSTRAINT uq_user_calendar_feed UNIQUE (feed_digest)
) ${table_options};
