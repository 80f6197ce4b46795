package org.bbbrooms.identity.provisioning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.Enrollment;
import org.bbbrooms.identity.User;

/**
 * What the database already holds of everything a batch names, read up front in a few queries of at most
 * {@link #CHUNK} keys each (never one query per row), so that checking and writing ten thousand rows stays fast.
 */
final class Existing {

    static final int CHUNK = 500;

    final Map<String, User> usersByExternalId;
    final Map<String, User> usersByUsername;
    final Map<String, Course> coursesByExternalId;
    final Map<String, Course> coursesByCode;
    final Map<String, CourseGroup> groupsByExternalId;
    private final Map<Long, List<CourseGroup>> groupsOfCourse;
    private final Map<String, Enrollment> enrollments;
    private final Set<String> members;

    private Existing(EntityManager em, ProvisioningBatch batch) {
        usersByExternalId = byKey(in(em, "select u from User u where u.externalId in :keys", User.class,
                keys(batch.users().stream().map(ProvisioningBatch.UserRow::externalId),
                        batch.enrollments().stream().map(ProvisioningBatch.EnrollmentRow::user),
                        batch.members().stream().map(ProvisioningBatch.MemberRow::user))),
                u -> u.getExternalId().orElseThrow());
        usersByUsername = byKey(in(em, "select u from User u where u.username in :keys", User.class,
                keys(batch.users().stream().map(u -> User.normalizeUsername(u.username())))), User::getUsername);
        coursesByExternalId = byKey(in(em, "select c from Course c where c.externalId in :keys", Course.class,
                keys(batch.courses().stream().map(ProvisioningBatch.CourseRow::externalId),
                        batch.groups().stream().map(ProvisioningBatch.GroupRow::course),
                        batch.enrollments().stream().map(ProvisioningBatch.EnrollmentRow::course),
                        batch.members().stream().map(ProvisioningBatch.MemberRow::course))),
                c -> c.getExternalId().orElseThrow());
        coursesByCode = byKey(in(em, "select c from Course c where c.code in :keys", Course.class,
                keys(batch.courses().stream().map(c -> Course.normalizeCode(c.code())))), Course::getCode);
        groupsByExternalId = byKey(in(em, "select g from CourseGroup g join fetch g.course where g.externalId in :keys",
                CourseGroup.class, keys(batch.groups().stream().map(ProvisioningBatch.GroupRow::externalId),
                        batch.members().stream().map(ProvisioningBatch.MemberRow::group))),
                g -> g.getExternalId().orElseThrow());
        groupsOfCourse = in(em, "select g from CourseGroup g join fetch g.course where g.course.id in :keys",
                CourseGroup.class,
                coursesByExternalId.values().stream().map(Course::getId).toList())
                .stream().collect(Collectors.groupingBy(g -> g.getCourse().getId()));
        enrollments = byKey(in(em, "select e from Enrollment e join fetch e.user join fetch e.course"
                + " where e.user.id in :keys", Enrollment.class,
                usersByExternalId.values().stream().map(User::getId).toList()),
                e -> pair(e.getUser().getId(), e.getCourse().getId()));
        members = in(em, "select g.id, m.id from CourseGroup g join g.members m where g.id in :keys", Object[].class,
                groupsByExternalId.values().stream().map(CourseGroup::getId).toList())
                .stream().map(row -> pair((Long) row[0], (Long) row[1])).collect(Collectors.toSet());
    }

    static Existing load(EntityManager em, ProvisioningBatch batch) {
        return new Existing(em, batch);
    }

    Optional<Course> liveCourse(String externalId) {
        return Optional.ofNullable(coursesByExternalId.get(externalId)).filter(c -> !c.isDeleted());
    }

    /** Another group of the course with this name (case ignored) than the one with this external id. */
    Optional<CourseGroup> otherGroupNamed(Course course, String name, String externalId) {
        return groupsOfCourse.getOrDefault(course.getId(), List.of()).stream()
                .filter(g -> g.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .filter(g -> !g.getExternalId().equals(Optional.of(externalId))).findFirst();
    }

    Optional<Enrollment> enrollment(User user, Course course) {
        return user.isNew() || course.isNew() ? Optional.empty()
                : Optional.ofNullable(enrollments.get(pair(user.getId(), course.getId())));
    }

    boolean isMember(CourseGroup group, User user) {
        return !group.isNew() && !user.isNew() && members.contains(pair(group.getId(), user.getId()));
    }

    private static String pair(long first, long second) {
        return first + ":" + second;
    }

    @SafeVarargs
    private static Set<String> keys(Stream<String>... streams) {
        Set<String> keys = new HashSet<>();
        for (Stream<String> stream : streams) {
            stream.filter(key -> key != null && !key.isBlank()).forEach(keys::add);
        }
        return keys;
    }

    private static <T> List<T> in(EntityManager em, String jpql, Class<T> type, Collection<?> keys) {
        List<?> all = List.copyOf(keys);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(em.createQuery(jpql, type).setFlushMode(FlushModeType.COMMIT)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + CHUNK))).getResultList());
        }
        return found;
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        rows.forEach(row -> map.put(key.apply(row), row));
        return map;
    }
}
