package org.bbbrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A course's Scalelite server tag: admins set it (in Scalelite's syntax), its rooms' meetings are created with
 * {@code meta_server-tag}, and behind Scalelite a required tag that no server has stops the start with a message
 * that says so.
 */
class ServerTagTest {

    private static final String BACK = "/course.xhtml?code=X";

    private static Course tagged(RoomFixture f, String tag) {
        Course course = f.course();
        return f.jpa.tx(em -> {
            Course managed = em.find(Course.class, course.getId());
            managed.setServerTag(tag);
            return IdentityServices.on(em).courses().update(managed);
        });
    }

    @ParameterizedTest
    @EnumSource(SandboxMode.class)
    void aTaggedCoursesMeetingsAreCreatedWithTheTagWhichBbbIgnoresAndScaleliteFallsBackFrom(SandboxMode mode) {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2, RoomFixture.nowhere(), mode)) {
            Course course = tagged(f, " big;gpu ");
            Actor teacher = f.member(course, CourseRole.TEACHER);
            URI link = f.rooms().start(teacher, f.courseRoom(course, teacher), BACK);

            assertEquals("big;gpu", f.bbbMeeting(link).metadata().get("server-tag"), "on an untagged server");
            URI conference = f.follow(link);
            assertEquals("/sandbox/conference", conference.getPath());
            assertTrue(f.get(conference).contains("<dd id=\"sandbox-server-tag\">big;gpu</dd>"), "the sandbox shows it");

            Course plain = f.course();
            Actor other = f.member(plain, CourseRole.TEACHER);
            URI untagged = f.rooms().start(other, f.courseRoom(plain, other), BACK);
            assertFalse(f.bbbMeeting(untagged).metadata().containsKey("server-tag"), "no tag: none sent");
        }
    }

    @Test
    void behindScaleliteARequiredTagThatNoServerHasStopsTheStartAndSaysWhy() {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2, RoomFixture.nowhere(), SandboxMode.SCALELITE)) {
            Course course = tagged(f, "gpu!");
            Actor teacher = f.member(course, CourseRole.TEACHER);
            String room = f.courseRoom(course, teacher);

            assertEquals("conference.noTaggedServer", assertThrows(BusinessException.class,
                    () -> f.rooms().start(teacher, room, BACK)).key());
            assertTrue(f.meetings(room).stream().allMatch(m -> m.getClosedAt().isPresent()), "nothing left open");
        }
    }

    @Test
    void onlyScaleliteTagSyntaxIsStoredAndBlankMeansNone() {
        try (RoomFixture f = RoomFixture.on(TestDatabase.H2)) {
            for (String wrong : new String[] {"gpu big", "gpu;;big", "!", "gpu!!", "tag,other", ";gpu", "x".repeat(65)}) {
                assertEquals("course.serverTag.pattern", assertThrows(BusinessException.class,
                        () -> tagged(f, wrong)).key(), wrong);
            }
            assertEquals(Optional.of("gpu-2.large;old_bbb!"), tagged(f, "gpu-2.large;old_bbb!").getServerTag());
            assertEquals(Optional.empty(), tagged(f, "  ").getServerTag());
        }
    }
}
