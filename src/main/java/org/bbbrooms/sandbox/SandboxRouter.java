package org.bbbrooms.sandbox;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Serves every sandbox URL below {@code /sandbox} from one {@link SandboxServer}, for any container:
 * <ul>
 * <li>{@code /bigbluebutton/api} and {@code /bigbluebutton/api/{call}} (GET, POST): the BBB API (or Scalelite's);</li>
 * <li>{@code GET /server/bigbluebutton/api/join}: in Scalelite mode, the join of the server behind it, and
 * {@code GET /server/bigbluebutton/api} its API root (the version);</li>
 * <li>{@code GET /conference?session=…}: the conference page a join redirects to ({@link ConferencePage});
 * {@code GET /conference/status?session=…}: its JSON; {@code GET /conference/conference.js}: its script;
 * {@code GET /conference/sandbox.css}: the style of the sandbox's pages;</li>
 * <li>{@code POST /conference/leave?session=…} and {@code POST /conference/end?session=…}: Leave, and End
 * meeting for moderators; both redirect (303) to the join's, else the meeting's {@code logoutURL}, else the
 * application root;</li>
 * <li>{@code POST /conference/guest?session=…&guest=<internal user id>&admit=true|false}: a moderator admits or
 * denies a guest waiting in the lobby, then sees the conference page again (303); a waiting guest's own
 * {@code /conference} page is the lobby, which reloads into the conference once admitted;</li>
 * <li>{@code GET /playback/{format}/…/{recordID}}: a published recording's playback page;</li>
 * <li>{@code GET /stats}: {@code {"calls":{"create":2,…},"total":5,"meetings":1,"recordings":0}};</li>
 * <li>{@code POST /stats/faults} with {@code call}, {@code mode} ({@code bad_gateway}, {@code html}, {@code empty},
 * {@code hang}), {@code count} (default 1; 0 disarms and lets held answers go) and {@code hangMillis} (default 30000): makes the next calls
 * of that API fail (see {@link FaultMode}); answers the stats.</li>
 * </ul>
 * <pre>{@code
 * SandboxResponse r = new SandboxRouter(server).route(request);
 * }</pre>
 */
public final class SandboxRouter {

    private static final String API = "/bigbluebutton/api";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final SandboxServer server;

    public SandboxRouter(SandboxServer server) {
        this.server = server;
    }

    public SandboxResponse route(SandboxRequest r) {
        String path = r.path();
        boolean get = r.method().equals("GET");
        boolean post = r.method().equals("POST");
        if (path.equals(API) || path.startsWith(API + "/")) {
            String call = path.length() <= API.length() + 1 ? "" : path.substring(API.length() + 1);
            return get || post ? server.api(call, r.rawQuery(), r.body(), r.contentType(), r.sandboxUrl())
                    : notAllowed();
        }
        if (path.equals(ScaleliteFront.SERVER_API) || path.equals(ScaleliteFront.SERVER_API + "/")) {
            return get ? server.serverRoot() : notAllowed();
        }
        if (path.equals(ScaleliteFront.SERVER_API + "/join")) {
            return get ? server.serverJoin(r.rawQuery(), r.sandboxUrl()) : notAllowed();
        }
        try {
            return switch (path) {
                case "/conference" -> get ? page(r) : notAllowed();
                case "/conference/status" -> get ? status(r) : notAllowed();
                case "/conference/conference.js" -> get ? asset("conference.js", "text/javascript") : notAllowed();
                case Pages.STYLE -> get ? asset("sandbox.css", "text/css") : notAllowed();
                case "/conference/leave" -> post ? leave(r) : notAllowed();
                case "/conference/end" -> post ? end(r) : notAllowed();
                case "/conference/guest" -> post ? guest(r) : notAllowed();
                case "/stats" -> get ? SandboxResponse.json(server.statsJson()) : notAllowed();
                case "/stats/faults" -> post ? fault(r) : notAllowed();
                default -> get && path.startsWith("/playback/") ? playback(r, path) : notFound();
            };
        } catch (ApiFailure f) {
            return SandboxResponse.text(400, f.getMessage());
        }
    }

    private SandboxResponse page(SandboxRequest r) {
        String session = param(r.rawQuery(), "session");
        Locale locale = Pages.locale(r.acceptLanguage());
        return server.conference(session)
                .map(c -> ConferencePage.render(c, session, locale, r.sandboxUrl(), logoutUrl(r, Optional.of(c))))
                .or(() -> server.lobby(session).map(l -> ConferencePage.lobby(l, session, locale, r.sandboxUrl())))
                .orElseGet(() -> gone(r, locale));
    }

    private SandboxResponse status(SandboxRequest r) {
        String session = param(r.rawQuery(), "session");
        return SandboxResponse.json(server.conference(session).map(ConferencePage::status)
                .or(() -> server.lobby(session).map(ConferencePage::status)).orElseGet(ConferencePage::gone));
    }

    private static SandboxResponse asset(String name, String type) {
        return new SandboxResponse(200, type + ";charset=UTF-8", Pages.resource(name),
                Map.of("Cache-Control", "no-cache"));
    }

    private SandboxResponse leave(SandboxRequest r) {
        String session = param(r.rawQuery(), "session");
        Optional<SandboxServer.Conference> conference = server.conference(session);
        server.leave(session);
        return SandboxResponse.redirect(303, logoutUrl(r, conference));
    }

    private SandboxResponse end(SandboxRequest r) {
        String session = param(r.rawQuery(), "session");
        Optional<SandboxServer.Conference> conference = server.conference(session);
        if (conference.isPresent() && !server.endMeetingOf(session)) {
            Locale locale = Pages.locale(r.acceptLanguage());
            ResourceBundle text = Pages.messages(locale);
            return Pages.notice(403, locale, text.getString("end.forbidden.title"),
                    text.getString("end.forbidden.text"), r.sandboxUrl() + "/conference?session=" + session,
                    r.sandboxUrl());
        }
        return SandboxResponse.redirect(303, logoutUrl(r, conference));
    }

    private SandboxResponse guest(SandboxRequest r) {
        String session = param(r.rawQuery(), "session");
        if (!server.decideGuest(session, param(r.rawQuery(), "guest"), param(r.rawQuery(), "admit").equals("true"))) {
            return SandboxResponse.text(409, "No such guest waits, or you are not a moderator of this meeting.");
        }
        return SandboxResponse.redirect(303, r.sandboxUrl() + "/conference?session=" + session);
    }

    private SandboxResponse fault(SandboxRequest r) {
        String params = r.rawQuery().isEmpty() ? r.body() : r.rawQuery();
        String call = param(params, "call");
        String mode = param(params, "mode").toUpperCase(Locale.ROOT);
        try {
            server.injectFault(call, FaultMode.valueOf(mode), Integer.parseInt(param(params, "count", "1")),
                    Duration.ofMillis(Long.parseLong(param(params, "hangMillis", "30000"))));
        } catch (IllegalArgumentException e) {
            return SandboxResponse.text(400, "Cannot arm the fault: " + e.getMessage()
                    + ". Send call=<API call>, mode=bad_gateway|html|empty|hang, count=<n> and hangMillis=<ms>.");
        }
        return SandboxResponse.json(server.statsJson());
    }

    private SandboxResponse playback(SandboxRequest r, String path) {
        String[] parts = path.substring("/playback/".length()).split("/");
        String format = parts[0];
        String recordId = parts[parts.length - 1];
        Locale locale = Pages.locale(r.acceptLanguage());
        ResourceBundle text = Pages.messages(locale);
        return server.playback(recordId).filter(p -> RecordingXml.FORMATS.contains(format))
                .map(p -> Pages.notice(200, locale, text.getString("playback.title") + " · " + p.name(),
                        text.getString("playback.format") + " " + format + ". "
                                + MessageFormat.format(text.getString("playback.recorded"),
                                        WHEN.format(Instant.ofEpochMilli(p.startTime())),
                                        WHEN.format(Instant.ofEpochMilli(p.endTime()))),
                        r.contextUrl() + "/", r.sandboxUrl()))
                .orElseGet(() -> Pages.notice(404, locale, text.getString("playback.missing.title"),
                        text.getString("playback.missing.text"), r.contextUrl() + "/", r.sandboxUrl()));
    }

    private static SandboxResponse gone(SandboxRequest r, Locale locale) {
        ResourceBundle text = Pages.messages(locale);
        return Pages.notice(404, locale, text.getString("session.gone.title"), text.getString("session.gone.text"),
                r.contextUrl() + "/", r.sandboxUrl());
    }

    /** The join's logoutURL, else the meeting's, else the application root; only http(s) URLs are followed. */
    private static String logoutUrl(SandboxRequest r, Optional<SandboxServer.Conference> conference) {
        return conference.flatMap(SandboxServer.Conference::logoutUrl).flatMap(Callbacks::httpUrl)
                .orElse(r.contextUrl() + "/");
    }

    private static String param(String query, String name) {
        return param(query, name, "");
    }

    private static String param(String query, String name, String fallback) {
        return QueryString.parse(query).first(name).orElse(fallback);
    }

    private static SandboxResponse notAllowed() {
        return SandboxResponse.text(405, "Method not allowed here.");
    }

    private static SandboxResponse notFound() {
        return SandboxResponse.text(404, "Nothing in the sandbox at this address.");
    }
}
