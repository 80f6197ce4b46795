-- Guests and completion (issue 16).
-- room_guest_access: a room's guest access, one row per room that a teacher ever opened to guests. guest_link is
-- the random id of its guest link (/guest.xhtml?g=...), separate from the room's public id so that the link can be
-- replaced; the codes are sealed with BBB_SECRET_KEY (platform/SecretBox) so that teachers can be shown them again,
-- NULL for no code. Wrong codes are counted in login_throttle under 'guest-room:<room id>' and 'guest-address:<ip>'.
CREATE TABLE room_guest_access (
    room_id        BIGINT       NOT NULL PRIMARY KEY,
    enabled        ${bool}      NOT NULL,
    guest_link     VARCHAR(24)  NOT NULL,
    viewer_code    VARCHAR(200),
    moderator_code VARCHAR(200),
    updated_at     ${ts}        NOT NULL,
    CONSTRAINT uq_room_guest_access_link UNIQUE (guest_link),
    CONSTRAINT fk_room_guest_access_room FOREIGN KEY (room_id) REFERENCES room (id)
) ${table_options};

-- An attendee who came through a room's guest link: no user, recorded by the name they typed.
ALTER TABLE attendance ADD guest ${bool} DEFAULT 0 NOT NULL;

-- What counts as attended in a room: at least rule_value minutes (MINUTES) or rule_value % of the meeting (PERCENT).
-- Rooms without a row use the default, 75 % of the meeting.
CREATE TABLE completion_rule (
    room_id     BIGINT      NOT NULL PRIMARY KEY,
    rule_kind   VARCHAR(16) NOT NULL,
    rule_value  INTEGER     NOT NULL,
    updated_at  ${ts}       NOT NULL,
    CONSTRAINT fk_completion_rule_room FOREIGN KEY (room_id) REFERENCES room (id)
) ${table_options};
