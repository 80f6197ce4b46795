package org.bbbrooms.testing.lti;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One HTTP request to the emulator and its answer: the body read once, query and form fields decoded, and the
 * writers the endpoints answer with. Handlers throw {@link Rejected} to refuse.
 */
final class Call {

    final HttpExchange exchange;
    private final String body;
    private final Map<String, String> query;
    private final Map<String, String> form;

    Call(HttpExchange exchange) throws IOException {
        this.exchange = exchange;
        this.body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        this.query = decode(exchange.getRequestURI().getRawQuery());
        this.form = contentType().startsWith("application/x-www-form-urlencoded") ? decode(body) : Map.of();
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** The path below the emulator's root, e.g. {@code /ags/c1/lineitems/3}. */
    String path() {
        return exchange.getRequestURI().getPath();
    }

    /** The path's segments after the route's own, e.g. {@code [c1, lineitems, 3]} for {@code /ags/c1/lineitems/3}. */
    String[] segments() {
        String[] all = path().substring(1).split("/");
        return Arrays.copyOfRange(all, 1, all.length);
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
    }

    String body() {
        return body;
    }

    Map<String, String> query() {
        return query;
    }

    Map<String, String> form() {
        return form;
    }

    /** The query's fields and then the form's, as an OIDC endpoint takes them from either (GET or POST). */
    Map<String, String> params() {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.putAll(form);
        return all;
    }

    /** The {@code Authorization: Bearer} token, or null. */
    String bearer() {
        String authorization = header("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
    }

    void requireMethod(String... allowed) {
        for (String m : allowed) {
            if (m.equals(method())) {
                return;
            }
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
        throw Rejected.oauth(405, null, method() + " is not allowed here");
    }

    /** Refuses with 406 a request whose Accept header admits neither this media type nor any. */
    void requireAccept(String mediaType) {
        String accept = header("Accept");
        if (accept != null && !accept.contains(mediaType) && !accept.contains("*/*")) {
            throw Rejected.oauth(406, null, "Accept must admit " + mediaType + ", not " + accept);
        }
    }

    /** Refuses with 415 a request body that is not of this media type. */
    void requireContentType(String mediaType) {
        if (!contentType().startsWith(mediaType)) {
            throw Rejected.oauth(415, null, "Content-Type must be " + mediaType + ", not " + contentType());
        }
    }

    void send(int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    void json(int status, String mediaType, Map<String, ?> object) throws IOException {
        send(status, mediaType, Json.write(object));
    }

    void html(int status, String page) throws IOException {
        send(status, "text/html; charset=utf-8", page);
    }

    /** Answers a refusal: as an OAuth error JSON when the route has a default error code, else as plain text. */
    void reject(Rejected rejected, String defaultError) throws IOException {
        if (rejected.challenge != null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", rejected.challenge);
        }
        String error = rejected.error != null ? rejected.error : defaultError;
        if (error == null) {
            send(rejected.status, "text/plain; charset=utf-8", rejected.getMessage());
        } else {
            json(rejected.status, "application/json",
                    Map.of("error", error, "error_description", rejected.getMessage()));
        }
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                fields.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
