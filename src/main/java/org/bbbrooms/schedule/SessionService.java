package org.bbbrooms.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.CourseService;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.EnrollmentService;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.room.MeetingRequests;
import org.bbbrooms.room.Room;
import org.bbbrooms.room.RoomAction;
import org.bbbrooms.room.RoomContexts;
import org.bbbrooms.room.RoomPolicy;
import org.bbbrooms.room.RoomStore;
import org.bbbrooms.room.RoomType;

/**
 * Rooms' timetables (issue 16): who hosts a room (may end it, by {@link RoomPolicy}) adds, changes and deletes its
 * sessions and cancels or moves single occurrences; everyone who may see the room reads them. A course's teachers make its
 * timetable strict. Occurrences are computed from the stored rules ({@link SessionPlan}), never stored. Lists are
 * read in one query for all the rooms asked ({@link #nextByRoom}).
 * <p>Use: {@code sessions.add(actor, roomPublicId, form);} {@code Map<String, Occurrence> next =
 * sessions.nextByRoom(publicIds);}
 */
@Stateless
@PermitAll
public class SessionService {

    /** How far a room page and a timetable look ahead. */
    static final int LIST_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomStore rooms;

    @Inject
    RoomContexts contexts;

    @Inject
    MeetingRequests requests;

    @Inject
    CourseService courses;

    @Inject
    EnrollmentService enrollments;

    @Inject
    Clock clock = Clock.systemUTC();

    /** The room's sessions that are not deleted, for anyone who may see the room. */
    public ScheduledRoom ofRoom(Actor actor, String publicId) {
        Room room = room(publicId);
        boolean manages = may(actor, room, RoomAction.END);
        if (!manages && !may(actor, room, RoomAction.VIEW)) {
            throw new AccessDeniedException("room.denied");
        }
        return scheduled(room, manages, live(List.of(room.getId())));
    }

    public RoomSession add(Actor actor, String publicId, SessionForm form) {
        Room room = managed(actor, room(publicId));
        requireOccurs(form.plan());
        RoomSession session = new RoomSession(em.find(Room.class, room.getId()), form, clock.instant());
        em.persist(session);
        return session;
    }

    /** Changes the session's title and times; calendars see the change by its higher sequence number. */
    public RoomSession update(Actor actor, long sessionId, SessionForm form) {
        RoomSession session = managedSession(actor, sessionId);
        requireOccurs(form.plan());
        session.apply(form, clock.instant());
        return session;
    }

    /** Deletes the session: it leaves the timetable and is cancelled in calendars. */
    public void delete(Actor actor, long sessionId) {
        managedSession(actor, sessionId).cancel(clock.instant());
    }

    /** Cancels the occurrence of that day (its day in the session's zone), or restores it. */
    public void skip(Actor actor, long sessionId, LocalDate day, boolean skip) {
        managedSession(actor, sessionId).skip(day, skip, clock.instant());
    }

    /**
     * Moves the occurrence its rule gives on that day (its day in the session's zone) to another start, the series
     * unchanged; windows, gates, widgets, timetables and feeds then use the new time. Its planned start moves it back.
     */
    public void move(Actor actor, long sessionId, LocalDate day, Instant to) {
        managedSession(actor, sessionId).move(day, to, clock.instant());
    }

