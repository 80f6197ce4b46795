package org.bbbrooms.settings;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.conference.Connections;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.EnrollmentService;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.testing.MemoryMetrics;
import org.eclipse.microprofile.config.Config;

/**
 * The settings services wired by hand, as the container would, for tests of other features outside the container:
 * the platform settings are what the test saves here (no environment, nothing in the database), and the BBB
 * connection uses them with the given timeouts, and counts its calls in {@link #metrics()}.
 * <p>Use: {@code SettingsServices s = SettingsServices.of(Map.of(Setting.SERVER_URL, url, Setting.SERVER_SECRET,
 * secret), Duration.ofSeconds(2), Duration.ofSeconds(1)); s.connection().client()...}
 */
public final class SettingsServices {

    private static final Actor TEST = new Actor(0, "test", "Test", PlatformRole.ADMIN);

    private final SettingsService settings = new SettingsService();
    private final MemoryMetrics metrics = new MemoryMetrics();
    private volatile BbbConnection connection;

    private SettingsServices(Map<Setting, String> values, Duration requestTimeout, Duration statusTimeout) {
        settings.store = new InMemoryStore(values);
        settings.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException("tests give settings as saved values, not as Config");
                });
        timeouts(requestTimeout, statusTimeout);
    }

    public static SettingsServices of(Map<Setting, String> values, Duration requestTimeout, Duration statusTimeout) {
        return new SettingsServices(values, requestTimeout, statusTimeout);
    }

    /**
     * A new connection whose calls time out after these (actions, then what pages display), as after a restart with
     * other timeouts; services built from now on use it. For tests of a BBB that hangs, which then wait no longer.
     */
    public void timeouts(Duration requestTimeout, Duration statusTimeout) {
        ConferenceSettings server = new ConferenceSettings();
        server.settings = settings;
        BbbConnection fresh = Connections.of(server, requestTimeout, statusTimeout, metrics);
        connection = fresh;
    }

    /** The BBB calls' counters and timers ({@link org.bbbrooms.conference.BbbCallMetrics}). */
    public MemoryMetrics metrics() {
        return metrics;
    }

    public SettingsService settings() {
        return settings;
    }

    public BbbConnection connection() {
        return connection;
    }

    /** Changes one setting, as an admin saving the Extra page would; it applies at once. */
    public void set(Setting setting, String value) {
        settings.store.save(Map.of(setting, value), Map.of(), TEST);
        settings.refresh();
    }

    public CourseSettingsService courseSettings(EntityManager em, EnrollmentService enrollments) {
        CourseSettingsService service = new CourseSettingsService();
        service.em = em;
        service.settings = settings;
        service.enrollments = enrollments;
        return service;
    }

    public UserPreferenceService preferences(EntityManager em) {
        UserPreferenceService service = new UserPreferenceService();
        service.em = em;
        service.settings = settings;
        return service;
    }

    /** Saved values kept in memory instead of the database, which other tests share. */
    private static final class InMemoryStore extends SettingsStore {

        private final Map<Setting, String> values;

        InMemoryStore(Map<Setting, String> values) {
            this.values = new EnumMap<>(Setting.class);
            this.values.putAll(values);
        }

        @Override
        public synchronized Map<Setting, String> saved() {
            return new EnumMap<>(values);
        }

        @Override
        public synchronized void save(Map<Setting, String> changes, Map<Setting, String> before, Actor admin) {
            values.putAll(changes);
        }

        @Override
        public synchronized void recordDetectedVersion(String version) {
            values.put(Setting.DETECTED_VERSION, version);
        }
    }
}
