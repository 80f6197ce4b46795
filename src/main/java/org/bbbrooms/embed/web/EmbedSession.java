package org.bbbrooms.embed.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bbbrooms.embed.EmbedRefusedException;
import org.bbbrooms.embed.Refusal;
import org.bbbrooms.identity.security.SessionSignIn;

/**
 * Opens the embed view of a room for a user whom an integration has verified (a signed embed link; later an LTI
 * launch): signs them into the session as the login does, lets the session cookie live in a cross-site frame, and
 * sends the browser to {@code /embed/room.xhtml?id=<room>[&lang=<language>]}.
 * <p>The container's session cookie is {@code SameSite=Lax} (web.xml), which a browser does not keep from a
 * cross-site frame. Here the session's cookie is sent once more as {@code SameSite=None; Secure; Partitioned}
 * (CHIPS: kept per embedding site, so it survives third-party-cookie blocking). {@code Secure} cookies are kept only
 * from https pages and, in Chromium and Firefox, from http://localhost; on plain http elsewhere only same-site frames
 * and top-level windows keep a session.
 * <p>Use: {@code embedSession.open(request, response, userId, room.publicId(), Optional.of("fr"));}
 */
@ApplicationScoped
public class EmbedSession {

    /** The embed view of one room: {@code ?id=<public id>&lang=<en|fr>}. */
    public static final String VIEW = "/embed/room.xhtml";
    /** The embed view's parameter holding the token of the new-window join link. */
    public static final String NEW_WINDOW = "window";

    @Inject
    SessionSignIn signIn;

    public void open(HttpServletRequest request, HttpServletResponse response, long userId, String roomPublicId,
            Optional<String> language) throws IOException {
        open(request, response, userId, roomPublicId, language, Optional.empty());
    }

    /**
     * The same, with the token of a single-use join link ({@code /join/<token>}) that the embed view offers, to open
     * the room in a new window, when the browser keeps no cookie in the frame (so that the view finds no session).
     */
    public void open(HttpServletRequest request, HttpServletResponse response, long userId, String roomPublicId,
            Optional<String> language, Optional<String> newWindow) throws IOException {
        signInFramed(request, response, userId);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + view(roomPublicId, language)
                + newWindow.map(token -> "&" + NEW_WINDOW + "=" + encoded(token)).orElse(""));
    }

    /** Signs the user in, as {@link #open} does, with a session cookie that lives in cross-site frames. */
    public void signInFramed(HttpServletRequest request, HttpServletResponse response, long userId) {
        if (!signIn.signIn(request, response, userId)) {
            throw new EmbedRefusedException(Refusal.ACCOUNT_INACTIVE);
        }
        allowInFrames(request, response);
    }

    /** The path of a room's embed view, inside the application. */
    public static String view(String roomPublicId, Optional<String> language) {
        return VIEW + "?id=" + encoded(roomPublicId) + language.map(lang -> "&lang=" + encoded(lang)).orElse("");
    }

    private static void allowInFrames(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        String name = Optional.ofNullable(config.getName()).orElse("JSESSIONID");
        String path = Optional.ofNullable(config.getPath())
                .orElse(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        response.addHeader("Set-Cookie", name + "=" + session.getId() + "; Path=" + path
                + "; HttpOnly; Secure; SameSite=None; Partitioned");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
