package org.bbbrooms.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.room.Meeting;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.room.SlidesNote;
import org.bbbrooms.testing.SlideFiles;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What a start sends to BBB of the room's slides, against the sandbox: each file by a link of the portal, and a file
 * that no longer passes the size cap, or a store that fails, never stops the meeting; the teacher is told.
 */
class SlidesAtStartTest {

    @Test
    void theSlidesGoWithCreateAndAFileAboveALoweredCapIsLeftOutWithoutStoppingTheMeeting() {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2)) {
            Room room = room(f);
            byte[] large = new byte[(int) SlidesConfig.MB + 1];
            System.arraycopy(SlideFiles.pdf(), 0, large, 0, SlideFiles.pdf().length);
            tx(f, s -> s.add(Optional.of(room.id), "small.pdf", SlideKind.PDF, SlideFiles.pdf(), room.teacher.userId(),
                    Instant.now()));
            tx(f, s -> s.add(Optional.of(room.id), "large.pdf", SlideKind.PDF, large, room.teacher.userId(),
                    Instant.now()));
            f.creating.observe(slidesAtStart(f, new TxSlideStore(f), 1)::add);

            String conference = f.get(f.follow(f.rooms().start(room.teacher, room.publicId, "/x")));
            assertTrue(conference.contains(">small.pdf ("), conference);
            assertTrue(!conference.contains("large.pdf"), "above the cap of 1 MB: left out");
            Meeting meeting = f.meetings(room.publicId).get(0);
            assertTrue(meeting.isOpen(), "the meeting started anyway");
            assertEquals(Optional.of(SlidesNote.SKIPPED), meeting.getSlidesNote());
            assertEquals(Optional.of(SlidesNote.SKIPPED), f.rooms().byPublicId(room.teacher, room.publicId)
                    .slidesNote(), "the room widget tells its moderators");
        }
    }

    @Test
    void aStoreThatFailsLeavesTheSlidesOutAndTheMeetingStarts() {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2)) {
            Room room = room(f);
            TxSlideStore failing = new TxSlideStore(f) {
                @Override
                public List<Slide> forMeeting(long roomId, Instant now) {
                    throw new IllegalStateException("the database is read-only");
                }
            };
            f.creating.observe(slidesAtStart(f, failing, 20)::add);

            URI link = f.rooms().start(room.teacher, room.publicId, "/x");
            assertTrue(f.get(f.follow(link)).contains("No presentation was uploaded."));
            assertEquals(Optional.of(SlidesNote.SKIPPED), f.meetings(room.publicId).get(0).getSlidesNote());
        }
    }

    private record Room(Actor teacher, String publicId, long id) {
    }

    private static Room room(RoomFixture f) {
        Course course = f.course();
        Actor teacher = f.member(course, CourseRole.TEACHER);
        String publicId = f.courseRoom(course, teacher);
        return new Room(teacher, publicId, f.jpa.tx(em -> em.createQuery(
                "select r.id from Room r where r.publicId = :id", Long.class).setParameter("id", publicId)
                .getSingleResult()));
    }

    private static SlidesAtStart slidesAtStart(RoomFixture f, SlideStore store, int maxMegabytes) {
        SlidesAtStart slides = new SlidesAtStart();
        slides.store = store;
        slides.config = new SlidesConfig();
        slides.config.maxMegabytes = maxMegabytes;
        slides.config.linkSeconds = 300;
        slides.publicUrl = f.portalUrl();
        slides.clock = Clock.systemUTC();
        return slides;
    }

    private static <T> T tx(RoomFixture f, Function<SlideStore, T> work) {
        return new TxSlideStore(f).apply(work);
    }
}
