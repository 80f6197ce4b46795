package org.bbbrooms.slides;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.room.SlidesNote;
import org.bbbrooms.slides.SlideStore.Outcome;
import org.bbbrooms.testing.SlideFiles;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The links by which BBB downloads a meeting's slides: each works for its own open meeting, once (a second download,
 * even by BBB, is a replay), until it expires; everything else is refused and tells the teacher (the meeting's
 * {@link SlidesNote}). Which slides a meeting gets: its room's, default first, else the platform's default.
 */
class SlideLinksTest {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLinkServesItsFileOnceAndOnlyToTheMeetingItWasMadeFor(TestDatabase db) {
        try (RoomFixture f = RoomFixture.on(db)) {
            Meetings m = twoMeetings(f);
            Slide slide = tx(f, s -> s.add(Optional.of(m.mine.getRoom().getId()), "week 1.pdf", SlideKind.PDF,
                    SlideFiles.pdf(), m.teacher.userId(), m.now));
            String token = tx(f, s -> s.issue(m.mine.getId(), List.of(slide), m.now.plus(LIFETIME))).get(0).token();
            assertEquals(Optional.of(SlidesNote.SENT), note(f, m.mine));

            assertEquals(Outcome.UNKNOWN, fetch(f, m.other, token, m.now).outcome(), "another meeting's link");
            assertEquals(Outcome.UNKNOWN, fetch(f, m.mine, token.substring(1) + "A", m.now).outcome(), "forged");
            SlideStore.Download served = fetch(f, m.mine, token, m.now.plusSeconds(10));
            assertEquals(Outcome.SERVED, served.outcome());
            assertArrayEquals(SlideFiles.pdf(), served.file().orElseThrow().content());
            assertEquals("week 1.pdf", served.file().orElseThrow().fileName());
            assertEquals(Optional.of(SlidesNote.FETCHED), note(f, m.mine), "every link of the meeting was used");

            assertEquals(Outcome.REFUSED, fetch(f, m.mine, token, m.now.plusSeconds(11)).outcome(), "a replay");
            assertEquals(Optional.of(SlidesNote.REFUSED), note(f, m.mine), "the teacher is told");
            assertEquals(Optional.empty(), note(f, m.other), "the other meeting is untouched");
        }
    }

    @Test
    void anExpiredLinkAndALinkOfAnEndedMeetingAreRefused() {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2)) {
            Meetings m = twoMeetings(f);
            Slide slide = tx(f, s -> s.add(Optional.of(m.mine.getRoom().getId()), "a.png", SlideKind.PNG,
                    SlideFiles.png(), m.teacher.userId(), m.now));
            List<SlideStore.Issued> links = tx(f, s -> s.issue(m.mine.getId(), List.of(slide, slide),
                    m.now.plus(LIFETIME)));
            Instant expiry = m.now.plus(LIFETIME);
            assertEquals(Outcome.SERVED, fetch(f, m.mine, links.get(0).token(), expiry.minusMillis(1)).outcome(),
                    "just before it expires");
            assertEquals(Outcome.REFUSED, fetch(f, m.mine, links.get(1).token(), expiry).outcome(), "expired");
            assertEquals(Optional.of(SlidesNote.REFUSED), note(f, m.mine));

            String other = tx(f, s -> s.issue(m.other.getId(), List.of(slide), m.now.plus(LIFETIME))).get(0).token();
            f.rooms().end(m.teacher, m.other.getRoom().getPublicId());
            assertEquals(Outcome.REFUSED, fetch(f, m.other, other, m.now).outcome(), "the meeting is over");
        }
    }

    @Test
    void aMeetingGetsItsRoomsSlidesDefaultFirstElseThePlatformsDefaultOnly() {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2)) {
            Meetings m = twoMeetings(f);
            long room = m.mine.getRoom().getId();
            long bare = m.other.getRoom().getId();
            List<Slide> platform = tx(f, s -> s.of(Optional.empty()));
            platform.forEach(old -> tx(f, s -> {
                s.remove(Optional.empty(), old.getId());
                return null;
            }));
            Slide fallback = tx(f, s -> s.add(Optional.empty(), "platform.pdf", SlideKind.PDF, SlideFiles.pdf(),
                    m.teacher.userId(), m.now));
            tx(f, s -> s.add(Optional.empty(), "other.pdf", SlideKind.PDF, SlideFiles.pdf(), m.teacher.userId(),
                    m.now.plusSeconds(1)));
            Slide first = tx(f, s -> s.add(Optional.of(room), "first.pdf", SlideKind.PDF, SlideFiles.pdf(),
                    m.teacher.userId(), m.now));
            Slide second = tx(f, s -> s.add(Optional.of(room), "second.odp", SlideKind.ODP, SlideFiles.odp(),
                    m.teacher.userId(), m.now.plusSeconds(1)));

            assertEquals(List.of("first.pdf", "second.odp"), names(tx(f, s -> s.forMeeting(room, m.now))),
                    "the first upload is the default");
            assertEquals(List.of(fallback.getFileName()), names(tx(f, s -> s.forMeeting(bare, m.now))),
                    "a room without slides gets the platform's default, and only that");
            tx(f, s -> {
                s.makeDefault(Optional.of(room), second.getId());
                return null;
            });
            assertEquals(List.of("second.odp", "first.pdf"), names(tx(f, s -> s.forMeeting(room, m.now))));
            tx(f, s -> {
                s.remove(Optional.of(room), second.getId());
                return null;
            });
            assertEquals(List.of(true), tx(f, s -> s.of(Optional.of(room))).stream().map(Slide::isDefault).toList(),
                    "deleting the default makes the one left the default");
            assertEquals(first.getId(), tx(f, s -> s.of(Optional.of(room))).get(0).getId());
        }
    }

    /** Two open meetings of one course: its course room's and a named room's, and their teacher. */
    private record Meetings(Actor teacher, Meeting mine, Meeting other, Instant now) {
    }

    private static Meetings twoMeetings(RoomFixture f) {
        Course course = f.course();
        Actor teacher = f.member(course, CourseRole.TEACHER);
        String courseRoom = f.courseRoom(course, teacher);
        String named = f.rooms().addNamedRoom(teacher, course.getId(), "Lab").publicId();
        f.rooms().start(teacher, courseRoom, "/x");
        f.rooms().start(teacher, named, "/x");
        return new Meetings(teacher, f.meetings(courseRoom).get(0), f.meetings(named).get(0),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static SlideStore.Download fetch(RoomFixture f, Meeting meeting, String token, Instant at) {
        return tx(f, s -> s.fetch(meeting.getBbbMeetingId(), token, at));
    }

    private static Optional<SlidesNote> note(RoomFixture f, Meeting meeting) {
        return f.jpa.tx(em -> em.find(Meeting.class, meeting.getId()).getSlidesNote());
    }

    private static List<String> names(List<Slide> slides) {
        return slides.stream().map(Slide::getFileName).toList();
    }

    private static <T> T tx(RoomFixture f, Function<SlideStore, T> work) {
        return new TxSlideStore(f).apply(work);
    }
}
