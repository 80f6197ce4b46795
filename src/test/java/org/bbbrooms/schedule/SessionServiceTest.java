package org.bbbrooms.schedule;

import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.Tokens;
import org.bbbrooms.room.JoinAsked;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The timetable service on each database: who manages a room's sessions, the window that the join gate enforces
 * (students outside it refused with the next opening in their own time zone, teachers free unless the course is
 * strict, admins always),
 * a cancelled week, the batched next sessions of a page's widgets, and the feed secret (only its digest stored, a
 * reset revoking the old address).
 */
class SessionServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A Monday, 08:00 in Paris. */
    private static final Instant MONDAY = ZonedDateTime.of(2027, 5, 3, 8, 0, 0, 0, PARIS).toInstant();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void studentsJoinOnlyInsideTheWindowTeachersUnlessStrictAndAdminsAlways(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            MutableClock clock = new MutableClock(MONDAY);
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            Actor student = f.member(course, CourseRole.STUDENT);
            Actor admin = f.user("admin", PlatformRole.ADMIN);
            String room = f.courseRoom(course, teacher);
            SessionGate gate = gate(f, clock);
            JoinAsked asStudent = asked(f, room, student, false);
            gate.check(asStudent);

            RoomSession lecture = call(f, clock, s -> s.add(teacher, room, tuesdaysAtTen()));
            assertEquals("session.denied", assertThrows(AccessDeniedException.class,
                    () -> call(f, clock, s -> s.add(student, room, tuesdaysAtTen()))).key());
            assertEquals(List.of("Lecture"), call(f, clock, s -> s.ofRoom(student, room)).sessions().stream()
                    .map(RoomSession::getTitle).toList());

            BusinessException closed = assertThrows(BusinessException.class, () -> gate.check(asStudent));
            assertEquals("session.closed", closed.key());
            assertEquals("2027-05-04 09:45", closed.args()[0], "the window opens 15 minutes before 10:00");
            calendars(f, c -> {
                c.chooseZone(student, Optional.of("America/New_York"));
                return null;
            });
            BusinessException inNewYork = assertThrows(BusinessException.class, () -> gate.check(asStudent));
            assertEquals(List.of("2027-05-04 03:45", "America/New_York"), List.of(inNewYork.args()),
                    "told in the student's own zone");
            assertEquals("calendar.zone.invalid", assertThrows(BusinessException.class, () -> calendars(f, c -> {
                c.chooseZone(student, Optional.of("Mars/Olympus"));
                return null;
            })).key());
            gate.check(asked(f, room, teacher, true));
            call(f, clock, s -> {
                s.setStrict(teacher, course.getId(), true);
                return null;
            });
            assertEquals("session.closed", assertThrows(BusinessException.class,
                    () -> gate.check(asked(f, room, teacher, true))).key(), "a strict timetable binds teachers");
            gate.check(asked(f, room, admin, true));

            clock.advance(Duration.ofHours(25).plusMinutes(45));
            gate.check(asStudent);
            gate.check(asked(f, room, teacher, true));

            call(f, clock, s -> {
                s.skip(teacher, lecture.getId(), LocalDate.of(2027, 5, 11), true);
                return null;
            });
            clock.advance(Duration.ofDays(7));
            assertEquals("session.closed", assertThrows(BusinessException.class, () -> gate.check(asStudent)).key(),
                    "the cancelled week opens no window");
            Map<String, Occurrence> next = call(f, clock, s -> s.nextByRoom(List.of(room, "no-such-room")));
            assertEquals(Set.of(room), next.keySet());
            assertEquals(ZonedDateTime.of(2027, 5, 18, 10, 0, 0, 0, PARIS).toInstant(), next.get(room).start());

            Instant wednesday = ZonedDateTime.of(2027, 5, 19, 16, 0, 0, 0, PARIS).toInstant();
            assertEquals("session.denied", assertThrows(AccessDeniedException.class, () -> call(f, clock, s -> {
                s.move(student, lecture.getId(), LocalDate.of(2027, 5, 18), wednesday);
                return null;
            })).key());
            call(f, clock, s -> {
                s.move(teacher, lecture.getId(), LocalDate.of(2027, 5, 18), wednesday);
                return null;
            });
            assertEquals(wednesday, call(f, clock, s -> s.nextByRoom(List.of(room))).get(room).start(),
                    "the widgets' next session is the moved one, read back from the database");
            clock.advance(Duration.ofDays(7));
            assertEquals("session.closed", assertThrows(BusinessException.class, () -> gate.check(asStudent)).key(),
                    "nothing opens at the planned time of a moved occurrence");
            clock.advance(Duration.ofHours(30));
            gate.check(asStudent);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFeedSecretIsStoredAsADigestAResetRevokesTheOldAndTheFeedKeepsDeletedSessionsCancelled(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            MutableClock clock = new MutableClock(MONDAY);
            Course course = f.course();
            Actor teacher = f.member(course, CourseRole.TEACHER);
            Actor student = f.member(course, CourseRole.STUDENT);
            Actor outsider = f.user("outsider", PlatformRole.STUDENT);
            String room = f.courseRoom(course, teacher);
            RoomSession lecture = call(f, clock, s -> s.add(teacher, room, tuesdaysAtTen()));
            call(f, clock, s -> {
                s.delete(teacher, lecture.getId());
                return null;
            });

            String first = calendars(f, c -> c.resetFeed(student));
            assertEquals(Optional.of(student.userId()), calendars(f, c -> c.ownerOf(first)).map(Actor::userId));
            String stored = f.jpa.tx(em -> (String) em.createNativeQuery(
                    "select feed_digest from user_calendar where user_id = ?1").setParameter(1, student.userId())
                    .getSingleResult());
            assertEquals(Tokens.digest(first), stored);
            assertNotEquals(first, stored);
            String second = calendars(f, c -> c.resetFeed(student));
            assertTrue(calendars(f, c -> c.ownerOf(first)).isEmpty(), "the old address stops working");
            assertTrue(calendars(f, c -> c.ownerOf(second)).isPresent());

            List<ScheduledRoom> feed = call(f, clock, s -> s.feedRooms(student));
            assertEquals(1, feed.size());
            assertTrue(feed.get(0).sessions().get(0).isCancelled(), "a deleted session stays, to be withdrawn");
            assertTrue(call(f, clock, s -> s.ofRoom(student, room)).sessions().isEmpty(), "but leaves the page");
            assertTrue(call(f, clock, s -> s.feedRooms(outsider)).isEmpty(), "nobody sees others' rooms");
            boolean studentTeaches = call(f, clock, s -> s.teaches(student, course.getId()));
            assertFalse(studentTeaches, "a student gets no course feed");
        }
    }

    private static SessionForm tuesdaysAtTen() {
        return new SessionForm("Lecture", LocalDate.of(2027, 5, 4), LocalTime.of(10, 0), PARIS, 90, 15, 10,
                Set.of(TUESDAY), Optional.empty(), Optional.empty());
    }

    private static JoinAsked asked(RoomFixture f, String room, Actor actor, boolean hosts) {
        return new JoinAsked(f.store().roomByPublicId(room).orElseThrow(), actor, hosts);
    }

    /** The gate as the container wires it, each service call in a transaction of its own. */
    private static SessionGate gate(RoomFixture f, MutableClock clock) {
        SessionGate gate = new SessionGate() {
            @Override
            void check(JoinAsked asked) {
                f.jpa.tx(em -> {
                    sessions = service(f, clock, em);
                    calendars = calendarsOn(em);
                    super.check(asked);
                    return null;
                });
            }
        };
        return gate;
    }

    private static <T> T call(RoomFixture f, MutableClock clock, Function<SessionService, T> work) {
        return f.jpa.tx(em -> work.apply(service(f, clock, em)));
    }

    private static <T> T calendars(RoomFixture f, Function<CalendarService, T> work) {
        return f.jpa.tx(em -> work.apply(calendarsOn(em)));
    }

    private static SessionService service(RoomFixture f, MutableClock clock, jakarta.persistence.EntityManager em) {
        IdentityServices identity = IdentityServices.on(em);
        SessionService service = new SessionService();
        service.em = em;
        service.rooms = f.store();
        service.contexts = f.contexts();
        service.requests = f.requests();
        service.courses = identity.courses();
        service.enrollments = identity.enrollments();
        service.clock = clock;
        return service;
    }

    private static CalendarService calendarsOn(jakarta.persistence.EntityManager em) {
        CalendarService calendars = new CalendarService();
        calendars.em = em;
        calendars.users = IdentityServices.on(em).users();
        calendars.platformZone = Optional.of("Europe/Paris");
        return calendars;
    }
}
