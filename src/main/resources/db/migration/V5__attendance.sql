-- Attendance (issue 6): who was in which meeting, when, learnt how; BBB's engagement figures; analytics received.
-- attendance: one row per interval (a re-join is a new row). user_id is NULL for people who did not come through
-- the portal (a shared link, a phone), recorded by the name BBB gave and flagged external_user. seen_at is the last
-- time the background sync saw the attendee in BBB, so that a leave learnt late is placed within one sync period.

CREATE TABLE attendance (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    meeting_id    BIGINT       NOT NULL,
    user_id       BIGINT,
    bbb_user_id   VARCHAR(255) NOT NULL,
    full_name     VARCHAR(256) NOT NULL,
    moderator     ${bool}      NOT NULL,
    external_user ${bool}      NOT NULL,
    joined_at     ${ts}        NOT NULL,
    seen_at       ${ts},
    left_at       ${ts},
    join_source   VARCHAR(16)  NOT NULL,
    leave_source  VARCHAR(16),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};
CREATE INDEX ix_attendance_meeting ON attendance (meeting_id);
CREATE INDEX ix_attendance_user ON attendance (user_id);

CREATE TABLE attendance_engagement (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    meeting_id    BIGINT       NOT NULL,
    bbb_user_id   VARCHAR(255) NOT NULL,
    talk_seconds  INTEGER      NOT NULL,
    chats         INTEGER      NOT NULL,
    talks         INTEGER      NOT NULL,
    raised_hands  INTEGER      NOT NULL,
    emojis        INTEGER      NOT NULL,
    poll_votes    INTEGER      NOT NULL,
    CONSTRAINT uq_attendance_engagement UNIQUE (meeting_id, bbb_user_id),
    CONSTRAINT fk_attendance_engagement_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};

-- One row per meeting whose analytics callback was accepted: a second one is a replay.
CREATE TABLE attendance_analytics (
    id          BIGINT NOT NULL PRIMARY KEY,
    version     BIGINT NOT NULL,
    meeting_id  BIGINT NOT NULL,
    received_at ${ts}  NOT NULL,
    started_at  ${ts},
    finished_at ${ts},
    CONSTRAINT uq_attendance_analytics_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_attendance_analytics_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ${table_options};
