package org.bbbrooms.settings.options;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bbbrooms.audit.AuditAction;
import org.bbbrooms.audit.AuditLog;
import org.bbbrooms.audit.Audited;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.settings.options.OptionValue.Scope;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.bbbrooms.settings.CourseRoomSettings;
import org.bbbrooms.settings.CourseSettingsService;
import org.bbbrooms.settings.PlatformSettings;
import org.bbbrooms.settings.SettingsService;

/**
 * Meeting options at each level, and who may change them. Admins set each option's platform value and who decides
 * it; a course's teachers (and admins) set the options the platform leaves to courses, and per room those it leaves
 * to rooms. Every save is checked here, whatever the page showed: a hidden or platform-decided option, a value out
 * of range, a limit above the platform's, or an option the server does not know is refused with a message saying
 * why, and nothing is saved. Values are read at each start, so a change applies to the next meeting.
 * <p>Use: {@code options.effective(Optional.of(courseId), Optional.of(roomId)).applyTo(create)}.
 */
@Stateless
@PermitAll
public class MeetingOptionsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    @Inject
    CourseSettingsService courseSettings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock = Clock.systemUTC();

    /** An admin's choice for one option: who decides it, and its platform value (empty for the default). */
    public record PlatformChoice(Decision decision, Optional<String> value) {
    }

    /** What a meeting in this course and room (either may be absent) is created with. */
    public EffectiveOptions effective(Optional<Long> courseId, Optional<Long> roomId) {
        return new EffectiveOptions(layers(courseId, roomId).resolve());
    }

    /** Every option with the platform's choice, for the admin's page. */
    public List<OptionState> platform(Actor admin) {
        requireAdmin(admin);
        return layers(Optional.empty(), Optional.empty()).resolve();
    }

    /** The options a course's page shows (all but the hidden ones), as they apply to its course room. */
    public List<OptionState> course(Actor actor, long courseId) {
        requireManager(actor, courseId);
        return shown(layers(Optional.of(courseId), Optional.empty()));
    }

    /** The options a room's page shows, as they apply to that room. */
    public List<OptionState> room(Actor actor, long courseId, long roomId) {
        requireManager(actor, courseId);
        return shown(layers(Optional.of(courseId), Optional.of(roomId)));
    }

    /**
     * Saves an admin's choices; an option left out keeps its choice.
     *
     * @throws BusinessException for an unknown option or an invalid value, or a value for an option set on Extra
     */
    public void savePlatform(Actor admin, Map<String, PlatformChoice> choices) {
        requireAdmin(admin);
        Layers before = layers(Optional.empty(), Optional.empty());
        choices.forEach((key, choice) -> {
            MeetingOption option = known(key);
            Optional<String> value = choice.value().map(v -> option.type().normalise(option, v));
            if (value.isPresent() && MeetingOptions.ON_EXTRA.contains(key)) {
                throw new BusinessException("options.onExtra", key);
            }
            OptionState was = before.resolve(option);
            OptionRule rule = Optional.ofNullable(em.find(OptionRule.class, key)).orElseGet(() -> {
                OptionRule created = new OptionRule(key);
                em.persist(created);
                return created;
            });
            String old = was.decision() + " " + rule.value().orElse("");
            rule.update(value, Objects.requireNonNull(choice.decision()), admin.username(), clock.instant());
            String now = choice.decision() + " " + value.orElse("");
            if (!old.equals(now)) {
                audit.record(Audited.by(admin, AuditAction.SETTING_CHANGED, "option " + key)
                        .change(Optional.of(old.strip()), now.strip()));
            }
        });
    }

    /**
     * Saves a course's settings form: its own fields (welcome, recording, participant limit, each only where the
     * platform lets courses decide it) and its option values, in one transaction.
     *
     * @param values per option, the course's value, or empty to follow the platform again
     */
    public CourseRoomSettings saveCourse(Actor actor, CourseRoomSettings edited, Map<String, Optional<String>> values) {
        long courseId = edited.getCourseId();
        requireManager(actor, courseId);
        Layers layers = layers(Optional.of(courseId), Optional.empty());
        Optional<CourseRoomSettings> saved = courseSettings.saved(courseId);
        formChanges(saved, edited).forEach(key -> requireDecidable(layers, known(key), Scope.COURSE));
        CourseRoomSettings kept = courseSettings.save(actor, edited);
        write(layers, Scope.COURSE, courseId, values, actor);
        return kept;
    }

    /** Saves a room's option values; see {@link #saveCourse}. */
    public void saveRoom(Actor actor, long courseId, long roomId, Map<String, Optional<String>> values) {
        requireManager(actor, courseId);
        write(layers(Optional.of(courseId), Optional.of(roomId)), Scope.ROOM, roomId, values, actor);
    }

    private void write(Layers layers, Scope scope, long owner, Map<String, Optional<String>> values, Actor actor) {
        values.forEach((key, value) -> {
            MeetingOption option = known(key);
            if (scope == Scope.COURSE && MeetingOptions.ON_COURSE_FORM.contains(key)) {
                throw new BusinessException("options.notEditable", key);
            }
            requireDecidable(layers, option, scope);
            Optional<String> clean = value.map(v -> option.type().normalise(option, v));
            clean.filter(v -> MeetingOptions.CAPPED.contains(key))
                    .filter(v -> Layers.exceeds(v, layers.resolve(option).platformValue()))
                    .ifPresent(v -> {
                        throw new BusinessException("options.capped", key, layers.resolve(option).platformValue());
                    });
            Optional<OptionValue> row = rows(scope, owner).stream().filter(r -> r.key().equals(key)).findFirst();
            clean.ifPresentOrElse(v -> row.orElseGet(() -> {
                OptionValue created = new OptionValue(scope, owner, key);
                em.persist(created);
                return created;
            }).update(v, actor.username(), clock.instant()), () -> row.ifPresent(em::remove));
        });
    }

    private static void requireDecidable(Layers layers, MeetingOption option, Scope scope) {
        OptionState state = layers.resolve(option);
        boolean may = scope == Scope.COURSE ? state.decision().courseMay() : state.decision().roomMay();
        if (!may) {
            throw new BusinessException("options.notEditable", option.key());
        }
        if (!state.supported()) {
            throw new BusinessException("options.unsupported", option.key(), option.since());
        }
    }

    /** The course form's own fields that differ from what is saved. */
    private static List<String> formChanges(Optional<CourseRoomSettings> saved, CourseRoomSettings edited) {
        Map<String, Object> before = formValues(saved.orElseGet(() -> new CourseRoomSettings(edited.getCourseId())));
        Map<String, Object> after = formValues(edited);
        return MeetingOptions.ON_COURSE_FORM.stream().filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .sorted().toList();
    }

    private static Map<String, Object> formValues(CourseRoomSettings s) {
        Map<String, Object> values = new HashMap<>();
        values.put("record", s.getRecord());
        values.put("maxParticipants", s.getMaxParticipants());
        values.put("welcome", s.getWelcomeMessage());
        return values;
    }

    private Layers layers(Optional<Long> courseId, Optional<Long> roomId) {
        PlatformSettings platform = settings.current();
        Map<String, Decision> decisions = new HashMap<>();
        Map<String, String> platformValues = new HashMap<>();
        for (OptionRule rule : em.createQuery("select r from OptionRule r", OptionRule.class).getResultList()) {
            MeetingOptions.find(rule.key()).ifPresent(option -> {
                decisions.put(option.key(), rule.decision());
                rule.value().ifPresent(v -> platformValues.put(option.key(), v));
            });
        }
        platformValues.put("record", String.valueOf(platform.recordByDefault()));
        platformValues.put("maxParticipants", String.valueOf(platform.maxParticipants()));
        platformValues.put("duration", String.valueOf(platform.durationMinutes()));
        Map<String, String> course = courseId.map(this::courseValues).orElseGet(Map::of);
        Map<String, String> room = roomId.map(id -> values(rows(Scope.ROOM, id))).orElseGet(Map::of);
        return new Layers(decisions, platformValues, course, room, platform.detectedVersion());
    }

    private Map<String, String> courseValues(long courseId) {
        Map<String, String> values = new HashMap<>(values(rows(Scope.COURSE, courseId)));
        MeetingOptions.ON_COURSE_FORM.forEach(values::remove);
        courseSettings.saved(courseId).ifPresent(form -> {
            Optional.ofNullable(form.getRecord()).ifPresent(v -> values.put("record", String.valueOf(v)));
            Optional.ofNullable(form.getMaxParticipants()).ifPresent(v -> values.put("maxParticipants", String.valueOf(v)));
            Optional.ofNullable(form.getWelcomeMessage()).ifPresent(v -> values.put("welcome", v));
        });
        return values;
    }

    private List<OptionValue> rows(Scope scope, long owner) {
        return em.createQuery("select v from OptionValue v where v.scope = :scope and v.ownerId = :owner",
                OptionValue.class).setParameter("scope", scope).setParameter("owner", owner).getResultList();
    }

    private static Map<String, String> values(List<OptionValue> rows) {
        return rows.stream().filter(r -> MeetingOptions.find(r.key()).isPresent())
                .collect(Collectors.toMap(OptionValue::key, OptionValue::value));
    }

    private static List<OptionState> shown(Layers layers) {
        return layers.resolve().stream().filter(s -> s.decision().shown()).toList();
    }

    private static MeetingOption known(String key) {
        return MeetingOptions.find(key).orElseThrow(() -> new BusinessException("options.unknown", key));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("access.denied");
        }
    }

    private void requireManager(Actor actor, long courseId) {
        courseSettings.requireManager(actor, courseId);
    }
}
