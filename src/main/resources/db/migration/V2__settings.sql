-- Conference settings: the platform's ("Extra" section, key/value), each course's, and each user's client choice.

CREATE TABLE platform_setting (
    setting_key   VARCHAR(64)   NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL,
    updated_at    ${ts}         NOT NULL,
    updated_by    VARCHAR(64)
) ${table_options};

CREATE TABLE course_room_settings (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    course_id              BIGINT        NOT NULL,
    welcome_message        VARCHAR(4000),
    record_meetings        ${bool},
    max_participants       INTEGER,
    group_rooms_enabled    ${bool}       NOT NULL,
    students_start_groups  ${bool},
    CONSTRAINT uq_course_room_settings UNIQUE (course_id),
    CONSTRAINT fk_course_room_settings_course FOREIGN KEY (course_id) REFERENCES course (id)
) ${table_options};

CREATE TABLE user_preference (
    user_id          BIGINT      NOT NULL PRIMARY KEY,
    client_interface VARCHAR(16) NOT NULL,
    CONSTRAINT fk_user_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};
