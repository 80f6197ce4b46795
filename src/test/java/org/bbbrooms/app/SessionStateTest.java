package org.bbbrooms.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bbbrooms.platform.persistence.Page;
import org.bbbrooms.platform.web.PagedDataModel;
import org.junit.jupiter.api.Test;

/**
 * Everything the HTTP session holds can travel to the other nodes of a cluster: the WAR is {@code <distributable/>},
 * Payara Micro copies each modified session into its data grid, and Faces keeps views (and their view-scoped beans)
 * in the session. A session- or view-scoped bean fails here when a field that is not transient holds a type that
 * cannot be serialized: at run time its node would log a NotSerializableException and the session would stay on that
 * node, so the next request on another node would find the user signed out or the view expired.
 * <p>Injected fields pass when the bean is a normal-scoped or EJB proxy (Weld serializes those by reference);
 * the values of our own classes are followed field by field, the JDK's and libraries' trusted by their type. A
 * table model's rows are not followed: it serializes without them (the test below shows it).
 */
class SessionStateTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final List<Class<? extends Annotation>> SESSION_HELD = List.of(SessionScoped.class,
            ViewScoped.class, ConversationScoped.class);
    private static final List<Class<? extends Annotation>> PROXIED = List.of(ApplicationScoped.class,
            RequestScoped.class, SessionScoped.class, ViewScoped.class, ConversationScoped.class, Stateless.class,
            Singleton.class);
    /**
     * Types not Serializable themselves whose every instance at hand is: the JDK's collections and the Clock that platform/Clocks produces ({@code Clock.systemUTC()}; the suite's clock is a proxied bean).
     */
    private static final Set<Class<?>> TRUSTED = Set.of(List.class, Set.class, Map.class, Collection.class,
            Clock.class);

    @Test
    void everySessionAndViewScopedBeanSerializes() {
        List<Class<?>> beans = sessionHeldBeans();
        assertTrue(beans.size() > 20, "the scan finds the backing beans: " + beans.size());
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, problems, new HashSet<>());
        }
        assertEquals(List.of(), problems, "session-held state that a cluster node cannot hand to another");
    }

    @Test
    void theClockThatBeansHoldSerializes() {
        assertTrue(Clock.systemUTC() instanceof Serializable);
    }

    @Test
    void theCheckCatchesANonSerializableField() {
        List<String> problems = new ArrayList<>();
        check(Holder.class, problems, new HashSet<>());
        assertEquals(List.of(Holder.class.getName() + ".thread: " + Thread.class.getName(),
                Holder.class.getName() + ".pending: " + Object.class.getName(),
                Value.class.getName() + ".stream: " + Stream.class.getName()), problems);
    }

    @Test
    void aTableModelSerializesWithoutItsRows() throws Exception {
        PagedDataModel<Value> model = new PagedDataModel<>(request -> new Page<>(List.of(new Value("a", Stream.of())), 1),
                Value::name);
        model.load(0, 10, Map.of(), Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            PagedDataModel<?> copy = (PagedDataModel<?>) in.readObject();
            assertEquals(1, copy.count(Map.of()), "the copy still loads through the service");
        }
    }

    /** A bean of the shape this test refuses. */
    static class Holder implements Serializable {
        private static final long serialVersionUID = 1L;
        Thread thread;
        List<Object> pending;
        Value value;
        transient Thread skipped;
    }

    record Value(String name, Stream<String> stream) implements Serializable {
    }

    private static void check(Class<?> type, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("org.bbbrooms."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String where = c.getName() + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class) && proxied(field.getType())) {
                    continue;
                }
                checkType(field.getGenericType(), where, problems, seen);
            }
        }
    }

    private static void checkType(Type type, String where, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), where, problems, seen);
            if (parameterized.getRawType() == PagedDataModel.class) {
                return;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, where, problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, where, problems, seen);
            }
        } else if (type instanceof Class<?> raw) {
            Class<?> element = raw.isArray() ? raw.getComponentType() : raw;
            if (element.isPrimitive() || TRUSTED.contains(element)) {
                return;
            }
            if (!Serializable.class.isAssignableFrom(element)) {
                problems.add(where + ": " + element.getName());
            } else if (element.getName().startsWith("org.bbbrooms.") && !element.isEnum()) {
                check(element, problems, seen);
            }
        }
    }

    /** A normal-scoped bean or a session bean: Weld injects a proxy that serializes as a reference. */
    private static boolean proxied(Class<?> type) {
        return PROXIED.stream().anyMatch(type::isAnnotationPresent);
    }

    private static List<Class<?>> sessionHeldBeans() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.map(CLASSES::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(SessionStateTest::load)
                    .filter(c -> SESSION_HELD.stream().anyMatch(c::isAnnotationPresent)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
