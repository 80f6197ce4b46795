package org.bbbrooms.identity;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * The identity services wired by hand to one entity manager, as the container would wire them, for service tests
 * that run outside the container on a real database. Passwords use Soteria's real PBKDF2 implementation with few
 * iterations, to stay fast, and one instance for all, as the container has one (its start hashes a decoy).
 * <p>Use: {@code jpa.tx(em -> IdentityServices.on(em).users().create(user, password))}.
 */
public final class IdentityServices {

    private static final Passwords PASSWORDS = newPasswords();

    private final UserService users = new UserService();
    private final CourseService courses = new CourseService();
    private final EnrollmentService enrollments = new EnrollmentService();
    private final GroupService groups = new GroupService();
    private final CourseAccess access = new CourseAccess();

    private IdentityServices(EntityManager em) {
        users.em = em;
        users.passwords = PASSWORDS;
        users.events = events(event -> { });
        courses.em = em;
        courses.deletions = events(deleted -> { });
        enrollments.em = em;
        enrollments.users = users;
        enrollments.courses = courses;
        groups.em = em;
        groups.courses = courses;
        groups.users = users;
        groups.enrollments = enrollments;
        access.em = em;
        access.enrollments = enrollments;
        access.groups = groups;
        access.courses = courses;
    }

    public static IdentityServices on(EntityManager em) {
        return new IdentityServices(em);
    }

    /** Calls the observer, as the container would, when a course is deleted. */
    public IdentityServices onCourseDeleted(Consumer<CourseDeleted> observer) {
        courses.deletions = events(observer);
        return this;
    }

    @SuppressWarnings("unchecked")
    private static <T> Event<T> events(Consumer<T> observer) {
        return (Event<T>) Proxy.newProxyInstance(Event.class.getClassLoader(), new Class<?>[] {Event.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("fire")) {
                        throw new UnsupportedOperationException("tests fire events synchronously only");
                    }
                    observer.accept((T) args[0]);
                    return null;
                });
    }

    /** The one Passwords of the application. */
    public static Passwords passwords() {
        return PASSWORDS;
    }

    private static Passwords newPasswords() {
        Passwords passwords = new Passwords();
        passwords.hash = new Pbkdf2PasswordHashImpl();
        passwords.iterations = 1024;
        passwords.init();
        return passwords;
    }

    public UserService users() {
        return users;
    }

    public CourseService courses() {
        return courses;
    }

    public EnrollmentService enrollments() {
        return enrollments;
    }

    public GroupService groups() {
        return groups;
    }

    public CourseAccess access() {
        return access;
    }
}
