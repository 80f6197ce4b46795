-- Provisioning by host portals (issue 14): users, courses and course groups carry the host portal's own id, so that
-- a PUT by that id is an upsert. NULL for what was made here (admin pages, CSV, demo data); unique when set.
-- The same columns as the embed feature's migration: whichever lands second drops them from its own.

ALTER TABLE app_user ADD external_id VARCHAR(128);
ALTER TABLE app_user ADD CONSTRAINT uq_app_user_external_id UNIQUE (external_id);

ALTER TABLE course ADD external_id VARCHAR(128);
ALTER TABLE course ADD CONSTRAINT uq_course_external_id UNIQUE (external_id);

ALTER TABLE course_group ADD external_id VARCHAR(128);
ALTER TABLE course_group ADD CONSTRAINT uq_course_group_external_id UNIQUE (external_id);
