-- The Scalelite server tag of a course (issue 17): sent as meta_server-tag when its rooms' meetings are created, so
-- that Scalelite places them on servers with that tag ("gpu", "big;gpu", with a trailing ! when required). NULL: none.
ALTER TABLE course ADD server_tag VARCHAR(255);
