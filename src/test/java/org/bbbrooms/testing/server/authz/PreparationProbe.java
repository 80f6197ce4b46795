package org.bbbrooms.testing.server.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.attendance.CompletionRule;
import org.bbbrooms.attendance.CompletionService;
import org.bbbrooms.courserooms.CourseRoomsService;
import org.bbbrooms.courserooms.RecordingsFate;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.room.GuestService;
import org.bbbrooms.room.GuestService.Code;
import org.bbbrooms.room.LiveMeetings;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomService;
import org.bbbrooms.room.RoomStore;
import org.bbbrooms.room.RoomType;
import org.bbbrooms.schedule.CalendarService;
import org.bbbrooms.schedule.RoomSession;
import org.bbbrooms.schedule.SessionForm;
import org.bbbrooms.schedule.SessionService;
import org.bbbrooms.settings.CourseSettingsService;
import org.bbbrooms.settings.options.MeetingOptionsService;
import org.bbbrooms.slides.SlideService;
import org.bbbrooms.slides.SlideView;
import org.bbbrooms.testing.SlideFiles;
import org.bbbrooms.testing.server.authz.AuthzProbe.Result;

/**
 * The cells of the authorization matrix that a room's hosts prepare (slides, guest access, sessions, completion
 * rule, meeting options) and the platform actions on the matrix's course (its named rooms and options) and on the
 * admin's pages (platform slides, meeting options, the live view and ending from it), and the calendar feed. As
 * {@link AuthzProbe}: the state the action starts from is made by the room's host (or the course's teacher, or an
 * admin), then the persona acts through the service that the page calls, and an action that returns counts as
 * allowed once its effect is seen. A persona's values differ (its ordinal), so that an effect is never a neighbour's.
 * <p>Use: {@code Result result = preparations.attempt(fixture, Optional.of(room), host, Act.UPLOAD_SLIDE, actor);}
 */
@ApplicationScoped
public class PreparationProbe {

    @Inject
    SlideService slides;

    @Inject
    GuestService guests;

    @Inject
    SessionService sessions;

    @Inject
    CalendarService calendars;

    @Inject
    CompletionService completions;

    @Inject
    MeetingOptionsService options;

    @Inject
    CourseSettingsService courseSettings;

    @Inject
    RoomService rooms;

    @Inject
    RoomStore roomStore;

    @Inject
    CourseRoomsService courseRooms;

    @Inject
    LiveMeetings live;

    @Inject
    RoomStates states;

    /** A room preparation, in the room (whose host makes the state it starts from). */
    Result inRoom(Fixture fixture, String room, Actor host, Act act, Actor actor) {
        int mark = fixture.personaOf(actor).ordinal();
        return switch (act) {
            case UPLOAD_SLIDE -> {
                long id = slides.upload(actor, Optional.of(room), "authz-" + mark + ".pdf", SlideFiles.pdf()).id();
                boolean listed = slideIds(host, room).contains(id);
                removed(host, room, List.of(id));
                yield seen(listed, "not in the room's slides");
            }
            case DEFAULT_SLIDE -> {
                long first = slides.upload(host, Optional.of(room), "first.pdf", SlideFiles.pdf()).id();
                long other = slides.upload(host, Optional.of(room), "other.pdf", SlideFiles.pdf()).id();
                try {
                    slides.makeDefault(actor, Optional.of(room), other);
                    yield seen(slideIds(host, room).get(0) == other, "another slide is the default");
                } finally {
                    removed(host, room, List.of(first, other));
                }
            }
            case DELETE_SLIDE -> {
                long id = slides.upload(host, Optional.of(room), "doomed.pdf", SlideFiles.pdf()).id();
                try {
                    slides.delete(actor, Optional.of(room), id);
                    yield seen(!slideIds(host, room).contains(id), "still in the room's slides");
                } finally {
                    removed(host, room, List.of(id));
                }
            }
            case GUESTS_ON -> {
                guests.enable(host, room, false);
                yield seen(guests.enable(actor, room, true).enabled() && guests.settings(host, room).enabled(),
                        "guest access still off");
            }
            case GUESTS_OFF -> {
                guests.enable(host, room, true);
                guests.enable(actor, room, false);
                yield seen(!guests.settings(host, room).enabled(), "guest access still on");
            }
            case NEW_GUEST_CODE -> {
                guests.enable(host, room, true);
                Optional<String> before = guests.code(host, room, Code.VIEWER, true).viewerCode();
                guests.code(actor, room, Code.VIEWER, true);
                Optional<String> after = guests.settings(host, room).viewerCode();
                yield seen(after.isPresent() && !after.equals(before), "the viewer code is the old one");
            }
            case SCHEDULE_SESSION -> {
                long id = sessions.add(actor, room, session("Scheduled " + mark)).getId();
                yield seen(sessionIds(host, room).contains(id), "not on the room's timetable");
            }
            case EDIT_SESSION -> {
                long id = sessions.add(host, room, session("Before")).getId();
                sessions.update(actor, id, session("Edited " + mark));
                yield seen(sessions.ofRoom(host, room).sessions().stream()
                        .anyMatch(s -> s.getId() == id && s.getTitle().equals("Edited " + mark)), "not edited");
            }
            case CANCEL_SESSION -> {
                long id = sessions.add(host, room, session("Doomed")).getId();
                sessions.delete(actor, id);
                yield seen(!sessionIds(host, room).contains(id), "still on the room's timetable");
            }
            case COMPLETION_RULE -> {
                CompletionRule rule = new CompletionRule(CompletionRule.Kind.PERCENT, 10 + mark);
                completions.save(actor, room, rule);
                yield seen(completions.forRoom(host, room).rule().equals(rule), "another rule is kept");
            }
            case ROOM_OPTIONS -> {
                Room course = roomStore.roomByPublicId(room).filter(r -> r.getType() == RoomType.COURSE)
                        .orElseThrow(() -> new NotFoundException("room.notFound"));
                long courseId = course.getCourse().orElseThrow().getId();
                options.room(actor, courseId, course.getId());
                options.saveRoom(actor, courseId, course.getId(), Map.of());
                yield new Result(Outcome.ALLOWED, "saved");
            }
            default -> throw new IllegalArgumentException(act + " is no preparation of a room");
        };
    }

