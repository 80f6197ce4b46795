-- The host-portal API (issue 14): its clients and the answers kept for Idempotency-Key replays.
-- api_client.token_hash is the SHA-256 (hex) of the client's bearer token, which is shown once and never stored.
-- scopes is a comma-separated list of lower-case scope names; rate_limit is requests per minute (NULL: the default).

CREATE TABLE api_client (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    scopes       VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    token_hint   VARCHAR(16)  NOT NULL,
    rate_limit   INTEGER,
    expires_at   ${ts},
    last_used_at ${ts},
    revoked_at   ${ts},
    created_at   ${ts}        NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    CONSTRAINT uq_api_client_token UNIQUE (token_hash)
) ${table_options};

CREATE TABLE api_idempotency (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    client_id    BIGINT       NOT NULL,
    idem_key     VARCHAR(255) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    status       INTEGER,
    content_type VARCHAR(100),
    body         ${text},
    created_at   ${ts}        NOT NULL,
    CONSTRAINT uq_api_idempotency UNIQUE (client_id, idem_key),
    CONSTRAINT fk_api_idempotency_client FOREIGN KEY (client_id) REFERENCES api_client (id)
) ${table_options};
CREATE INDEX ix_api_idempotency_created ON api_idempotency (created_at);