    /**
     * The occurrence that is open or comes next, for each of the rooms (by public id) that has one: one query for
     * all of them, for the widgets of a page. The caller has already shown the user these rooms.
     */
    public Map<String, Occurrence> nextByRoom(Collection<String> publicIds) {
        if (publicIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<String, Occurrence> next = new HashMap<>();
        em.createQuery("select s from RoomSession s where s.room.publicId in :ids and s.cancelled = false",
                        RoomSession.class).setParameter("ids", publicIds).getResultList()
                .forEach(session -> session.plan().next(now).ifPresent(occurrence -> next.merge(
                        session.getRoom().getPublicId(), occurrence, SessionService::earlier)));
        return next;
    }

    /**
     * Why the actor may not join the room now, if they may not: the room has sessions, none is open, and they are
     * a student (or a teacher, when the course's timetable is strict; admins always may). See {@link SessionGate}.
     */
    public Optional<Closed> refusal(long roomId, boolean hosts, boolean admin, Optional<Long> courseId) {
        if (admin || hosts && !courseId.map(this::isStrict).orElse(false)) {
            return Optional.empty();
        }
        List<RoomSession> sessions = live(List.of(roomId));
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (sessions.stream().anyMatch(s -> s.plan().openAt(now).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new Closed(sessions.stream().map(s -> s.plan().next(now)).flatMap(Optional::stream)
                .min(Comparator.comparing(Occurrence::start))));
    }

    /** A course's timetable for its members: the occurrences of its rooms that they see, from now on. */
    public List<TimetableEntry> courseTimetable(Actor actor, long courseId, Instant to) {
        Course course = activeCourse(courseId);
        Instant from = clock.instant();
        List<TimetableEntry> entries = new ArrayList<>();
        for (ScheduledRoom room : courseRooms(actor, course, false)) {
            for (RoomSession session : room.sessions()) {
                session.plan().between(from, to, LIST_LIMIT).forEach(o -> entries.add(new TimetableEntry(
                        room.publicId(), room.name(), session.getId(), session.getTitle(), o)));
            }
        }
        entries.sort(Comparator.comparing(entry -> entry.occurrence().start()));
        return entries.size() > LIST_LIMIT ? List.copyOf(entries.subList(0, LIST_LIMIT)) : entries;
    }

    /** The rooms of a course with sessions that the actor sees, deleted sessions included when asked. */
    public List<ScheduledRoom> courseRooms(Actor actor, Course course, boolean withDeleted) {
        List<Room> withSessions = em.createQuery("select distinct s.room from RoomSession s"
                + " where s.room.course.id = :course", Room.class).setParameter("course", course.getId())
                .getResultList();
        return visible(actor, withSessions, withDeleted);
    }

    /** Every room the user sees that has sessions, deleted ones included: the content of their feed. */
    public List<ScheduledRoom> feedRooms(Actor actor) {
        List<Long> courseIds = enrollments.ofUser(actor.userId()).stream().map(Enrollment::getCourse)
                .map(Course::getId).toList();
        List<Room> withSessions = em.createQuery("select distinct r from RoomSession s join s.room r"
                        + " left join r.course c left join r.owner o"
                        + " where c.id in :courses or o.id = :user or r.type = :platform", Room.class)
                .setParameter("courses", courseIds.isEmpty() ? List.of(-1L) : courseIds)
                .setParameter("user", actor.userId()).setParameter("platform", RoomType.PLATFORM).getResultList();
        return visible(actor, withSessions, true);
    }

    /** Whether the actor teaches the course or administers the platform: who gets its feed, who makes it strict. */
    public boolean teaches(Actor actor, long courseId) {
        return actor.isAdmin() || enrollments.roleOf(actor.userId(), courseId)
                .filter(role -> role == CourseRole.TEACHER).isPresent();
    }

    public boolean isStrict(long courseId) {
        return Optional.ofNullable(em.find(CourseTimetable.class, courseId)).map(CourseTimetable::isStrict)
                .orElse(false);
    }

    public void setStrict(Actor actor, long courseId, boolean strict) {
        activeCourse(courseId);
        if (!teaches(actor, courseId)) {
            throw new AccessDeniedException("timetable.strict.denied");
        }
        Optional.ofNullable(em.find(CourseTimetable.class, courseId)).orElseGet(() -> {
            CourseTimetable created = new CourseTimetable(courseId);
            em.persist(created);
            return created;
        }).setStrict(strict);
    }

    public Course activeCourse(long courseId) {
        return courses.find(courseId).filter(Course::isActive)
                .orElseThrow(() -> new NotFoundException("course.notFound"));
    }

    private List<ScheduledRoom> visible(Actor actor, List<Room> candidates, boolean withDeleted) {
        List<Room> seen = candidates.stream().filter(room -> may(actor, room, RoomAction.VIEW)).toList();
        Map<Long, List<RoomSession>> byRoom = new LinkedHashMap<>();
        seen.forEach(room -> byRoom.put(room.getId(), new ArrayList<>()));
        List<RoomSession> sessions = byRoom.isEmpty() ? List.of() : em.createQuery("select s from RoomSession s"
                        + " where s.room.id in :rooms" + (withDeleted ? "" : " and s.cancelled = false")
                        + " order by s.startsAt, s.id", RoomSession.class)
                .setParameter("rooms", byRoom.keySet()).getResultList();
        sessions.forEach(session -> byRoom.get(session.getRoom().getId()).add(session));
        return seen.stream().map(room -> scheduled(room, may(actor, room, RoomAction.END), byRoom.get(room.getId())))
                .sorted(Comparator.comparing(ScheduledRoom::name)).toList();
    }

    private ScheduledRoom scheduled(Room room, boolean manages, List<RoomSession> sessions) {
        return new ScheduledRoom(room.getPublicId(), contexts.name(room), requests.shareLink(room), manages, sessions);
    }

    private List<RoomSession> live(List<Long> roomIds) {
        return em.createQuery("select s from RoomSession s where s.room.id in :rooms and s.cancelled = false"
                + " order by s.startsAt, s.id", RoomSession.class).setParameter("rooms", roomIds).getResultList();
    }

    private RoomSession managedSession(Actor actor, long sessionId) {
        RoomSession session = Optional.ofNullable(em.find(RoomSession.class, sessionId))
                .filter(s -> !s.isCancelled()).orElseThrow(() -> new NotFoundException("session.notFound"));
        managed(actor, session.getRoom());
        return session;
    }

    private Room managed(Actor actor, Room room) {
        if (!may(actor, room, RoomAction.END)) {
            throw new AccessDeniedException("session.denied");
        }
        return room;
    }

    private boolean may(Actor actor, Room room, RoomAction action) {
        Set<RoomAction> allowed = RoomPolicy.allowed(actor, contexts.facts(actor, room, false));
        return allowed.contains(action);
    }

    private Room room(String publicId) {
        return Optional.ofNullable(publicId).flatMap(rooms::roomByPublicId)
                .orElseThrow(() -> new NotFoundException("room.notFound"));
    }

    private static Occurrence earlier(Occurrence a, Occurrence b) {
        return a.start().isAfter(b.start()) ? b : a;
    }

    /** Refuses a session that would never occur (its week days all fall after its last day). */
    private static void requireOccurs(SessionPlan plan) {
        if (plan.until().filter(last -> plan.dayOf(plan.start()).isAfter(last)).isPresent()
                || plan.between(plan.start(), Instant.MAX, 1).isEmpty()) {
            throw new BusinessException("session.never");
        }
    }

    /** A room closed by its timetable now, and its next occurrence if there is one. */
    public record Closed(Optional<Occurrence> next) {
    }
}
