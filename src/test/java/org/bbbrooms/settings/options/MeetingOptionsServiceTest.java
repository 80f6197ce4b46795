package org.bbbrooms.settings.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.settings.options.MeetingOptionsService.PlatformChoice;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.room.RoomFixture;
import org.bbbrooms.settings.CourseRoomSettings;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service holds teachers to what the admin allows, whatever the form sent, and a start sends what they chose:
 * the sandbox's conference page shows what it received. On H2, with the rooms' sandbox.
 */
class MeetingOptionsServiceTest {

    private RoomFixture f;
    private Actor admin;
    private Actor teacher;
    private Course course;

    @BeforeEach
    void aCourseWithATeacher() {
        f = RoomFixture.on(TestDatabase.H2);
        admin = f.user("admin", PlatformRole.ADMIN);
        course = f.course();
        teacher = f.member(course, CourseRole.TEACHER);
    }

    @AfterEach
    void platformAsBefore() {
        f.jpa.run(em -> em.createQuery("delete from OptionRule").executeUpdate());
        f.settings.set(Setting.MAX_PARTICIPANTS, "0");
        f.close();
    }

    @Test
    void aStartSendsThePlatformsAndTheTeachersChoices() {
        platform(Map.of("muteOnStart", new PlatformChoice(Decision.PLATFORM, Optional.of("true")),
                "lockSettingsDisableCam", new PlatformChoice(Decision.COURSE, Optional.of("false"))));
        saveCourse(teacher, Map.of("lockSettingsDisableCam", Optional.of("true")), form -> { });

        String room = f.courseRoom(course, teacher);
        String page = f.get(f.follow(f.rooms().start(teacher, room, "/course.xhtml")));
        assertTrue(page.contains("id=\"sandbox-mute-on-start\" data-muted=\"true\""), page);
        assertTrue(page.contains("data-lock=\"DisableCam\" data-value=\"true\""), page);
        assertTrue(page.contains("data-lock=\"DisableMic\" data-value=\"false\""), page);
    }

    @Test
    void aTamperedFormIsRefusedAndNothingIsSaved() {
        platform(Map.of("muteOnStart", new PlatformChoice(Decision.PLATFORM, Optional.of("true")),
                "webcamsOnlyForModerator", new PlatformChoice(Decision.HIDDEN, Optional.empty()),
                "lockSettingsDisableCam", new PlatformChoice(Decision.COURSE, Optional.empty()),
                "record", new PlatformChoice(Decision.PLATFORM, Optional.empty()),
                "endWhenNoModeratorDelayInMinutes", new PlatformChoice(Decision.ROOM, Optional.empty())));

        assertRefused("options.notEditable", Map.of("lockSettingsDisableCam", Optional.of("true"),
                "muteOnStart", Optional.of("false")), form -> { });
        assertRefused("options.notEditable", Map.of("webcamsOnlyForModerator", Optional.of("true")), form -> { });
        assertRefused("options.notEditable", Map.of(), form -> form.setRecord(true));
        assertRefused("options.invalid", Map.of("endWhenNoModeratorDelayInMinutes", Optional.of("0")), form -> { });
        assertRefused("options.unknown", Map.of("bannerText", Optional.of("Exam")), form -> { });
        assertEquals("false", effective().value("lockSettingsDisableCam"), "the refused save left nothing");

        Actor student = f.member(course, CourseRole.STUDENT);
        assertThrows(AccessDeniedException.class,
                () -> saveCourse(student, Map.of("lockSettingsDisableCam", Optional.of("true")), form -> { }));
        long roomId = roomId();
        assertThrows(BusinessException.class, () -> f.jpa.run(em -> service(em).saveRoom(teacher, course.getId(),
                roomId, Map.of("lockSettingsDisableCam", Optional.of("true")))), "courses decide it, not rooms");
    }

    @Test
    void limitsStayCappedByThePlatformsValues() {
        f.settings.set(Setting.MAX_PARTICIPANTS, "30");
        platform(Map.of("maxParticipants", new PlatformChoice(Decision.ROOM, Optional.empty())));
        long roomId = roomId();
        BusinessException refused = assertThrows(BusinessException.class, () -> f.jpa.run(em -> service(em)
                .saveRoom(teacher, course.getId(), roomId, Map.of("maxParticipants", Optional.of("50")))));
        assertEquals("options.capped", refused.key());
        f.jpa.run(em -> service(em).saveRoom(teacher, course.getId(), roomId,
                Map.of("maxParticipants", Optional.of("12"))));
        assertEquals(12, f.jpa.tx(em -> service(em).effective(Optional.of(course.getId()), Optional.of(roomId)))
                .maxParticipants());
        assertEquals(30, effective().maxParticipants(), "the course room without a value of its own");
    }

    private void assertRefused(String key, Map<String, Optional<String>> values, Consumer<CourseRoomSettings> edit) {
        BusinessException refused = assertThrows(BusinessException.class, () -> saveCourse(teacher, values, edit));
        assertEquals(key, refused.key());
    }

    private void platform(Map<String, PlatformChoice> choices) {
        f.jpa.run(em -> service(em).savePlatform(admin, choices));
    }

    private void saveCourse(Actor actor, Map<String, Optional<String>> values, Consumer<CourseRoomSettings> edit) {
        f.jpa.run(em -> {
            MeetingOptionsService service = service(em);
            CourseRoomSettings form = service.courseSettings.saved(course.getId())
                    .orElseGet(() -> new CourseRoomSettings(course.getId()));
            edit.accept(form);
            service.saveCourse(actor, form, new LinkedHashMap<>(values));
        });
    }

    private EffectiveOptions effective() {
        return f.jpa.tx(em -> service(em).effective(Optional.of(course.getId()), Optional.empty()));
    }

    private long roomId() {
        String publicId = f.courseRoom(course, teacher);
        return f.jpa.tx(em -> em.createQuery("select r.id from Room r where r.publicId = :id", Long.class)
                .setParameter("id", publicId).getSingleResult());
    }

    private MeetingOptionsService service(EntityManager em) {
        return OptionsServices.on(em, f.settings.settings(), f.settings.courseSettings(em,
                IdentityServices.on(em).enrollments()));
    }
}
