package org.bbbrooms.platform.web;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Content-Security-Policy as its directives, in order. Browsers enforce every CSP header a response carries, so
 * the portal sends one, composed by {@link SecurityHeaders}: whoever knows better (PrimeFaces with its nonce, the
 * framing rules, the LTI pages) writes the directives it decides, and {@link #with} puts them in place of the same
 * directives of the policy so far.
 * <p>Use: {@code ContentSecurityPolicy.parse("default-src 'self'").with("frame-ancestors 'none'").toString()}.
 */
public record ContentSecurityPolicy(Map<String, String> directives) {

    /** The header's name. */
    public static final String HEADER = "Content-Security-Policy";

    /** A CSP source expression without what could end the directive or the header. */
    private static final Pattern SOURCE =
            Pattern.compile("'self'|[A-Za-z][A-Za-z0-9+.-]*:(//[^\\s;,']+)?|[^\\s;,':]+(:[0-9*]+)?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]");

    public ContentSecurityPolicy {
        directives = Collections.unmodifiableMap(new LinkedHashMap<>(directives));
    }

    /** The directives of a header value; names in lower case, sources separated by single spaces. */
    public static ContentSecurityPolicy parse(String header) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : header.split(";")) {
            String[] words = directive.strip().split("\\s+", 2);
            if (!words[0].isEmpty()) {
                directives.putIfAbsent(words[0].toLowerCase(Locale.ROOT),
                        words.length > 1 ? String.join(" ", words[1].strip().split("\\s+")) : "");
            }
        }
        return new ContentSecurityPolicy(directives);
    }

    /** This policy with the directives of another header value in place of its own, and after them the new ones. */
    public ContentSecurityPolicy with(String header) {
        Map<String, String> merged = new LinkedHashMap<>(directives);
        merged.putAll(parse(header).directives());
        return new ContentSecurityPolicy(merged);
    }

    public Optional<String> directive(String name) {
        return Optional.ofNullable(directives.get(name));
    }

    /** The header value: {@code default-src 'self'; script-src 'self' 'nonce-…'; …}. */
    @Override
    public String toString() {
        return directives.entrySet().stream()
                .map(d -> d.getValue().isEmpty() ? d.getKey() : d.getKey() + " " + d.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Whether a word is a CSP source expression that cannot end the directive or the header. */
    public static boolean isSource(String source) {
        return SOURCE.matcher(source).matches();
    }

    /** The origin of an http(s) address as a CSP source ({@code https://lms.example.org:8443}); empty otherwise. */
    public static Optional<String> origin(URI url) {
        String scheme = Optional.ofNullable(url.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null
                || !HOST.matcher(url.getHost()).matches()) {
            return Optional.empty();
        }
        return Optional.of(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT)
                + (url.getPort() < 0 ? "" : ":" + url.getPort()));
    }
}
