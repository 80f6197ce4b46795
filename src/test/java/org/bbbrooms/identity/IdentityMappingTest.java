package org.bbbrooms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.util.UUID;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentityMappingTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesAndReadsBackTheWholeIdentityModel(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Long groupId = jpa.tx(em -> {
            User alice = new User("Alice" + suffix, "Alïce Émoji 🎓", "alice@example.org", PlatformRole.STUDENT);
            Course course = new Course("c" + suffix, "Chemistry");
            em.persist(alice);
            em.persist(course);
            em.persist(new Enrollment(alice, course, CourseRole.STUDENT));
            CourseGroup group = new CourseGroup(course, "Group A").addMember(alice);
            em.persist(group);
            return group.getId();
        });
        jpa.run(em -> {
            CourseGroup group = em.find(CourseGroup.class, groupId);
            User alice = group.getMembers().iterator().next();
            assertEquals("alice" + suffix, alice.getUsername());
            assertEquals("Alïce Émoji 🎓", alice.getDisplayName());
            assertEquals("C" + suffix.toUpperCase(), group.getCourse().getCode());
            assertTrue(alice.isActive());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void usernamesAreUniqueWhateverTheirCase(TestDatabase db) {
        Jpa jpa = Jpa.of(db);
        String name = "bob" + UUID.randomUUID().toString().substring(0, 8);
        jpa.run(em -> em.persist(new User(name, "Bob", "bob@example.org", PlatformRole.TEACHER)));
        assertThrows(PersistenceException.class, () -> jpa.run(em ->
                em.persist(new User(name.toUpperCase(), "Bob 2", "bob2@example.org", PlatformRole.TEACHER))));
    }
}
