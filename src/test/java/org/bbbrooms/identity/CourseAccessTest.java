package org.bbbrooms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.platform.NotFoundException;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who sees which course and group, on a small school: one course, a teacher, two students in two groups. */
class CourseAccessTest {

    private record School(Actor teacher, Actor alice, Actor bob, Actor outsider, Actor admin, String code,
            long groupA, long groupB) {
    }

    private static School school(Jpa jpa) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        return jpa.tx(em -> {
            IdentityServices s = IdentityServices.on(em);
            User teacher = s.users().create(new User("t" + tag, "Teacher", "t@example.org", PlatformRole.TEACHER), null);
            User alice = s.users().create(new User("a" + tag, "Alice", "a@example.org", PlatformRole.STUDENT), null);
            User bob = s.users().create(new User("b" + tag, "Bob", "b@example.org", PlatformRole.STUDENT), null);
            User outsider = s.users().create(new User("o" + tag, "Olga", "o@example.org", PlatformRole.STUDENT), null);
            User admin = s.users().create(new User("r" + tag, "Root", "r@example.org", PlatformRole.ADMIN), null);
            Course course = s.courses().create(new Course("C" + tag, "Course " + tag));
            s.enrollments().enroll(course.getId(), teacher.getUsername(), CourseRole.TEACHER);
            s.enrollments().enroll(course.getId(), alice.getUsername(), CourseRole.STUDENT);
            s.enrollments().enroll(course.getId(), bob.getUsername(), CourseRole.STUDENT);
            CourseGroup a = s.groups().create(course.getId(), "Group A");
            CourseGroup b = s.groups().create(course.getId(), "Group B");
            s.groups().addMember(a.getId(), alice.getUsername());
            s.groups().addMember(b.getId(), bob.getUsername());
            return new School(Actor.of(teacher), Actor.of(alice), Actor.of(bob), Actor.of(outsider), Actor.of(admin),
                    course.getCode(), a.getId(), b.getId());
        });
    }

    private static List<String> groupNames(CourseView view) {
        return view.groups().stream().map(CourseGroup::getName).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void teachersAndAdminsSeeEveryGroupStudentsTheirOwnOthersNothing(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        School school = school(jpa);
        CourseView asTeacher = jpa.tx(em -> IdentityServices.on(em).access().openCourse(school.teacher(), school.code()));
        assertEquals(List.of("Group A", "Group B"), groupNames(asTeacher));
        assertTrue(asTeacher.manages());
        CourseView asAdmin = jpa.tx(em -> IdentityServices.on(em).access().openCourse(school.admin(), school.code()));
        assertTrue(asAdmin.manages() && asAdmin.role().isEmpty(), "an admin manages without being enrolled");
        CourseView asAlice = jpa.tx(em -> IdentityServices.on(em).access().openCourse(school.alice(), school.code()));
        assertEquals(List.of("Group A"), groupNames(asAlice));
        assertFalse(asAlice.manages());
        assertThrows(AccessDeniedException.class,
                () -> jpa.tx(em -> IdentityServices.on(em).access().openCourse(school.outsider(), school.code())));
        assertThrows(NotFoundException.class,
                () -> jpa.tx(em -> IdentityServices.on(em).access().openCourse(school.alice(), "NO-SUCH-COURSE")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGroupOpensToItsMembersAndTheCourseTeachersOnly(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        School school = school(jpa);
        GroupView aliceInA = jpa.tx(em -> IdentityServices.on(em).access().openGroup(school.alice(), school.groupA()));
        assertTrue(aliceInA.member() && !aliceInA.managesCourse());
        GroupView teacherInB = jpa.tx(em -> IdentityServices.on(em).access().openGroup(school.teacher(), school.groupB()));
        assertTrue(teacherInB.managesCourse() && !teacherInB.member());
        assertThrows(AccessDeniedException.class,
                () -> jpa.tx(em -> IdentityServices.on(em).access().openGroup(school.alice(), school.groupB())),
                "students of another group may not enter");
        assertThrows(NotFoundException.class,
                () -> jpa.tx(em -> IdentityServices.on(em).access().openGroup(school.alice(), -1)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void deactivatingAnEnrollmentACourseOrAGroupClosesTheDoor(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        School school = school(jpa);
        jpa.run(em -> {
            IdentityServices s = IdentityServices.on(em);
            Course course = s.courses().findByCode(school.code()).orElseThrow();
            Enrollment bobs = s.enrollments().find(school.bob().userId(), course.getId()).orElseThrow();
            s.enrollments().setActive(bobs.getId(), false);
            s.groups().setActive(school.groupA(), false);
        });
        assertThrows(AccessDeniedException.class,
                () -> jpa.tx(em -> IdentityServices.on(em).access().openCourse(school.bob(), school.code())));
        assertThrows(AccessDeniedException.class,
                () -> jpa.tx(em -> IdentityServices.on(em).access().openGroup(school.bob(), school.groupB())),
                "a group member whose enrollment ended is out of the group too");
        assertThrows(NotFoundException.class,
                () -> jpa.tx(em -> IdentityServices.on(em).access().openGroup(school.alice(), school.groupA())));
        assertEquals(1, jpa.tx(em -> IdentityServices.on(em).access().myCourses(school.alice())).size());
        jpa.run(em -> IdentityServices.on(em).courses().setActive(
                IdentityServices.on(em).courses().findByCode(school.code()).orElseThrow().getId(), false));
        assertTrue(jpa.tx(em -> IdentityServices.on(em).access().myCourses(school.alice())).isEmpty());
        assertThrows(NotFoundException.class,
                () -> jpa.tx(em -> IdentityServices.on(em).access().openCourse(school.teacher(), school.code())));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyEnrolledUsersJoinGroupsAndEnrollingTwiceUpdatesInsteadOfFailing(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        School school = school(jpa);
        BusinessException notEnrolled = assertThrows(BusinessException.class, () -> jpa.run(em ->
                IdentityServices.on(em).groups().addMember(school.groupA(), school.outsider().username())));
        assertEquals("group.member.notEnrolled", notEnrolled.key());
        jpa.run(em -> {
            IdentityServices s = IdentityServices.on(em);
            long courseId = s.courses().findByCode(school.code()).orElseThrow().getId();
            s.enrollments().enroll(courseId, school.alice().username(), CourseRole.TEACHER);
        });
        CourseView promoted = jpa.tx(em -> IdentityServices.on(em).access().openCourse(school.alice(), school.code()));
        assertEquals(CourseRole.TEACHER, promoted.role().orElseThrow());
    }
}
