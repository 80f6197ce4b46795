-- The LTI 1.3 tool (issue 13): the platforms (LMSs) registered with us, the tool's own RSA keys (shared by every
-- node; private_key is sealed with SecretBox when BBB_SECRET_KEY is set), the OIDC login states between the login
-- initiation and the launch (single use, short lived, in the database so that the launch may reach another node),
-- the LMS's people (sub) tied to our users, the LMS courses (contexts) mapped to ours with their NRPS and AGS service URLs, and a log of launches.
-- deployment_ids is a space-separated list. A user launched from a platform has external_id 'lti:<platform id>:<sub>'
-- and a course 'lti:<platform id>:<context id>' (hashed when longer), so that no two platforms share people.

CREATE TABLE lti_platform (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    issuer         VARCHAR(255)  NOT NULL,
    client_id      VARCHAR(255)  NOT NULL,
    deployment_ids VARCHAR(2000) NOT NULL,
    auth_endpoint  VARCHAR(2000) NOT NULL,
    token_endpoint VARCHAR(2000),
    jwks_url       VARCHAR(2000) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    registered_via VARCHAR(16)   NOT NULL,
    product        VARCHAR(100),
    created_at     ${ts}         NOT NULL,
    CONSTRAINT uq_lti_platform UNIQUE (issuer, client_id)
) ${table_options};

CREATE TABLE lti_tool_key (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL,
    kid         VARCHAR(64) NOT NULL,
    private_key ${text}     NOT NULL,
    public_jwk  ${text}     NOT NULL,
    created_at  ${ts}       NOT NULL,
    retired_at  ${ts},
    CONSTRAINT uq_lti_tool_key_kid UNIQUE (kid)
) ${table_options};

CREATE TABLE lti_login_state (
    state           VARCHAR(64)   NOT NULL PRIMARY KEY,
    nonce           VARCHAR(64)   NOT NULL,
    platform_id     BIGINT        NOT NULL,
    target_link_uri VARCHAR(2000),
    expires_at      ${ts}         NOT NULL,
    CONSTRAINT fk_lti_login_state_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id)
) ${table_options};
CREATE INDEX ix_lti_login_state_expires ON lti_login_state (expires_at);

CREATE TABLE lti_user (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    platform_id BIGINT       NOT NULL,
    sub         VARCHAR(255) NOT NULL,
    user_id     BIGINT       NOT NULL,
    CONSTRAINT uq_lti_user UNIQUE (platform_id, sub),
    CONSTRAINT uq_lti_user_user UNIQUE (user_id),
    CONSTRAINT fk_lti_user_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id),
    CONSTRAINT fk_lti_user_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE TABLE lti_context (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    platform_id      BIGINT        NOT NULL,
    context_id       VARCHAR(255)  NOT NULL,
    course_id        BIGINT        NOT NULL,
    title            VARCHAR(255),
    memberships_url  VARCHAR(2000),
    lineitems_url    VARCHAR(2000),
    ags_scopes       VARCHAR(500),
    roster_synced_at ${ts},
    CONSTRAINT uq_lti_context UNIQUE (platform_id, context_id),
    CONSTRAINT fk_lti_context_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id),
    CONSTRAINT fk_lti_context_course FOREIGN KEY (course_id) REFERENCES course (id)
) ${table_options};

CREATE TABLE lti_launch (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    platform_id  BIGINT,
    issuer       VARCHAR(255),
    launched_at  ${ts}        NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    reason       VARCHAR(64)  NOT NULL,
    message_type VARCHAR(40),
    user_id      BIGINT,
    CONSTRAINT fk_lti_launch_platform FOREIGN KEY (platform_id) REFERENCES lti_platform (id)
) ${table_options};
CREATE INDEX ix_lti_launch_platform ON lti_launch (platform_id, launched_at);
CREATE INDEX ix_lti_launch_at ON lti_launch (launched_at);
