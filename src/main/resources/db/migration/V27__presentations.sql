-- Presentations (issue 15): slides that teachers upload per room, and the platform's default (room_id NULL), sent to
-- BBB with create. The bytes live in the database, in a table of their own so that lists never read them, so that
-- every node serves them. BBB downloads each one once, by a link whose token (only its digest is stored) works for
-- one meeting, until expires_at, and only once (fetched_at).
CREATE TABLE presentation (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    room_id      BIGINT,
    file_name    VARCHAR(200) NOT NULL,
    kind         VARCHAR(8)   NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    default_flag ${bool}      NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  ${ts}        NOT NULL,
    CONSTRAINT fk_presentation_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_presentation_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) ${table_options};
CREATE INDEX ix_presentation_room ON presentation (room_id);

CREATE TABLE presentation_content (
    presentation_id BIGINT  NOT NULL PRIMARY KEY,
    content         ${blob} NOT NULL,
    CONSTRAINT fk_presentation_content FOREIGN KEY (presentation_id) REFERENCES presentation (id)
) ${table_options};

CREATE TABLE presentation_link (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    token_digest    VARCHAR(64) NOT NULL,
    meeting_id      BIGINT      NOT NULL,
    presentation_id BIGINT      NOT NULL,
    expires_at      ${ts}       NOT NULL,
    fetched_at      ${ts},
    CONSTRAINT uq_presentation_link_token UNIQUE (token_digest),
    CONSTRAINT fk_presentation_link_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_presentation_link_file FOREIGN KEY (presentation_id) REFERENCES presentation (id)
) ${table_options};
CREATE INDEX ix_presentation_link_file ON presentation_link (presentation_id);
CREATE INDEX ix_presentation_link_expiry ON presentation_link (expires_at);
