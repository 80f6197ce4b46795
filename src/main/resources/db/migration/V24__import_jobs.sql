-- CSV imports run in the background (issue 18). A job holds the uploaded file until it ends, its progress (rows
-- checked, rows imported, errors so far) and its heartbeat, all in the database, so that any node can show it.
-- active is 1 while a job is queued or running and NULL afterwards: its unique index lets one import run at a time
-- on the whole platform (NULLs never clash). A job whose heartbeat is older than BBB_IMPORT_STALE_MINUTES is shown
-- as interrupted, and the next start marks it so and frees the slot. Problems are capped per job (ImportJobStore).

CREATE TABLE import_job (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    active        SMALLINT,
    file_name     VARCHAR(255) NOT NULL,
    content       ${text},
    started_by_id BIGINT       NOT NULL,
    started_by    VARCHAR(64)  NOT NULL,
    created_at    ${ts}        NOT NULL,
    heartbeat_at  ${ts}        NOT NULL,
    finished_at   ${ts},
    total_rows    INTEGER      NOT NULL,
    checked_rows  INTEGER      NOT NULL,
    imported_rows INTEGER      NOT NULL,
    error_count   INTEGER      NOT NULL
) ${table_options};
CREATE UNIQUE INDEX ux_import_job_active ON import_job (active);
CREATE INDEX ix_import_job_created ON import_job (created_at, id);

CREATE TABLE import_job_problem (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    job_id      BIGINT        NOT NULL REFERENCES import_job (id),
    line_no     BIGINT        NOT NULL,
    message_key VARCHAR(64)   NOT NULL,
    args        VARCHAR(1000) NOT NULL
) ${table_options};
CREATE INDEX ix_import_job_problem_job ON import_job_problem (job_id, line_no);
