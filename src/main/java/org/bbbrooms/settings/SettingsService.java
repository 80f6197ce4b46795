package org.bbbrooms.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.platform.AccessDeniedException;
import org.bbbrooms.platform.BusinessException;
import org.eclipse.microprofile.config.Config;

/**
 * The platform's effective conference settings: what an admin saved, else the environment, else the default. A value
 * that cannot be read (a typo in an environment variable) is skipped, with a warning, for the next source.
 * Saved values are cached for a few seconds (every page reads them) and reloaded at once after a save.
 * <p>Use: {@code PlatformSettings s = settings.current(); if (s.groupRooms()) ...}
 */
@ApplicationScoped
public class SettingsService {

    private static final Logger LOG = Logger.getLogger(SettingsService.class.getName());
    private static final Duration CACHE = Duration.ofSeconds(30);
    /** What the Extra page edits as plain values (the secret is written only when a new one is typed). */
    private static final List<Setting> EDITABLE = Stream.of(Setting.values())
            .filter(s -> !s.isSecret() && s != Setting.DETECTED_VERSION).toList();

    @Inject
    SettingsStore store;

    @Inject
    Config config;

    @Inject
    Clock clock = Clock.systemUTC();

    private volatile Snapshot snapshot;

    private record Snapshot(Map<Setting, String> saved, Instant loadedAt) {
    }

    private record Resolved(Object value, Source source) {
    }

    /** Where an effective value comes from. */
    public enum Source {
        SAVED, ENVIRONMENT, DEFAULT
    }

    public PlatformSettings current() {
        Snapshot values = values();
        return new PlatformSettings(
                value(values, Setting.CONFERENCES_ENABLED),
                value(values, Setting.SERVER_URL),
                !this.<String>value(values, Setting.SERVER_SECRET).isBlank(),
                value(values, Setting.CHECKSUM_ALGORITHM),
                value(values, Setting.PLATFORM_ROOM),
                value(values, Setting.PLATFORM_ROOM_ROLES),
                value(values, Setting.PERSONAL_ROOMS),
                value(values, Setting.GROUP_ROOMS),
                value(values, Setting.MAX_PARTICIPANTS),
                value(values, Setting.MEETING_DURATION),
                value(values, Setting.RECORD_BY_DEFAULT),
                value(values, Setting.STUDENTS_START_GROUP_ROOMS),
                value(values, Setting.CLIENT_INTERFACE),
                value(values, Setting.OPEN_IN_NEW_TAB),
                value(values, Setting.DELETE_RECORDINGS_WITH_COURSE),
                value(values, Setting.GUEST_ACCESS),
                value(values, Setting.LOAD_BALANCER),
                Optional.<String>of(value(values, Setting.DETECTED_VERSION)).filter(v -> !v.isBlank()));
    }

    /** Where a setting's effective value comes from, for the Extra page's hints. */
    public Source source(Setting setting) {
        return resolve(values(), setting).source();
    }

