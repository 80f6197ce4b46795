-- Login throttling (issue 18): failed sign-ins counted per account name (whether or not the account exists, so the
-- answer tells nothing) and per client address, in the database so that every node applies the same backoff.
-- throttle_key is 'account:<normalized username>' or 'address:<ip>'; blocked_until is the end of the current
-- backoff or lockout; locked marks an account lockout, which an admin may lift before it ends.

CREATE TABLE login_throttle (
    throttle_key   VARCHAR(120) NOT NULL PRIMARY KEY,
    failures       INTEGER      NOT NULL,
    last_failure   ${ts}        NOT NULL,
    blocked_until  ${ts},
    locked         ${bool}      NOT NULL
) ${table_options};
CREATE INDEX ix_login_throttle_last ON login_throttle (last_failure);
