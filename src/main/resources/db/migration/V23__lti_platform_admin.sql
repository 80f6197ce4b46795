-- Whether the person's last launch carried a platform administrator role (LtiRoles.platformAdmin): NRPS does not
-- list such people, so the roster sync keeps the teacher rights their launch gave them.
ALTER TABLE lti_user ADD platform_admin ${bool} DEFAULT 0 NOT NULL;
