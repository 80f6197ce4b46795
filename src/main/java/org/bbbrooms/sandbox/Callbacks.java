package org.bbbrooms.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Builds BBB's three callbacks from a meeting's {@code meta_} URLs and hands them to the {@link CallbackSender}:
 * <ul>
 * <li>{@code endCallbackUrl}: GET with {@code meetingID} and {@code recordingmarks=true|false} appended;</li>
 * <li>{@code bbb-recording-ready-url}: POST of form field {@code signed_parameters}, a JWT (HS256) holding
 * {@code meeting_id} and {@code record_id};</li>
 * <li>{@code analytics-callback-url}: POST of the learning-analytics JSON (version 1.0, as BBB's
 * {@code post_events_analytics_callback.rb} sends it) with {@code Authorization: Bearer} JWT (HS512, {@code exp}).</li>
 * </ul>
 */
final class Callbacks {

    private static final Logger LOG = Logger.getLogger(Callbacks.class.getName());
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private final CallbackSender sender;
    private final String secret;
    private final boolean viaScalelite;

    /**
     * @param viaScalelite whether Scalelite forwards the analytics callback: it posts its Rails parameters, that is
     *        BBB's JSON plus {@code customer}, {@code controller}, {@code action}, {@code format} and a copy wrapped
     *        under {@code bigbluebutton_api}, with its own token (HS512, {@code exp})
     */
    Callbacks(CallbackSender sender, String secret, boolean viaScalelite) {
        this.sender = sender;
        this.secret = secret;
        this.viaScalelite = viaScalelite;
    }

    /** Downloads a presentation as BBB does, and says what became of it. */
    void download(String url, Consumer<DocumentFetch> done) {
        sender.download(URI.create(url), done);
    }

    void meetingEnded(Meeting m, boolean recordingMarks) {
        url(m.spec().metadata().get("endcallbackurl")).ifPresent(url -> sender.get(URI.create(appendQuery(url,
                "meetingID=" + URLEncoder.encode(m.meetingId(), StandardCharsets.UTF_8)
                        + "&recordingmarks=" + recordingMarks))));
    }

    void recordingReady(Recording r) {
        url(r.readyCallbackUrl().orElse(null)).ifPresent(url -> {
            String jwt = Jwt.sign("HS256", Map.of("meeting_id", r.meetingId(), "record_id", r.recordId()), secret);
            sender.postForm(URI.create(url), "signed_parameters=" + jwt);
        });
    }

    void analytics(Meeting m, long endTime) {
        url(m.spec().metadata().get("analytics-callback-url")).ifPresent(url -> {
            long exp = endTime / 1000 + 24 * 3600;
            String jwt = Jwt.sign("HS512", Map.of("exp", exp), secret);
            Map<String, Object> payload = analyticsPayload(m, endTime);
            sender.postJson(URI.create(url), Json.write(viaScalelite ? forwarded(payload) : payload), jwt);
        });
    }

    private static Map<String, Object> analyticsPayload(Meeting m, long endTime) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("meeting_name", m.spec().name());
        metadata.put("is_breakout", "false");
        m.spec().metadata().forEach((key, value) -> metadata.put(key.replace('-', '_'), value));
        List<Object> attendees = m.attendance().stream().map(a -> (Object) attendee(a)).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("metadata", metadata);
        data.put("duration", (endTime - m.startTime()) / 1000);
        data.put("start", iso(m.startTime()));
        data.put("finish", iso(endTime));
        data.put("attendees", attendees);
        data.put("files", m.spec().presentations().stream().map(Presentation::name).toList());
        data.put("polls", List.of());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", "1.0");
        payload.put("meeting_id", m.meetingId());
        payload.put("internal_meeting_id", m.internalId());
        payload.put("data", data);
        return payload;
    }

    /** What Scalelite's {@code analytics_callback} posts on: {@code params}, as Rails parsed BBB's JSON. */
    private static Map<String, Object> forwarded(Map<String, Object> payload) {
        Map<String, Object> params = new LinkedHashMap<>(payload);
        params.put("format", "xml");
        params.put("controller", "bigbluebutton_api");
        params.put("action", "analytics_callback");
        params.put("bigbluebutton_api", payload);
        params.put("customer", "scalelite");
        return params;
    }

    private static Map<String, Object> attendee(Attendance a) {
        Map<String, Object> engagement = new LinkedHashMap<>();
        for (String counter : List.of("chats", "talks", "raisehand", "emojis", "poll_votes", "talk_time")) {
            engagement.put(counter, 0);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ext_user_id", a.userId());
        json.put("name", a.fullName());
        json.put("moderator", a.moderator());
        json.put("joins", a.joins().stream().map(Callbacks::iso).toList());
        json.put("leaves", a.leaves().stream().map(Callbacks::iso).toList());
        json.put("duration", a.seconds());
        json.put("recent_talking_time", 0);
        json.put("engagement", engagement);
        return json;
    }

    private static String iso(long millis) {
        return ISO.format(Instant.ofEpochMilli(millis));
    }

    /** Appends parameters to a URL's query, before any fragment, keeping the query it already has. */
    static String appendQuery(String url, String params) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String separator = !base.contains("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        return base + separator + params + fragment;
    }

    /** A set callback URL, when it is an absolute http(s) URL; any other is skipped with a warning. */
    private static Optional<String> url(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return Optional.empty();
        }
        Optional<String> url = httpUrl(candidate);
        if (url.isEmpty()) {
            LOG.warning("Sandbox skipped a callback whose URL is not an absolute http(s) URL");
        }
        return url;
    }

    /** The URL, stripped, when it is an absolute http(s) URL (so never {@code javascript:} and the like). */
    static Optional<String> httpUrl(String candidate) {
        try {
            URI uri = URI.create(candidate.strip());
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? Optional.of(candidate.strip()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
