-- Portal identity: users, courses, enrollments and course groups.
-- Portable to H2, PostgreSQL and MariaDB; ${ts}, ${bool} and ${table_options} are set per database by SchemaMigration.

CREATE TABLE id_gen (
    gen_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    gen_value BIGINT      NOT NULL
) ${table_options};
INSERT INTO id_gen (gen_name, gen_value) VALUES ('ids', 0);

CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(128) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    platform_role VARCHAR(16)  NOT NULL,
    active        ${bool}      NOT NULL,
    password_hash VARCHAR(512),
    created_at    ${ts}        NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ${table_options};

CREATE TABLE course (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    title      VARCHAR(200) NOT NULL,
    active     ${bool}      NOT NULL,
    created_at ${ts}        NOT NULL,
    CONSTRAINT uq_course_code UNIQUE (code)
) ${table_options};

CREATE TABLE enrollment (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    course_id   BIGINT      NOT NULL,
    course_role VARCHAR(16) NOT NULL,
    active      ${bool}     NOT NULL,
    CONSTRAINT uq_enrollment UNIQUE (user_id, course_id),
    CONSTRAINT fk_enrollment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_enrollment_course FOREIGN KEY (course_id) REFERENCES course (id)
) ${table_options};
CREATE INDEX ix_enrollment_course ON enrollment (course_id);

CREATE TABLE course_group (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL,
    course_id BIGINT       NOT NULL,
    name      VARCHAR(100) NOT NULL,
    active    ${bool}      NOT NULL,
    CONSTRAINT uq_course_group_name UNIQUE (course_id, name),
    CONSTRAINT fk_course_group_course FOREIGN KEY (course_id) REFERENCES course (id)
) ${table_options};

CREATE TABLE group_member (
    group_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    CONSTRAINT pk_group_member PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_group_member_group FOREIGN KEY (group_id) REFERENCES course_group (id),
    CONSTRAINT fk_group_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};
CREATE INDEX ix_group_member_user ON group_member (user_id);
