package org.bbbrooms.embed;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.platform.Tokens;

/**
 * The format of signed embed links: {@code /embed?user=&name=&email=&course=&courseTitle=&role=&room=&lang=&exp=
 * &nonce=&sig=}. The signature is the lower-case hex HMAC-SHA256, under the integration secret, of the canonical
 * string: one line {@code field=value} per field of {@link #FIELDS}, in that order, joined by a line feed (no
 * trailing one), with the values as they are before URL encoding (UTF-8) and an absent field as an empty value.
 * <p>Use: {@code EmbedLink link = SignedEmbedLinks.verify(secret, parameters, clock.instant());} (throws
 * {@link EmbedRefusedException}); {@code SignedEmbedLinks.sign(secret, values)} gives the {@code sig} a host makes.
 */
public final class SignedEmbedLinks {

    /** The signed fields, in the order of the canonical string. */
    public static final List<String> FIELDS = List.of("user", "name", "email", "course", "courseTitle", "role",
            "room", "lang", "exp", "nonce");
    /** How far ahead a link may expire: a link is made for one page view, not to be kept. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);

    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final String GROUP_PREFIX = "group:";

    private SignedEmbedLinks() {
    }

    /** The string that is signed, from the link's values (decoded); fields missing from the map count as empty. */
    public static String canonical(Map<String, String> values) {
        return FIELDS.stream().map(field -> field + "=" + values.getOrDefault(field, ""))
                .collect(Collectors.joining("\n"));
    }

    /** The {@code sig} of a link with these values. */
    public static String sign(String secret, Map<String, String> values) {
        return HexFormat.of().formatHex(Tokens.hmacSha256(secret, canonical(values)));
    }

    /**
     * The link's claims, if its signature matches, it has not expired, and every field has its form; the nonce is
     * not checked here (see {@link NonceStore}).
     */
    public static EmbedLink verify(String secret, Map<String, String> parameters, Instant now) {
        String signature = parameters.getOrDefault("sig", "");
        if (!SIGNATURE.matcher(signature).matches()) {
            throw new EmbedRefusedException(Refusal.TAMPERED);
        }
        byte[] expected = Tokens.hmacSha256(secret, canonical(parameters));
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature))) {
            throw new EmbedRefusedException(Refusal.TAMPERED);
        }
        Instant expiresAt = expiry(parameters.getOrDefault("exp", ""));
        if (!now.isBefore(expiresAt)) {
            throw new EmbedRefusedException(Refusal.EXPIRED);
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new EmbedRefusedException(Refusal.MALFORMED);
        }
        return new EmbedLink(text(parameters, "user", 128), text(parameters, "name", 128), email(parameters),
                text(parameters, "course", 128), text(parameters, "courseTitle", 200), role(parameters),
                group(text(parameters, "room", 106)), language(parameters.getOrDefault("lang", "")), expiresAt,
                nonce(parameters.getOrDefault("nonce", "")));
    }


    /** A required value of at most {@code max} characters, without line breaks or other control characters. */
    private static String text(Map<String, String> parameters, String field, int max) {
        String value = parameters.getOrDefault(field, "").strip();
        if (value.isEmpty() || value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw new EmbedRefusedException(Refusal.MALFORMED);
        }
        return value;
    }

    private static String email(Map<String, String> parameters) {
        String email = text(parameters, "email", 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new EmbedRefusedException(Refusal.MALFORMED);
        }
        return email;
    }

    private static CourseRole role(Map<String, String> parameters) {
        return switch (parameters.getOrDefault("role", "")) {
            case "teacher" -> CourseRole.TEACHER;
            case "student" -> CourseRole.STUDENT;
            default -> throw new EmbedRefusedException(Refusal.MALFORMED);
        };
    }

    /** {@code course} is the course room; {@code group:<name>} the room of the course's group of that name. */
    private static Optional<String> group(String room) {
        if (room.equals("course")) {
            return Optional.empty();
        }
        String name = room.startsWith(GROUP_PREFIX) ? room.substring(GROUP_PREFIX.length()).strip() : "";
        if (name.isEmpty() || name.length() > 100) {
            throw new EmbedRefusedException(Refusal.MALFORMED);
        }
        return Optional.of(name);
    }

    private static Optional<String> language(String lang) {
        String tag = lang.strip().toLowerCase(Locale.ROOT);
        return tag.isEmpty() || tag.length() > 16 ? Optional.empty() : Optional.of(tag);
    }

    private static Instant expiry(String exp) {
        if (!EPOCH_SECONDS.matcher(exp).matches()) {
            throw new EmbedRefusedException(Refusal.MALFORMED);
        }
        return Instant.ofEpochSecond(Long.parseLong(exp));
    }

    private static String nonce(String nonce) {
        if (!NONCE.matcher(nonce).matches()) {
            throw new EmbedRefusedException(Refusal.MALFORMED);
        }
        return nonce;
    }
}