    /** A platform action on the fixture's course, an admin's page or the user's own calendar feed. */
    Result onPlatform(Fixture fixture, Act act, Actor actor) {
        long course = fixture.room(RoomKind.COURSE).courseId().orElseThrow();
        Actor teacher = fixture.actor(Persona.TEACHER);
        Actor admin = fixture.actor(Persona.ADMIN);
        int mark = fixture.personaOf(actor).ordinal();
        return switch (act) {
            case ADD_NAMED_ROOM -> {
                String id = rooms.addNamedRoom(actor, course, "Added " + mark).publicId();
                yield seen(namedIds(teacher, course).contains(id), "not among the course's rooms");
            }
            case ORDER_NAMED_ROOMS -> {
                if (namedIds(teacher, course).size() < 2) {
                    rooms.addNamedRoom(teacher, course, "Second room");
                }
                List<String> reversed = new ArrayList<>(namedIds(teacher, course));
                Collections.reverse(reversed);
                rooms.orderNamedRooms(actor, course, reversed);
                yield seen(namedIds(teacher, course).equals(reversed), "the order is the old one");
            }
            case DELETE_NAMED_ROOM -> {
                String id = rooms.addNamedRoom(teacher, course, "Doomed " + mark).publicId();
                courseRooms.delete(actor, course, id, RecordingsFate.KEEP);
                yield seen(!namedIds(teacher, course).contains(id), "still among the course's rooms");
            }
            case COURSE_OPTIONS -> {
                options.course(actor, course);
                options.saveCourse(actor, courseSettings.forEditing(actor, course), Map.of());
                yield new Result(Outcome.ALLOWED, "saved");
            }
            case PLATFORM_SLIDES -> platformSlides(actor);
            case MEETING_OPTIONS -> {
                options.platform(actor);
                options.savePlatform(actor, Map.of());
                yield new Result(Outcome.ALLOWED, "saved");
            }
            case LIVE_VIEW, END_FROM_LIVE_VIEW -> {
                String room = fixture.room(RoomKind.COURSE).publicId();
                states.running(room, teacher);
                long meeting = states.open(room).orElseThrow().getId();
                boolean listed = live.list(actor).stream().anyMatch(m -> m.meetingId() == meeting);
                if (act == Act.LIVE_VIEW) {
                    yield seen(listed, "the running meeting is not listed");
                }
                live.end(actor, meeting);
                yield seen(states.open(room).isEmpty() && !live.list(admin).stream()
                        .anyMatch(m -> m.meetingId() == meeting), "the meeting still runs");
            }
            case RESET_CALENDAR_FEED -> {
                String secret = calendars.resetFeed(actor);
                yield seen(calendars.ownerOf(secret).filter(owner -> owner.userId() == actor.userId()).isPresent(),
                        "the new feed address is not the user's");
            }
            default -> throw new IllegalArgumentException(act + " is no course or admin action");
        };
    }

    /** The platform's slides: uploaded, made the default and deleted again, since other tests' meetings use them. */
    private Result platformSlides(Actor actor) {
        long id = slides.upload(actor, Optional.empty(), "platform.pdf", SlideFiles.pdf()).id();
        slides.makeDefault(actor, Optional.empty(), id);
        boolean madeDefault = slides.list(actor, Optional.empty()).get(0).id() == id;
        slides.delete(actor, Optional.empty(), id);
        return seen(madeDefault && slides.list(actor, Optional.empty()).stream().noneMatch(s -> s.id() == id),
                "uploaded, made the default and deleted: not seen so");
    }

    /** No slide of the cell's is left behind, so that the room keeps room for the next cells' (and other tests'). */
    private void removed(Actor host, String room, List<Long> ids) {
        slideIds(host, room).stream().filter(ids::contains)
                .forEach(id -> slides.delete(host, Optional.of(room), id));
    }

    private List<Long> slideIds(Actor host, String room) {
        return slides.list(host, Optional.of(room)).stream().map(SlideView::id).toList();
    }

    private List<Long> sessionIds(Actor host, String room) {
        return sessions.ofRoom(host, room).sessions().stream().map(RoomSession::getId).toList();
    }

    private List<String> namedIds(Actor teacher, long course) {
        return rooms.namedRooms(teacher, course).stream().map(Room::getPublicId).toList();
    }

    /** A weekly session of a term next year. */
    private static SessionForm session(String title) {
        return new SessionForm(title, LocalDate.of(2027, 9, 6), LocalTime.of(10, 0), ZoneOffset.UTC, 60, 10, 10,
                Set.of(DayOfWeek.MONDAY), Optional.empty(), Optional.of(10));
    }

    private static Result seen(boolean effect, String otherwise) {
        return AuthzProbe.seen(effect, otherwise);
    }
}
