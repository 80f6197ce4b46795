package org.bbbrooms.sandbox;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.bbbrooms.platform.web.ContentSecurityPolicy;

/**
 * The conference page a join lands on, and the JSON its script polls for the live participant list.
 *
 * <p>The page is plain, accessible HTML (a {@code lang} attribute, headings, a live region, real buttons in POST
 * forms) with stable element ids for browser tests: {@code sandbox-meeting-name}, {@code sandbox-welcome} (the
 * create's welcome message, when it gave one), {@code sandbox-user-name}, {@code sandbox-role} (with
 * {@code data-role}), {@code sandbox-participants} (one {@code li} per participant, with {@code data-user-id} and
 * {@code data-role}), {@code sandbox-participant-count}, {@code sandbox-presentations}, {@code sandbox-leave} and,
 * for moderators, {@code sandbox-end} and, while guests wait in the lobby, {@code sandbox-waiting} (one {@code li}
 * per guest, with {@code data-name}, and its {@code sandbox-admit} and {@code sandbox-deny} buttons). A waiting
 * guest's page is the lobby ({@link #lobby}): {@code sandbox-lobby-status} with {@code data-state} waiting or
 * denied. Leave and End answer with a redirect to the logoutURL, which the page's
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
        html.put("participantsLabel", Pages.escape(text.getString("conference.participants")));
        html.put("participantCount", String.valueOf(c.participants().size()));
        html.put("participants", c.participants().stream().map(a -> "<li data-user-id=\"" + Pages.escape(a.userId())
                + "\" data-role=\"" + a.role() + "\">" + Pages.escape(a.fullName()) + " ("
                + Pages.escape(text.getString("role." + a.role())) + ")</li>").collect(Collectors.joining()));
        html.put("presentationsLabel", Pages.escape(text.getString("conference.presentations")));
        html.put("presentations", presentations(c.presentations(), text));
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
        return ContentSecurityPolicy.origin(URI.create(logoutUrl))
                .map(origin -> page.with(ContentSecurityPolicy.HEADER, "form-action 'self' " + origin)).orElse(page);
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

    private static String presentations(List<String> names, ResourceBundle text) {
        if (names.isEmpty()) {
            return "<p id=\"sandbox-presentations\">" + Pages.escape(text.getString("conference.noPresentations"))
                    + "</p>";
        }
        return names.stream().map(n -> "<li>" + Pages.escape(n) + "</li>")
                .collect(Collectors.joining("", "<ul id=\"sandbox-presentations\">", "</ul>"));
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