    /**
     * Saves what an admin changed on the Extra page: only the values that differ from the effective ones (so that
     * an untouched value keeps following the environment), plus the secret when a new one was typed.
     *
     * @throws AccessDeniedException for anyone but an admin (the store checks the container role too)
     * @throws BusinessException when a value is invalid, saying how to fix it; nothing is saved then
     */
    public void save(PlatformSettings wanted, Optional<String> newSecret, Actor admin) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedException("access.denied");
        }
        PlatformSettings current = current();
        Map<Setting, String> changed = new EnumMap<>(Setting.class);
        Map<Setting, String> before = new EnumMap<>(Setting.class);
        for (Setting setting : EDITABLE) {
            String value = text(setting, wanted);
            before.put(setting, text(setting, current));
            if (!value.equals(before.get(setting))) {
                changed.put(setting, value);
            }
        }
        if (changed.containsKey(Setting.SERVER_URL)) {
            changed.put(Setting.SERVER_URL, serverUrl(changed.get(Setting.SERVER_URL)));
        }
        newSecret.ifPresent(secret -> changed.put(Setting.SERVER_SECRET, secret(secret)));
        if (!changed.isEmpty()) {
            store.save(changed, before, admin);
        }
        refresh();
    }

    public void recordDetectedVersion(String version) {
        store.recordDetectedVersion(version);
        refresh();
    }

    /** The effective shared secret: only for the BBB connection, never for pages. */
    Optional<String> secret() {
        return Optional.<String>of(value(values(), Setting.SERVER_SECRET)).filter(s -> !s.isBlank());
    }

    /**
     * A server URL as the Extra page accepts it: empty (no server), or normalised by {@link BbbServerUrl#parse}.
     *
     * @throws BusinessException carrying the parser's explanation
     */
    public static String serverUrl(String url) {
        try {
            return normalisedUrl(url);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("extra.serverUrl.invalid", e.getMessage());
        }
    }

    private static String normalisedUrl(String url) {
        return url == null || url.isBlank() ? "" : BbbServerUrl.parse(url).toString();
    }

    /** A newly typed shared secret, stripped; refused when only white space. */
    public static String secret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new BusinessException("extra.secret.blank");
        }
        return secret.strip();
    }

    /** Forgets the cached values, so that the next read sees the store. */
    void refresh() {
        snapshot = null;
    }

    private Snapshot values() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(CACHE).isBefore(clock.instant())) {
            current = new Snapshot(store.saved(), clock.instant());
            snapshot = current;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private <T> T value(Snapshot values, Setting setting) {
        return (T) resolve(values, setting).value();
    }

    /** The first source whose value reads; the default always does. */
    private Resolved resolve(Snapshot values, Setting setting) {
        Function<String, ?> parser = parser(setting);
        String saved = values.saved().get(setting);
        if (saved != null) {
            Optional<Object> parsed = parse(setting, saved, parser, Source.SAVED);
            if (parsed.isPresent()) {
                return new Resolved(parsed.get(), Source.SAVED);
            }
        }
        Optional<String> environment = config.getOptionalValue(setting.key(), String.class);
        if (environment.isPresent()) {
            Optional<Object> parsed = parse(setting, environment.get(), parser, Source.ENVIRONMENT);
            if (parsed.isPresent()) {
                return new Resolved(parsed.get(), Source.ENVIRONMENT);
            }
        }
        return new Resolved(parser.apply(setting.defaultValue()), Source.DEFAULT);
    }

    private static Optional<Object> parse(Setting setting, String value, Function<String, ?> parser, Source source) {
        try {
            return Optional.of(parser.apply(value));
        } catch (RuntimeException e) {
            LOG.warning(() -> "The " + source.name().toLowerCase(Locale.ROOT) + " value of " + setting.key()
                    + " is invalid and ignored (" + (setting.isSecret() ? "hidden" : e.getMessage()) + ")");
            return Optional.empty();
        }
    }

    private static Function<String, ?> parser(Setting setting) {
        return switch (setting) {
            case CONFERENCES_ENABLED, PLATFORM_ROOM, PERSONAL_ROOMS, GROUP_ROOMS, RECORD_BY_DEFAULT,
                    STUDENTS_START_GROUP_ROOMS, OPEN_IN_NEW_TAB, DELETE_RECORDINGS_WITH_COURSE,
                    GUEST_ACCESS, LOAD_BALANCER -> SettingsService::strictBoolean;
            case SERVER_URL -> SettingsService::normalisedUrl;
            case SERVER_SECRET, DETECTED_VERSION -> String::strip;
            case CHECKSUM_ALGORITHM -> ChecksumAlgorithm::parse;
            case PLATFORM_ROOM_ROLES -> SettingsService::roles;
            case MAX_PARTICIPANTS, MEETING_DURATION -> SettingsService::nonNegative;
            case CLIENT_INTERFACE -> v -> ClientInterface.valueOf(v.strip().toUpperCase(Locale.ROOT));
        };
    }

    /** A setting's value as it is saved, the one form that {@link #parser} reads back. */
    static String text(Setting setting, PlatformSettings s) {
        return switch (setting) {
            case CONFERENCES_ENABLED -> String.valueOf(s.conferencesEnabled());
            case SERVER_URL -> s.serverUrl().strip();
            case CHECKSUM_ALGORITHM -> s.algorithm().name();
            case PLATFORM_ROOM -> String.valueOf(s.platformRoom());
            case PLATFORM_ROOM_ROLES -> s.platformRoomRoles().stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(","));
            case PERSONAL_ROOMS -> String.valueOf(s.personalRooms());
            case GROUP_ROOMS -> String.valueOf(s.groupRooms());
            case MAX_PARTICIPANTS -> String.valueOf(count(s.maxParticipants()));
            case MEETING_DURATION -> String.valueOf(count(s.durationMinutes()));
            case RECORD_BY_DEFAULT -> String.valueOf(s.recordByDefault());
            case STUDENTS_START_GROUP_ROOMS -> String.valueOf(s.studentsStartGroupRooms());
            case CLIENT_INTERFACE -> s.clientInterface().name();
            case OPEN_IN_NEW_TAB -> String.valueOf(s.openInNewTab());
            case DELETE_RECORDINGS_WITH_COURSE -> String.valueOf(s.deleteRecordingsWithCourse());
            case GUEST_ACCESS -> String.valueOf(s.guestAccess());
            case LOAD_BALANCER -> String.valueOf(s.loadBalancer());
            case SERVER_SECRET, DETECTED_VERSION -> throw new IllegalArgumentException(setting + " is not edited as text");
        };
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

    private static int count(int number) {
        if (number < 0) {
            throw new BusinessException("extra.number.negative");
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
