-- Conference rooms (one per context: a course, a group, the platform, a user) and their meetings (one per start).
-- open_room_id and open_voice_bridge hold the room id and voice bridge while a meeting is open and NULL once it is
-- closed: their unique constraints make "one open meeting per room" and "a voice bridge unique among open meetings"
-- hold in the database itself, on H2, PostgreSQL and MariaDB alike (all three allow many NULLs in a unique column).

CREATE TABLE room (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL,
    public_id   VARCHAR(24) NOT NULL,
    room_type   VARCHAR(16) NOT NULL,
    course_id   BIGINT,
    group_id    BIGINT,
    owner_id    BIGINT,
    context_key VARCHAR(64) NOT NULL,
    created_at  ${ts}       NOT NULL,
    CONSTRAINT uq_room_public_id UNIQUE (public_id),
    CONSTRAINT uq_room_context UNIQUE (context_key),
    CONSTRAINT fk_room_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_room_group FOREIGN KEY (group_id) REFERENCES course_group (id),
    CONSTRAINT fk_room_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ${table_options};

CREATE TABLE meeting (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    room_id             BIGINT        NOT NULL,
    bbb_meeting_id      VARCHAR(64)   NOT NULL,
    internal_meeting_id VARCHAR(128),
    create_time         BIGINT,
    opened_at           ${ts}         NOT NULL,
    closed_at           ${ts},
    close_reason        VARCHAR(16),
    record              ${bool}       NOT NULL,
    welcome             VARCHAR(4000),
    max_participants    INTEGER       NOT NULL,
    duration            INTEGER       NOT NULL,
    voice_bridge        INTEGER       NOT NULL,
    started_by          BIGINT        NOT NULL,
    callback_token      VARCHAR(64)   NOT NULL,
    ended_callback_at   ${ts},
    open_room_id        BIGINT,
    open_voice_bridge   INTEGER,
    CONSTRAINT uq_meeting_bbb_id UNIQUE (bbb_meeting_id),
    CONSTRAINT uq_meeting_callback_token UNIQUE (callback_token),
    CONSTRAINT uq_meeting_open_room UNIQUE (open_room_id),
    CONSTRAINT uq_meeting_open_voice_bridge UNIQUE (open_voice_bridge),
    CONSTRAINT fk_meeting_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_meeting_open_room FOREIGN KEY (open_room_id) REFERENCES room (id),
    CONSTRAINT fk_meeting_started_by FOREIGN KEY (started_by) REFERENCES app_user (id)
) ${table_options};
CREATE INDEX ix_meeting_room ON meeting (room_id);
