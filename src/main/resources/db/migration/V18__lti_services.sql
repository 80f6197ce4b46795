-- LTI Advantage services (issue 13): the roster sync (NRPS) and the grade passback (AGS).
-- lti_roster_run: one row per LMS context, claimed by the node that syncs it (started_at moves forward only when a
-- node wins the conditional update), with the last outcome for teachers and admins.
-- lti_room_grading: a teacher's grading settings of a room (threshold in MINUTES attended or PERCENT of the
-- meeting) and the AGS line item made for it in its LMS context.
-- lti_grade_meeting: a closed meeting of a graded room whose scores are due (due_at), computed by a background pass.
-- lti_score: the outbox of scores, one per meeting and student, sent in the background with bounded retries;
-- status PENDING, SENT or FAILED; score_given in hundredths of a point.

CREATE TABLE lti_roster_run (
    context_id BIGINT       NOT NULL PRIMARY KEY,
    started_at ${ts},
    synced_at  ${ts},
    outcome    VARCHAR(16),
    members    INTEGER      NOT NULL,
    detail     VARCHAR(500),
    CONSTRAINT fk_lti_roster_run_context FOREIGN KEY (context_id) REFERENCES lti_context (id)
) ${table_options};

CREATE TABLE lti_room_grading (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    room_id         BIGINT        NOT NULL,
    enabled         ${bool}       NOT NULL,
    threshold_kind  VARCHAR(16)   NOT NULL,
    threshold_value INTEGER       NOT NULL,
    context_id      BIGINT,
    line_item_url   VARCHAR(2000),
    updated_at      ${ts}         NOT NULL,
    CONSTRAINT uq_lti_room_grading_room UNIQUE (room_id),
    CONSTRAINT fk_lti_room_grading_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_lti_room_grading_context FOREIGN KEY (context_id) REFERENCES lti_context (id)
) ${table_options};

CREATE TABLE lti_grade_meeting (
    meeting_id BIGINT NOT NULL PRIMARY KEY,
    grading_id BIGINT NOT NULL,
    due_at     ${ts},
    graded_at  ${ts},
    CONSTRAINT fk_lti_grade_meeting_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_lti_grade_meeting_grading FOREIGN KEY (grading_id) REFERENCES lti_room_grading (id)
) ${table_options};
CREATE INDEX ix_lti_grade_meeting_due ON lti_grade_meeting (due_at);

CREATE TABLE lti_score (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    grading_id       BIGINT       NOT NULL,
    meeting_id       BIGINT       NOT NULL,
    user_id          BIGINT       NOT NULL,
    sub              VARCHAR(255) NOT NULL,
    attended_seconds BIGINT       NOT NULL,
    score_given      INTEGER      NOT NULL,
    score_maximum    INTEGER      NOT NULL,
    scored_at        ${ts}        NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  ${ts},
    claimed_until    ${ts},
    last_error       VARCHAR(500),
    sent_at          ${ts},
    CONSTRAINT uq_lti_score UNIQUE (meeting_id, user_id),
    CONSTRAINT fk_lti_score_grading FOREIGN KEY (grading_id) REFERENCES lti_room_grading (id),
    CONSTRAINT fk_lti_score_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_lti_score_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};
CREATE INDEX ix_lti_score_due ON lti_score (status, next_attempt_at);
