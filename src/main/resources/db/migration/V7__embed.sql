-- Embedding for host portals: the host portal's own ids on users, courses and groups (signed embed links provision
-- people just in time by them; the provisioning API keys its upserts by them), the nonces of signed embed links
-- (kept until the link expires, so that a replay is refused on every node), and single-use join links (only the
-- SHA-256 of the token is stored; used_at is set once, by one conditional UPDATE).
-- A plain UNIQUE constraint allows many NULLs on H2, PostgreSQL and MariaDB alike: local accounts have no external id.

ALTER TABLE app_user ADD external_id VARCHAR(128);
ALTER TABLE app_user ADD CONSTRAINT uq_app_user_external_id UNIQUE (external_id);
ALTER TABLE course ADD external_id VARCHAR(128);
ALTER TABLE course ADD CONSTRAINT uq_course_external_id UNIQUE (external_id);
ALTER TABLE course_group ADD external_id VARCHAR(128);
ALTER TABLE course_group ADD CONSTRAINT uq_course_group_external_id UNIQUE (external_id);

CREATE TABLE embed_nonce (
    nonce      VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at ${ts}       NOT NULL
) ${table_options};
CREATE INDEX ix_embed_nonce_expires ON embed_nonce (expires_at);

CREATE TABLE join_link (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    token_hash     VARCHAR(64) NOT NULL,
    user_id        BIGINT      NOT NULL,
    room_public_id VARCHAR(24) NOT NULL,
    expires_at     ${ts}       NOT NULL,
    used_at        ${ts},
    CONSTRAINT uq_join_link_token UNIQUE (token_hash),
    CONSTRAINT fk_join_link_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};
CREATE INDEX ix_join_link_expires ON join_link (expires_at);
