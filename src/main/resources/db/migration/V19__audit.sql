-- The audit log (issue 18): what admins and teachers did (settings with their old and new values, never a secret's;
-- rooms started and ended; recordings published, unpublished, deleted; users imported, deactivated; LTI platforms
-- approved or disabled) and failed sign-ins and lockouts. Entries are written once, in the transaction of their
-- action, and never changed. actor, target and course_code are copies (a username, a room's name, a course code),
-- not foreign keys, so that an entry outlives a rename or a deletion. The history of a platform setting is its
-- SETTING_CHANGED entries: platform_setting keeps the latest value and who saved it.

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    occurred_at ${ts}         NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    actor_id    BIGINT,
    actor       VARCHAR(64),
    target      VARCHAR(255)  NOT NULL,
    course_code VARCHAR(32),
    old_value   VARCHAR(4000),
    new_value   VARCHAR(4000),
    details     VARCHAR(1000)
) ${table_options};
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at, id);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
