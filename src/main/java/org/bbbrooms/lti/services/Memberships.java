package org.bbbrooms.lti.services;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a whole NRPS membership container (NRPS 2.0 §2.4), page after page, following each answer's
 * {@code Link: <…>; rel="next"} until there is none. A next page must stay on the host of the memberships URL (a
 * platform's answer cannot send the tool's token elsewhere), and at most {@value #MAX_PAGES} pages are read.
 * <p>Use: {@code List<Member> all = Memberships.read(url, page -> calls.get(platform, page, MEDIA_TYPE, scope));}
 */
public final class Memberships {

    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int MAX_PAGES = 500;
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;[^,]*)*)");
    private static final Pattern NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

    /** Fetches one page. */
    @FunctionalInterface
    public interface Pages {
        ServiceCall.Answer get(URI page) throws ServiceCallException;
    }

    private Memberships() {
    }

    public static List<Member> read(URI first, Pages pages) throws ServiceCallException {
        List<Member> members = new ArrayList<>();
        Optional<URI> page = Optional.of(first);
        for (int read = 0; page.isPresent(); read++) {
            if (read == MAX_PAGES) {
                throw new ServiceCallException(0, "the roster has more than " + MAX_PAGES + " pages");
            }
            URI at = page.get();
            ServiceCall.Answer answer = pages.get(at);
            members.addAll(parse(answer.body()));
            page = next(answer.links(), at);
            if (page.isPresent() && !sameOrigin(first, page.get())) {
                throw new ServiceCallException(0, "the roster's next page is on another host");
            }
        }
        return members;
    }

    /** The members of one page. */
    static List<Member> parse(String body) throws ServiceCallException {
        try {
            JsonObject container = Json.createReader(new StringReader(body)).readObject();
            List<Member> members = new ArrayList<>();
            for (JsonValue value : container.getJsonArray("members")) {
                JsonObject member = value.asJsonObject();
                String userId = member.getString("user_id", "");
                if (userId.isBlank()) {
                    continue;
                }
                List<String> roles = member.containsKey("roles") ? member.getJsonArray("roles").stream()
                        .filter(JsonString.class::isInstance).map(r -> ((JsonString) r).getString()).toList()
                        : List.of();
                members.add(new Member(userId, text(member, "name"), text(member, "email"), roles,
                        "Active".equalsIgnoreCase(member.getString("status", "Active"))));
            }
            return members;
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new ServiceCallException(0, "the roster page is not an NRPS membership container");
        }
    }

    /** The {@code rel="next"} target of the Link headers, resolved against the page. */
    static Optional<URI> next(List<String> links, URI page) {
        for (String header : links) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                Matcher rel = NEXT.matcher(link.group(2));
                while (rel.find()) {
                    if (List.of(rel.group(1).trim().split("\\s+")).contains("next")) {
                        return Optional.of(page.resolve(link.group(1).trim()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameOrigin(URI a, URI b) {
        return String.valueOf(a.getScheme()).equalsIgnoreCase(String.valueOf(b.getScheme()))
                && String.valueOf(a.getRawAuthority()).equalsIgnoreCase(String.valueOf(b.getRawAuthority()));
    }

    private static Optional<String> text(JsonObject json, String key) {
        return json.get(key) instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString())
                : Optional.empty();
    }
}
