package org.bbbrooms.room.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.RoomService;

/**
 * {@code GET /room-status?room=<public id>&room=...}: {@code {"open":["<public id>",...]}}, the rooms among those
 * asked whose meeting is open, as the user may see them (others are left out). A page asks it when its push socket
 * opens, for the widgets that wait: a start that happened before the socket listened would otherwise go unheard.
 * It is a plain read, through the status cache, that touches neither the view nor the flash of the Faces session.
 */
@WebServlet("/room-status")
public class RoomStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** More widgets than any page holds. */
    private static final int MAX_ROOMS = 50;

    @Inject
    RoomService rooms;

    @Inject
    ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> asked = Arrays.stream(Optional.ofNullable(request.getParameterValues("room"))
                .orElse(new String[0])).distinct().toList();
        if (asked.size() > MAX_ROOMS || asked.stream().anyMatch(id -> !id.matches("[A-Za-z0-9_-]{1,64}"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Send at most " + MAX_ROOMS + " room public ids");
            return;
        }
        String open = asked.stream().filter(this::meetingOpen).map(id -> '"' + id + '"')
                .collect(Collectors.joining(",", "{\"open\":[", "]}"));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(open);
    }

    private boolean meetingOpen(String publicId) {
        try {
            return rooms.byPublicId(activeUser.actor(), publicId).status().meetingOpen();
        } catch (BusinessException e) {
            return false;
        }
    }
}
