package org.bbbrooms.room;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bbbrooms.bbb.BbbException;
import org.bbbrooms.bbb.BbbFailedException;
import org.bbbrooms.bbb.EndRequest;
import org.bbbrooms.bbb.JoinRequest;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.conference.BbbFailures;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.identity.GroupService;
import org.bbbrooms.identity.UserService;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.Html;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.settings.ClientInterface;
import org.bbbrooms.settings.SettingsService;
import org.bbbrooms.settings.UserPreferenceService;

/**
 * Conference rooms for users: see a room, start its meeting, join it, end it. Every method takes the acting user and
 * checks {@link RoomPolicy} itself (AccessDeniedException otherwise), so a typed URL or a forged form gets the same
 * answer as the page. Rooms are created on first use, one per context. No method holds a database transaction while
 * BBB is called: {@link RoomStore} commits each step. Page renders read BBB's state through {@link RoomStatusCache}
 * and wait for it at most {@code BBB_STATUS_WAIT_MS} per request.
 * <p>Use: {@code RoomView room = rooms.courseRoom(actor, courseId);}
 * {@code URI bbb = rooms.start(actor, room.publicId(), "/course.xhtml?code=MATH101");} then send the browser there.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoomService {

    @Inject
    RoomStore store;

    @Inject
    RoomContexts contexts;

    @Inject
    MeetingReconciler reconciler;

    @Inject
    MeetingLauncher launcher;

    @Inject
    MeetingRequests requests;

    @Inject
    LoadBalancedJoins joins;

    @Inject
    StatusBudget budget;

    @Inject
    ReturnPaths returnPaths;

    @Inject
    CourseService courses;

    @Inject
    GroupService groups;

    @Inject
    UserService users;

    @Inject
    SettingsService settings;

    @Inject
    UserPreferenceService preferences;

    @Inject
    BbbConnection connection;

    @Inject
    Event<JoinAsked> joinAsked;

    @Inject
    Clock clock = Clock.systemUTC();

    public RoomView courseRoom(Actor actor, long courseId) {
        Course course = activeCourse(courseId);
        return shown(actor, RoomKey.course(courseId), () -> Room.ofCourse(course));
    }

    public RoomView groupRoom(Actor actor, long groupId) {
        CourseGroup group = activeGroup(groupId);
        return shown(actor, RoomKey.group(groupId), () -> Room.ofGroup(group));
    }

    public RoomView platformRoom(Actor actor) {
        return shown(actor, RoomKey.platform(), Room::platform);
    }

    /** The actor's own personal room. */
    public RoomView personalRoom(Actor actor) {
        return shown(actor, RoomKey.personal(actor.userId()), () -> Room.personal(users.find(actor.userId())
                .orElseThrow(() -> new NotFoundException("room.notFound"))));
    }

    /** Any room by its public id (the link of a personal room works for every signed-in user). */
    public RoomView byPublicId(Actor actor, String publicId) {
        Room room = room(publicId);
        return view(actor, room, required(actor, room, RoomAction.VIEW, "room.denied"));
    }

    /** The rooms of the home page that the actor may see: the platform room, their personal room. */
    public List<RoomView> homeRooms(Actor actor) {
        List<RoomCandidate> candidates = List.of(
                new RoomCandidate(RoomKey.platform(), Room::platform),
                new RoomCandidate(RoomKey.personal(actor.userId()),
                        () -> Room.personal(users.find(actor.userId()).orElseThrow())));
        return visible(actor, candidates);
    }

    /** The rooms of a course page that the actor may see: the course room, its named rooms, its groups' rooms. */
    public List<RoomView> courseRooms(Actor actor, long courseId) {
        Course course = activeCourse(courseId);
        List<RoomCandidate> candidates = new ArrayList<>();
        candidates.add(new RoomCandidate(RoomKey.course(courseId), () -> Room.ofCourse(course)));
        for (Room named : store.namedRoomsOf(courseId)) {
            candidates.add(RoomCandidate.existing(named));
        }
        for (CourseGroup group : activeGroupsOf(courseId)) {
            candidates.add(new RoomCandidate(RoomKey.group(group.getId()), () -> Room.ofGroup(group)));
        }
        return visible(actor, candidates);
    }

    /**
     * Adds a named room to the course ("Office hours"), as its teachers and admins may.
     *
     * @param name 1 to {@value Room#NAME_LENGTH} characters once stripped
     */
    public RoomView addNamedRoom(Actor actor, long courseId, String name) {
        managedCourse(actor, courseId);
        String stripped = Optional.ofNullable(name).map(String::strip).orElse("");
        if (stripped.isEmpty() || stripped.length() > Room.NAME_LENGTH) {
            throw new BusinessException("room.named.invalid", Room.NAME_LENGTH);
        }
        Room room = store.insertNamedRoom(actor, courseId, stripped);
        return view(actor, room, contexts.facts(actor, room, false));
    }

    /** The named rooms of a course, in their order, for its teachers and admins to manage. */
    public List<Room> namedRooms(Actor actor, long courseId) {
        managedCourse(actor, courseId);
        return store.namedRoomsOf(courseId);
    }

    /** The course room, for its teachers and admins to manage (created if it was never used). */
    public Room managedCourseRoom(Actor actor, long courseId) {
        managedCourse(actor, courseId);
        return store.roomByContext(RoomKey.course(courseId)).orElseGet(() -> created(RoomKey.course(courseId)));
    }

    /**
     * Changes a named room's welcome message (sanitised here; blank for the course's) and whether it pre-assigns
     * breakout rooms from the course's groups.
     */
    public void changeNamedRoom(Actor actor, long courseId, String publicId, String welcome, boolean breakoutGroups) {
        managedCourse(actor, courseId);
        String clean = Html.sanitize(Optional.ofNullable(welcome).orElse("")).strip();
        if (clean.length() > Room.WELCOME_LENGTH) {
            throw new BusinessException("room.named.welcomeTooLong", Room.WELCOME_LENGTH);
        }
        store.changeNamedRoom(courseId, publicId, Optional.of(clean), breakoutGroups)
                .orElseThrow(() -> new NotFoundException("room.notFound"));
    }

    /** Whether the course room's meetings pre-assign breakout rooms from the course's groups. */
    public void courseRoomBreakouts(Actor actor, long courseId, boolean on) {
        store.breakoutGroups(managedCourseRoom(actor, courseId).getId(), on);
    }

    /** Puts the course's named rooms in this order (public ids); those left out follow. */
    public void orderNamedRooms(Actor actor, long courseId, List<String> publicIds) {
        managedCourse(actor, courseId);
        store.orderNamedRooms(courseId, List.copyOf(publicIds));
    }

    /**
     * Deletes a named room (never the course room, which is not named), unless its meeting runs. With
     * {@code keepRecordings} its recordings stay on BBB and are listed under the course room; without, the caller
     * has deleted them already (recording.RecordingService, which knows BBB's recordings).
     *
     * @throws BusinessException {@code room.named.running} while a meeting runs in it
     */
    public void removeNamedRoom(Actor actor, long courseId, String publicId, boolean keepRecordings) {
        Optional<Long> courseRoom = keepRecordings ? Optional.of(managedCourseRoom(actor, courseId).getId())
                : Optional.empty();
        managedCourse(actor, courseId);
        store.removeNamedRoom(actor, courseId, publicId, courseRoom, clock.instant())
                .orElseThrow(() -> new NotFoundException("room.notFound"));
    }

    /** A room that the actor hosts ({@link RoomPolicy#hosts}), for preparing it; AccessDeniedException otherwise. */
    public Room hostedRoom(Actor actor, String publicId) {
        Room room = room(publicId);
        RoomFacts facts = contexts.facts(actor, room, false);
        if (!RoomPolicy.hosts(actor, facts)) {
            throw new AccessDeniedException(facts.enabled() ? "room.host.denied" : "room.disabled");
        }
        return room;
    }

    /** The room of a group page, if the actor may see it (none when the course's group rooms are off). */
    public List<RoomView> groupRooms(Actor actor, long groupId) {
        CourseGroup group = activeGroup(groupId);
        return visible(actor, List.of(new RoomCandidate(RoomKey.group(groupId), () -> Room.ofGroup(group))));
    }

    /**
     * Starts the room's meeting, or finds it running, and returns the BBB join link of the actor as moderator.
     *
     * @param returnTo the page to come back to when leaving BBB, as a path of this application
     *        ({@code /course.xhtml?code=MATH101}); anything else means the home page
     */
    public URI start(Actor actor, String publicId, String returnTo) {
        Room room = room(publicId);
        RoomFacts facts = required(actor, room, RoomAction.START, "room.start.denied");
        asked(room, actor, facts);
        returnPaths.remember(publicId, returnTo);
        Meeting meeting = launcher.meetingOf(room, actor, budget);
        return joinLink(room, meeting, actor, RoomPolicy.allowed(actor, facts.withRunning(true)));
    }

    /** The BBB join link of the actor, as moderator if they may moderate, else as viewer; the meeting must run. */
    public URI join(Actor actor, String publicId, String returnTo) {
        Room room = room(publicId);
        RoomFacts facts = required(actor, room, RoomAction.VIEW, "room.denied");
        MeetingReconciler.Look look = reconciler.look(room, budget);
        Set<RoomAction> allowed = RoomPolicy.allowed(actor, facts.withRunning(look.status().meetingOpen()));
        if (!allowed.contains(RoomAction.JOIN) || look.meeting().isEmpty()) {
            throw new BusinessException("room.notRunning");
        }
        if (look.status().state() == RoomStatus.State.FULL
                && !look.userIds().contains(String.valueOf(actor.userId()))) {
            throw new BusinessException("room.full", look.status().maxParticipants());
        }
        asked(room, actor, facts);
        returnPaths.remember(publicId, returnTo);
        return joinLink(room, look.meeting().get(), actor, allowed);
    }

    /** Ends the meeting for everybody: BBB's end, then the meeting is closed and browsers are told. */
    public void end(Actor actor, String publicId) {
        Room room = room(publicId);
        required(actor, room, RoomAction.END, "room.end.denied");
        Meeting meeting = store.openMeeting(room.getId()).orElseThrow(() -> new BusinessException("room.notRunning"));
        try {
            connection.client().end(EndRequest.of(meeting.getBbbMeetingId()));
        } catch (BbbException e) {
            if (!(e instanceof BbbFailedException refused && "notFound".equals(refused.messageKey()))) {
                throw BbbFailures.explainedByKey(e, "room.server");
            }
        }
        store.end(meeting.getId(), actor, clock.instant()).ifPresent(closed -> reconciler.ended(room, closed));
    }

    /** BBB's end callback, authenticated by the meeting's token: see {@link CallbackOutcome}. */
    public CallbackOutcome meetingEnded(String token) {
        RoomStore.EndCallback result = store.endCallback(token, clock.instant());
        result.closed().ifPresent(meeting -> reconciler.ended(meeting.getRoom(), meeting));
        return result.outcome();
    }

    /** Lets the features that may refuse a start or join (the timetable) have their say: see {@link JoinAsked}. */
    private void asked(Room room, Actor actor, RoomFacts facts) {
        joinAsked.fire(new JoinAsked(room, actor, RoomPolicy.allowed(actor, facts).contains(RoomAction.END)));
    }

    /** The actor's join link, handed out (see {@link RoomStore#handOut}) before it is returned. */
    private URI joinLink(Room room, Meeting meeting, Actor actor, Set<RoomAction> allowed) {
        Role role = allowed.contains(RoomAction.MODERATE) ? Role.MODERATOR : Role.VIEWER;
        boolean forceHtml5 = settings.current().flashAvailable()
                && preferences.effectiveClient(actor) == ClientInterface.HTML5;
        JoinRequest join = requests.join(room, meeting, actor, role, forceHtml5);
        URI link = joins.link(meeting, join);
        store.handOut(new MeetingJoined(meeting.getId(), meeting.getBbbMeetingId(), actor.userId(), join.userID(),
                join.fullName(), role, clock.instant()));
        return link;
    }

    private RoomView shown(Actor actor, RoomKey key, Supplier<Room> newRoom) {
        Optional<Room> existing = store.roomByContext(key);
        RoomFacts facts = required(actor, existing.orElseGet(newRoom), RoomAction.VIEW, "room.denied");
        return view(actor, existing.orElseGet(() -> created(key)), facts);
    }

    /**
     * Views of the candidates the actor may see, asking whether they may before creating a room that does not exist
     * yet (an unsaved room has the same facts); BBB is asked about all their meetings at once.
     */
    private List<RoomView> visible(Actor actor, List<RoomCandidate> candidates) {
        List<Shown> shown = new ArrayList<>();
        for (RoomCandidate candidate : candidates) {
            Optional<Room> existing = candidate.known().or(() -> store.roomByContext(candidate.key()));
            RoomFacts facts = contexts.facts(actor, existing.orElseGet(candidate.newRoom()), false);
            if (RoomPolicy.allowed(actor, facts).contains(RoomAction.VIEW)) {
                shown.add(new Shown(existing.orElseGet(() -> created(candidate.key())), facts));
            }
        }
        shown.forEach(room -> reconciler.prefetch(room.room()));
        return shown.stream().map(room -> view(actor, room.room(), room.facts())).toList();
    }

    private RoomView view(Actor actor, Room room, RoomFacts facts) {
        MeetingReconciler.Look look = reconciler.look(room, budget);
        return new RoomView(room.getPublicId(), contexts.name(room), room.getType(),
                RoomPolicy.allowed(actor, facts.withRunning(look.status().meetingOpen())), look.status(),
                requests.shareLink(room), RoomEvents.pushKey(room.getPublicId()),
                look.meeting().filter(Meeting::isOpen).flatMap(Meeting::getSlidesNote));
    }

    private Room created(RoomKey key) {
        return store.insertRoom(key).or(() -> store.roomByContext(key))
                .orElseThrow(() -> new IllegalStateException("No room could be created for " + key.value()));
    }

    private Room room(String publicId) {
        return Optional.ofNullable(publicId).flatMap(store::roomByPublicId)
                .orElseThrow(() -> new NotFoundException("room.notFound"));
    }

    /** The actor's facts in the room, if they allow the action, which does not depend on a meeting running. */
    private RoomFacts required(Actor actor, Room room, RoomAction action, String deniedKey) {
        RoomFacts facts = contexts.facts(actor, room, false);
        if (!RoomPolicy.allowed(actor, facts).contains(action)) {
            throw new AccessDeniedException(facts.enabled() ? deniedKey : "room.disabled");
        }
        return facts;
    }

    /** The course, if the actor manages its rooms ({@link RoomPolicy#managesCourseRooms}). */
    private Course managedCourse(Actor actor, long courseId) {
        Course course = activeCourse(courseId);
        if (!RoomPolicy.managesCourseRooms(actor, contexts.facts(actor, Room.ofCourse(course), false))) {
            throw new AccessDeniedException("room.named.denied");
        }
        return course;
    }

    private Course activeCourse(long courseId) {
        return courses.find(courseId).filter(Course::isActive)
                .orElseThrow(() -> new NotFoundException("course.notFound"));
    }

    private List<CourseGroup> activeGroupsOf(long courseId) {
        return groups.ofCourse(courseId, true);
    }

    private CourseGroup activeGroup(long groupId) {
        return groups.find(groupId).filter(g -> g.isActive() && g.getCourse().isActive())
                .orElseThrow(() -> new NotFoundException("group.notFound"));
    }

    /**
     * A room to show if the actor may: its context key, and how to make it when it does not exist yet; or a room
     * read already (a named room, which exists from its start).
     */
    private record RoomCandidate(RoomKey key, Supplier<Room> newRoom, Optional<Room> known) {

        RoomCandidate(RoomKey key, Supplier<Room> newRoom) {
            this(key, newRoom, Optional.empty());
        }

        static RoomCandidate existing(Room room) {
            return new RoomCandidate(RoomKey.course(room.getCourse().orElseThrow().getId()), () -> room,
                    Optional.of(room));
        }
    }

    /** A room the actor may see, with their facts in it. */
    private record Shown(Room room, RoomFacts facts) {
    }
}
