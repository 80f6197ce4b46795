-- Named rooms (issue 13): a course may have rooms besides its course room ("Office hours"), placed in an LMS by
-- deep linking. A named room is a COURSE room with a name; its context_key is 'COURSE:<course id>:<public id>', so
-- that the unique context key still gives the course room exactly once. NULL for every other room.
ALTER TABLE room ADD room_name VARCHAR(100);
