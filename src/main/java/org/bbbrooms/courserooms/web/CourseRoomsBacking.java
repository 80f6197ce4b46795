package org.bbbrooms.courserooms.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bbbrooms.courserooms.CourseRoomsService;
import org.bbbrooms.courserooms.RecordingsFate;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.security.ActiveUser;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseAccess;
import org.bbbrooms.identity.CourseView;
import org.bbbrooms.room.BreakoutsFromGroups;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomService;
import org.omnifaces.util.Messages;

/**
 * Backs course-rooms.xhtml?code=...: a course's rooms for its teachers and admins (RoomService refuses everyone else).
 * The course room, which stays the default and cannot be deleted, and the named rooms in their order, each with its
 * welcome message, breakout setting and slides; add, move up or down, and delete after choosing what becomes of its
 * recordings. Rows are read again after every change.
 */
@Named
@ViewScoped
public class CourseRoomsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseAccess access;

    @Inject
    RoomService rooms;

    @Inject
    CourseRoomsService courseRooms;

    @Inject
    BreakoutsFromGroups breakouts;

    @Inject
    ActiveUser activeUser;

    private String code;
    private Course course;
    private boolean hasGroups;
    private String courseRoomId;
    private boolean courseRoomBreakouts;
    private List<Row> rows = List.of();
    private String newName;
    private String deleting;
    private RecordingsFate fate = RecordingsFate.KEEP;

    /** A named room as the page edits it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String publicId;
        private final String name;
        private String welcome;
        private boolean breakouts;

        Row(Room room) {
            this.publicId = room.getPublicId();
            this.name = room.getName().orElseThrow();
            this.welcome = room.getWelcome().orElse("");
            this.breakouts = room.isBreakoutGroups();
        }

        public String getPublicId() {
            return publicId;
        }

        public String getName() {
            return name;
        }

        public String getWelcome() {
            return welcome;
        }

        public void setWelcome(String welcome) {
            this.welcome = welcome;
        }

        public boolean isBreakouts() {
            return breakouts;
        }

        public void setBreakouts(boolean breakouts) {
            this.breakouts = breakouts;
        }
    }

    public void load() {
        CourseView view = access.openCourse(actor(), code == null ? "" : code);
        course = view.course();
        hasGroups = !view.groups().isEmpty();
        reread();
    }

    public void add() {
        rooms.addNamedRoom(actor(), course.getId(), newName);
        newName = null;
        reread();
        Messages.addGlobalInfo("courseRooms.added");
    }

    public void save(Row row) {
        rooms.changeNamedRoom(actor(), course.getId(), row.getPublicId(), row.getWelcome(), row.isBreakouts());
        reread();
        Messages.addGlobalInfo("common.saved");
    }

    public void saveCourseRoom() {
        rooms.courseRoomBreakouts(actor(), course.getId(), courseRoomBreakouts);
        reread();
        Messages.addGlobalInfo("common.saved");
    }

    /** Moves the row one place up (-1) or down (+1). */
    public void move(Row row, int by) {
        List<String> order = new ArrayList<>(rows.stream().map(Row::getPublicId).toList());
        int from = order.indexOf(row.getPublicId());
        int to = from + by;
        if (from >= 0 && to >= 0 && to < order.size()) {
            order.add(to, order.remove(from));
            rooms.orderNamedRooms(actor(), course.getId(), order);
        }
        reread();
    }

    /** Asks what becomes of the room's recordings before deleting it. */
    public void askDelete(Row row) {
        deleting = row.getPublicId();
        fate = RecordingsFate.KEEP;
    }

    public void cancelDelete() {
        deleting = null;
    }

    public void confirmDelete() {
        courseRooms.delete(actor(), course.getId(), deleting, fate);
        deleting = null;
        reread();
        Messages.addGlobalInfo(fate == RecordingsFate.KEEP ? "courseRooms.deleted.kept" : "courseRooms.deleted");
    }

    private void reread() {
        Room courseRoom = rooms.managedCourseRoom(actor(), course.getId());
        courseRoomId = courseRoom.getPublicId();
        courseRoomBreakouts = courseRoom.isBreakoutGroups();
        rows = rooms.namedRooms(actor(), course.getId()).stream().map(Row::new).toList();
    }

    private Actor actor() {
        return activeUser.actor();
    }

    /** Whether the breakout setting is offered: the server takes BBB's groups, and the course has groups. */
    public boolean isBreakoutsOffered() {
        return hasGroups && breakouts.isSupported();
    }

    public boolean isDeleting(Row row) {
        return row.getPublicId().equals(deleting);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Course getCourse() {
        return course;
    }

    public String getCourseRoomId() {
        return courseRoomId;
    }

    public boolean isCourseRoomBreakouts() {
        return courseRoomBreakouts;
    }

    public void setCourseRoomBreakouts(boolean courseRoomBreakouts) {
        this.courseRoomBreakouts = courseRoomBreakouts;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public RecordingsFate getFate() {
        return fate;
    }

    public void setFate(RecordingsFate fate) {
        this.fate = fate;
    }

    public RecordingsFate[] getFates() {
        return RecordingsFate.values();
    }
}
