package org.bbbrooms.attendance;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.room.RoomService;

/**
 * Added to the WAR by browser tests only: {@code /it-room-door?course=MATH101&action=start|join} does what a room
 * widget's Start or Join button does for the signed-in user (RoomService, then a redirect to BBB), so that those
 * tests do not depend on the widget's markup.
 */
@WebServlet("/it-room-door")
public class RoomDoorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RoomService rooms;

    @Inject
    CourseService courses;

    @Inject
    ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = activeUser.actor();
        String code = request.getParameter("course");
        String room = rooms.courseRoom(actor, courses.findByCode(code).orElseThrow().getId()).publicId();
        String back = "/course.xhtml?code=" + code;
        URI link = "start".equals(request.getParameter("action")) ? rooms.start(actor, room, back)
                : rooms.join(actor, room, back);
        response.sendRedirect(link.toString());
    }
}
