package org.bbbrooms.sandbox;

import java.net.URI;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The conference page a join lands on, and the JSON its script polls for the live participant list.
 *
 * <p>The page is plain, accessible HTML (a {@code lang} attribute, headings, a live region, real buttons in POST
 * forms) with stable element ids for browser tests: {@code sandbox-meeting-name}, {@code sandbox-welcome} (the
 * create's welcome message, when it gave one), {@code sandbox-user-name}, {@code sandbox-role} (with
 * {@code data-role}), {@code sandbox-participants} (one {@code li} per participant, with {@code data-user-id} and
 * {@code data-role}), {@code sandbox-server-tag} (the create's {@code meta_server-tag}, when it gave one),
 * {@code sandbox-participant-count}, the meeting options received ({@link MeetingSettings#html}),
 * {@code sandbox-presentations} (one {@code li} per document, with {@code data-state} pending, fetched, failed or
 * embedded, and {@code data-bytes}), {@code sandbox-groups} (the pre-assigned breakout rooms, with
 * {@code data-group-id} and {@code data-roster}), {@code sandbox-leave} and, for moderators, {@code sandbox-end}
 * and, while guests wait in the lobby, {@code sandbox-waiting} (one {@code li} per guest, with {@code data-name},
 * and its {@code sandbox-admit} and {@code sandbox-deny} buttons). A waiting guest's page is the lobby
 * ({@link #lobby}): {@code sandbox-lobby-status} with {@code data-state} waiting or denied. Leave and End answer
 * with a redirect to the logoutURL, which the page's
 * {@code form-action} allows (Chromium checks a form's redirects too).
 */
final class ConferencePage {

    private ConferencePage() {
    }

    static SandboxResponse render(SandboxServer.Conference c, String sessionToken, Locale locale, String sandboxUrl,
            String logoutUrl) {
        ResourceBundle text = Pages.messages(locale);
        Map<String, String> html = new HashMap<>();
        html.put("lang", locale.getLanguage());
        html.put("title", Pages.escape(text.getString("conference.title")));
        html.put("meetingName", Pages.escape(c.meetingName()));
        html.put("notice", Pages.escape(text.getString("conference.notice")));
        html.put("welcome", c.welcome().isBlank() ? ""
                : "<p id=\"sandbox-welcome\">" + Pages.escape(c.welcome()) + "</p>");
        html.put("statusUrl", Pages.escape(sandboxUrl + "/conference/status?session=" + sessionToken));
        html.put("logoutUrl", Pages.escape(logoutUrl));
        html.put("moderatorLabel", Pages.escape(text.getString("role.MODERATOR")));
        html.put("viewerLabel", Pages.escape(text.getString("role.VIEWER")));
        html.put("endedText", Pages.escape(text.getString("conference.ended")));
        html.put("youLabel", Pages.escape(text.getString("conference.you")));
        html.put("fullName", Pages.escape(c.you().fullName()));
        html.put("roleLabel", Pages.escape(text.getString("conference.role")));
        html.put("role", c.you().role());
        html.put("roleText", Pages.escape(text.getString("role." + c.you().role())));
        html.put("serverTag", c.serverTag().map(tag -> "<dt>" + Pages.escape(text.getString("conference.serverTag"))
                + "</dt><dd id=\"sandbox-server-tag\">" + Pages.escape(tag) + "</dd>\n").orElse(""));
        html.put("participantsLabel", Pages.escape(text.getString("conference.participants")));
        html.put("participantCount", String.valueOf(c.participants().size()));
        html.put("participants", c.participants().stream().map(a -> "<li data-user-id=\"" + Pages.escape(a.userId())
                + "\" data-role=\"" + a.role() + "\">" + Pages.escape(a.fullName()) + " ("
                + Pages.escape(text.getString("role." + a.role())) + ")</li>").collect(Collectors.joining()));
        html.put("settings", c.settings().html(c.you(), text));
        html.put("presentationsLabel", Pages.escape(text.getString("conference.presentations")));
        html.put("groupsLabel", Pages.escape(text.getString("conference.groups")));
        html.put("presentations", presentations(c, text));
        html.put("groups", groups(c, text));
        html.put("leaveUrl", Pages.escape(sandboxUrl + "/conference/leave?session=" + sessionToken));
        html.put("leaveLabel", Pages.escape(text.getString("conference.leave")));
        html.put("endForm", c.you().moderator() ? "<form method=\"post\" action=\""
                + Pages.escape(sandboxUrl + "/conference/end?session=" + sessionToken)
                + "\"><button type=\"submit\" id=\"sandbox-end\">"
                + Pages.escape(text.getString("conference.end")) + "</button></form>" : "");
        html.put("waitingCount", String.valueOf(c.waiting().size()));
        html.put("lobby", waiting(c, sessionToken, sandboxUrl, text));
        html.put("scriptUrl", Pages.escape(sandboxUrl + "/conference/conference.js"));
        html.put("styleUrl", Pages.escape(sandboxUrl + Pages.STYLE));
        SandboxResponse page = SandboxResponse.html(200, Pages.fill(Pages.resource("conference.html"), html));
        return formOrigin(URI.create(logoutUrl))
                .map(origin -> page.with("Content-Security-Policy", "form-action 'self' " + origin)).orElse(page);
    }

    /** The lobby of a moderator's page: each waiting guest with Admit and Deny (POST forms). */
    private static String waiting(SandboxServer.Conference c, String sessionToken, String sandboxUrl,
            ResourceBundle text) {
        if (c.waiting().isEmpty()) {
            return "";
        }
        String action = sandboxUrl + "/conference/guest?session=" + sessionToken + "&guest=";
        return c.waiting().stream().map(g -> "<li data-name=\"" + Pages.escape(g.fullName()) + "\">"
                + Pages.escape(g.fullName()) + " " + decision(action + g.internalUserId() + "&admit=true",
                        "sandbox-admit", text.getString("lobby.admit"))
                + decision(action + g.internalUserId() + "&admit=false", "sandbox-deny", text.getString("lobby.deny"))
                + "</li>").collect(Collectors.joining("", "<section aria-labelledby=\"sandbox-waiting-heading\">"
                        + "<h2 id=\"sandbox-waiting-heading\">" + Pages.escape(text.getString("lobby.waiting"))
                        + "</h2><ul id=\"sandbox-waiting\">", "</ul></section>"));
    }

    private static String decision(String url, String buttonClass, String label) {
        return "<form method=\"post\" class=\"sandbox-decision\" action=\"" + Pages.escape(url)
                + "\"><button type=\"submit\" class=\"" + buttonClass + "\">" + Pages.escape(label)
                + "</button></form>";
    }

    /** A waiting (or denied) guest's page, which polls its status and reloads into the conference once admitted. */
    static SandboxResponse lobby(SandboxServer.Lobby l, String sessionToken, Locale locale, String sandboxUrl) {
        ResourceBundle text = Pages.messages(locale);
        return SandboxResponse.html(200, Pages.fill(Pages.resource("lobby.html"), Map.of(
                "lang", locale.getLanguage(),
                "title", Pages.escape(text.getString("lobby.title")),
                "meetingName", Pages.escape(l.meetingName()),
                "statusUrl", Pages.escape(sandboxUrl + "/conference/status?session=" + sessionToken),
                "state", l.denied() ? "denied" : "waiting",
                "stateText", Pages.escape(text.getString(l.denied() ? "lobby.denied" : "lobby.wait")),
                "scriptUrl", Pages.escape(sandboxUrl + "/conference/conference.js"),
                "styleUrl", Pages.escape(sandboxUrl + Pages.STYLE))));
    }

    /** {@code {"state":"waiting"}} or {@code {"state":"denied"}}: a guest's state in the lobby. */
    static String status(SandboxServer.Lobby l) {
        return Json.write(Map.of("state", l.denied() ? "denied" : "waiting"));
    }

    /** The origin that Leave and End redirect to, as a CSP source; none unless an http(s) address with a host. */
    private static Optional<String> formOrigin(URI logout) {
        String scheme = logout.getScheme() == null ? "" : logout.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("http", "https").contains(scheme) || logout.getHost() == null) {
            return Optional.empty();
        }
        int port = logout.getPort();
        return Optional.of(scheme + "://" + logout.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port));
    }

    /** Each document with what became of its download: {@code data-state}, {@code data-bytes}. */
    private static String presentations(SandboxServer.Conference c, ResourceBundle text) {
        if (c.presentations().isEmpty()) {
            return "<p id=\"sandbox-presentations\">" + Pages.escape(text.getString("conference.noPresentations"))
                    + "</p>";
        }
        StringBuilder list = new StringBuilder("<ul id=\"sandbox-presentations\">");
        for (int i = 0; i < c.presentations().size(); i++) {
            DocumentFetch fetch = c.fetches().get(i);
            list.append("<li data-state=\"").append(fetch.state()).append("\" data-bytes=\"").append(fetch.bytes())
                    .append("\">").append(Pages.escape(c.presentations().get(i))).append(" (")
                    .append(Pages.escape(MessageFormat.format(text.getString("conference.fetch." + fetch.state()),
                            fetch.bytes(), fetch.contentType(), fetch.status())))
                    .append(")</li>");
        }
        return list.append("</ul>").toString();
    }

    /** The pre-assigned breakout rooms, each with its roster's userIDs. */
    private static String groups(SandboxServer.Conference c, ResourceBundle text) {
        if (c.groups().isEmpty()) {
            return "<p id=\"sandbox-groups\">" + Pages.escape(text.getString("conference.noGroups")) + "</p>";
        }
        return c.groups().stream().map(g -> "<li data-group-id=\"" + Pages.escape(g.id()) + "\" data-roster=\""
                + Pages.escape(String.join(" ", g.roster())) + "\">" + Pages.escape(g.name().isEmpty() ? g.id() : g.name())
                + " (" + Pages.escape(String.join(", ", g.roster())) + ")</li>")
                .collect(Collectors.joining("", "<ul id=\"sandbox-groups\">", "</ul>"));
    }

    /** {@code {"state":"in","meetingName":…,"participants":[{"userID","fullName","role"}],"waiting":0}}. */
    static String status(SandboxServer.Conference c) {
        List<Object> participants = c.participants().stream()
                .map(a -> (Object) Map.of("userID", a.userId(), "fullName", a.fullName(), "role", a.role()))
                .toList();
        return Json.write(Map.of("state", "in", "meetingName", c.meetingName(), "participants", participants,
                "waiting", c.waiting().size()));
    }

    /** {@code {"state":"gone"}}: the participant left or the meeting ended. */
    static String gone() {
        return Json.write(Map.of("state", "gone"));
    }
}
