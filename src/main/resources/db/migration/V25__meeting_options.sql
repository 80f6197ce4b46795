-- Meeting options (issue 15), as key/value rows so that a new BBB create parameter needs no schema change. The
-- keys are the BBB parameter names of the registry (options/MeetingOptions). meeting_option_rule holds the
-- platform's choice per option: its value (NULL for the registry's default, or for the options whose platform value
-- is on the Extra page) and who decides it (HIDDEN, PLATFORM, COURSE, ROOM). meeting_option_value holds what a
-- course's teachers (scope COURSE, owner_id a course id) or a room's (scope ROOM, owner_id a room id) chose.

CREATE TABLE meeting_option_rule (
    option_key   VARCHAR(64)   NOT NULL PRIMARY KEY,
    option_value VARCHAR(4000),
    decided_by   VARCHAR(16)   NOT NULL,
    updated_at   ${ts}         NOT NULL,
    updated_by   VARCHAR(64)
) ${table_options};

CREATE TABLE meeting_option_value (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    scope        VARCHAR(16)   NOT NULL,
    owner_id     BIGINT        NOT NULL,
    option_key   VARCHAR(64)   NOT NULL,
    option_value VARCHAR(4000) NOT NULL,
    updated_at   ${ts}         NOT NULL,
    updated_by   VARCHAR(64),
    CONSTRAINT uq_meeting_option_value UNIQUE (scope, owner_id, option_key)
) ${table_options};
