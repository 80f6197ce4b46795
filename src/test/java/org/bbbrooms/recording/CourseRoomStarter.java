package org.bbbrooms.recording;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.room.RoomService;

/**
 * Added to the deployment of {@link RecordingsIT} only: starts a course's room as the signed-in user and sends the
 * browser into the meeting, coming back to the room's recordings, as the room widget's Start button will.
 */
@Named
@RequestScoped
public class CourseRoomStarter {

    @Inject
    RoomService rooms;

    @Inject
    CourseService courses;

    @Inject
    ActiveUser user;

    public void start(String courseCode) throws IOException {
        long course = courses.findByCode(courseCode).orElseThrow().getId();
        String room = rooms.courseRoom(user.actor(), course).publicId();
        URI join = rooms.start(user.actor(), room, "/recordings.xhtml?room=" + room);
        FacesContext.getCurrentInstance().getExternalContext().redirect(join.toString());
    }
}
