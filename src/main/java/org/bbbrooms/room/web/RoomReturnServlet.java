package org.bbbrooms.room.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bbbrooms.room.ReturnPaths;

/**
 * {@code /room-return?room=<public id>}: the logoutURL of every meeting (and its join error page), which sends the
 * user back to the page they started or joined the room from, as {@link ReturnPaths} remembered it for this
 * session; to the home page otherwise. The target is always a path of this application: no open redirect.
 */
@WebServlet("/room-return")
public class RoomReturnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReturnPaths returnPaths;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + returnPaths.pathFor(request.getParameter("room")));
    }
}
