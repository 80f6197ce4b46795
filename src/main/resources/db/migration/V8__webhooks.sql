-- Webhooks out (issue 14): subscriptions of host portals, an outbox of events written in the transaction of the
-- change they report, and one delivery per subscription and event, which the worker claims (claimed_until) so that
-- two nodes never send the same attempt. dedupe_key makes one event per fact (meeting started, recording ready...).
-- api_client_id ties a subscription made through the API to its client (NULL: made by an admin).
-- secret is sealed with AES-256-GCM (SecretBox, BBB_SECRET_KEY), not hashed: deliveries are signed with it.

CREATE TABLE webhook_subscription (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    description          VARCHAR(200),
    event_types          VARCHAR(200)  NOT NULL,
    secret               VARCHAR(255)  NOT NULL,
    api_client_id        BIGINT,
    status               VARCHAR(16)   NOT NULL,
    consecutive_failures INTEGER       NOT NULL,
    failing_since        ${ts},
    paused_at            ${ts},
    created_at           ${ts}         NOT NULL,
    CONSTRAINT fk_webhook_subscription_client FOREIGN KEY (api_client_id) REFERENCES api_client (id)
) ${table_options};

CREATE TABLE webhook_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    event_id    VARCHAR(36)   NOT NULL,
    event_type  VARCHAR(32)   NOT NULL,
    dedupe_key  VARCHAR(200)  NOT NULL,
    meeting_id  BIGINT,
    occurred_at ${ts}         NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    CONSTRAINT uq_webhook_event_id UNIQUE (event_id),
    CONSTRAINT uq_webhook_event_dedupe UNIQUE (dedupe_key)
) ${table_options};
CREATE INDEX ix_webhook_event_meeting ON webhook_event (meeting_id);

CREATE TABLE webhook_delivery (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    subscription_id BIGINT       NOT NULL,
    event_id        BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at ${ts},
    retry_until     ${ts}        NOT NULL,
    claimed_until   ${ts},
    last_attempt_at ${ts},
    last_code       INTEGER,
    last_response   VARCHAR(1000),
    created_at      ${ts}        NOT NULL,
    CONSTRAINT uq_webhook_delivery UNIQUE (subscription_id, event_id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES webhook_event (id)
) ${table_options};
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_event ON webhook_delivery (event_id);
