package org.bbbrooms.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.identity.PlatformRole;
import org.eclipse.microprofile.config.Config;

/**
 * The platform's effective conference settings: what an admin saved, else the environment, else the default.
 * They are cached for a few seconds (every page reads them) and reloaded at once after a save.
 * <p>Use: {@code PlatformSettings s = settings.current(); if (s.groupRooms()) ...}
 */
@ApplicationScoped
public class SettingsService {

    private static final Logger LOG = Logger.getLogger(SettingsService.class.getName());
    private static final Duration CACHE = Duration.ofSeconds(30);

    @Inject
    SettingsStore store;

    @Inject
    Config config;

    Clock clock = Clock.systemUTC();

    private volatile Snapshot snapshot;

    private record Snapshot(Map<Setting, String> saved, Instant loadedAt) {
    }

    public PlatformSettings current() {
        return typed(values());
    }

    /** Where a setting's effective value comes from, for the Extra page's hints. */
    public Source source(Setting setting) {
        if (values().saved().containsKey(setting)) {
            return Source.SAVED;
        }
        return environment(setting).isPresent() ? Source.ENVIRONMENT : Source.DEFAULT;
    }

    /** Saves an admin's changes and applies them at once. */
    public void save(Map<Setting, String> values, String admin) {
        store.save(values, admin);
        snapshot = null;
    }

    public void recordDetectedVersion(String version) {
        store.recordDetectedVersion(version);
        snapshot = null;
    }

    /** The effective shared secret: only for the BBB connection, never for pages. */
    Optional<String> secret() {
        return Optional.of(raw(values(), Setting.SERVER_SECRET)).filter(s -> !s.isBlank());
    }

    /** Where an effective value comes from. */
    public enum Source {
        SAVED, ENVIRONMENT, DEFAULT
    }

    private Snapshot values() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(CACHE).isBefore(clock.instant())) {
            current = new Snapshot(store.saved(), clock.instant());
            snapshot = current;
        }
        return current;
    }

    private Optional<String> environment(Setting setting) {
        return config.getOptionalValue(setting.key(), String.class);
    }

    private String raw(Snapshot values, Setting setting) {
        String saved = values.saved().get(setting);
        return saved != null ? saved : environment(setting).orElse(setting.defaultValue());
    }

    private PlatformSettings typed(Snapshot values) {
        return new PlatformSettings(
                bool(values, Setting.CONFERENCES_ENABLED),
                raw(values, Setting.SERVER_URL).trim(),
                !raw(values, Setting.SERVER_SECRET).isBlank(),
                parse(values, Setting.CHECKSUM_ALGORITHM, ChecksumAlgorithm::parse),
                bool(values, Setting.PLATFORM_ROOM),
                parse(values, Setting.PLATFORM_ROOM_ROLES, SettingsService::roles),
                bool(values, Setting.PERSONAL_ROOMS),
                bool(values, Setting.GROUP_ROOMS),
                parse(values, Setting.MAX_PARTICIPANTS, SettingsService::nonNegative),
                parse(values, Setting.MEETING_DURATION, SettingsService::nonNegative),
                bool(values, Setting.RECORD_BY_DEFAULT),
                bool(values, Setting.STUDENTS_START_GROUP_ROOMS),
                parse(values, Setting.CLIENT_INTERFACE, v -> ClientInterface.valueOf(v.trim().toUpperCase(Locale.ROOT))),
                bool(values, Setting.OPEN_IN_NEW_TAB),
                Optional.of(raw(values, Setting.DETECTED_VERSION)).filter(v -> !v.isBlank()));
    }

    private boolean bool(Snapshot values, Setting setting) {
        return parse(values, setting, SettingsService::strictBoolean);
    }

    /** A bad value (say, from a typo in an environment variable) falls back to the default, with a warning. */
    private <T> T parse(Snapshot values, Setting setting, java.util.function.Function<String, T> parser) {
        String value = raw(values, setting);
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            LOG.warning(() -> setting.key() + " has an invalid value; using its default " + setting.defaultValue()
                    + " (" + e.getMessage() + ")");
            return parser.apply(setting.defaultValue());
        }
    }

    static boolean strictBoolean(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not a yes/no value");
        };
    }

    static int nonNegative(String value) {
        int number = Integer.parseInt(value.trim());
        if (number < 0) {
            throw new IllegalArgumentException("must be 0 or more");
        }
        return number;
    }

    static Set<PlatformRole> roles(String value) {
        if (value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(r -> PlatformRole.valueOf(r.trim().toUpperCase(Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlatformRole.class)));
    }
}
