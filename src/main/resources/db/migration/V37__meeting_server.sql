-- The BigBlueButton server that hosted a meeting behind a load balancer (issue 17): Scalelite's join redirects to
-- that server's own join, which the portal reads (with BBB_LOAD_BALANCER on) and keeps here, so that the meeting's
-- learning dashboard is on the right host. server_url is the server's base (https://bbb3.example.org/bigbluebutton),
-- server_version what its API root said (bbbVersion, or version when it sent none); NULL when not known, as on a
-- single server, where the platform's connection test gives both.
ALTER TABLE meeting ADD server_url VARCHAR(512);
ALTER TABLE meeting ADD server_version VARCHAR(32);
