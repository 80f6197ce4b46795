-- Recordings: the local copy of what BBB reports for our meetings, kept in sync by the recording-ready callback, a
-- background sync and teachers' refreshes, so that pages never ask BBB. room_id and course_id repeat the meeting's
-- room and course, for the filters of the admin page and for retention when a course is deleted. hidden is a local
-- choice (hide from students), independent of BBB's published state. One row of recording_format per playback format.
-- A course is deleted softly: deleted_at hides it everywhere, while its recordings may stay listed for admins.

ALTER TABLE course ADD deleted_at ${ts};

CREATE TABLE recording (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    record_id         VARCHAR(128)  NOT NULL,
    meeting_id        BIGINT        NOT NULL,
    room_id           BIGINT        NOT NULL,
    course_id         BIGINT,
    name              VARCHAR(256)  NOT NULL,
    description       VARCHAR(2000),
    state             VARCHAR(16)   NOT NULL,
    hidden            ${bool}       NOT NULL,
    started_at        ${ts}         NOT NULL,
    ended_at          ${ts}         NOT NULL,
    participants      INTEGER       NOT NULL,
    synced_at         ${ts}         NOT NULL,
    ready_callback_at ${ts},
    CONSTRAINT uq_recording_record_id UNIQUE (record_id),
    CONSTRAINT fk_recording_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_recording_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_recording_course FOREIGN KEY (course_id) REFERENCES course (id)
) ${table_options};
CREATE INDEX ix_recording_meeting ON recording (meeting_id);
CREATE INDEX ix_recording_room ON recording (room_id, started_at);
CREATE INDEX ix_recording_course ON recording (course_id);
CREATE INDEX ix_recording_state ON recording (state);
CREATE INDEX ix_meeting_closed ON meeting (closed_at);

CREATE TABLE recording_format (
    recording_id   BIGINT        NOT NULL,
    format_index   INTEGER       NOT NULL,
    format_type    VARCHAR(64)   NOT NULL,
    url            VARCHAR(2048) NOT NULL,
    length_minutes INTEGER       NOT NULL,
    CONSTRAINT pk_recording_format PRIMARY KEY (recording_id, format_index),
    CONSTRAINT fk_recording_format_recording FOREIGN KEY (recording_id) REFERENCES recording (id) ON DELETE CASCADE
) ${table_options};
