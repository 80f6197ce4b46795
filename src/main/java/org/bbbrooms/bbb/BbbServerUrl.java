package org.bbbrooms.bbb;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The base URL of a BigBlueButton server or Scalelite load balancer, normalised to the form that ends in
 * {@code /bigbluebutton} so that admins may paste what {@code bbb-conf --secret} prints, the bare host or the
 * {@code /api} endpoint. A URL that cannot be right is refused with a message saying how to fix it; nothing
 * is guessed beyond adding the standard {@code /bigbluebutton} to a bare host.
 * <pre>{@code BbbServerUrl url = BbbServerUrl.parse("https://bbb.example.org/bigbluebutton/api/");
 * url.base(); // https://bbb.example.org/bigbluebutton}</pre>
 */
public final class BbbServerUrl {

    private static final String SUFFIX = "/bigbluebutton";
    private static final String EXAMPLE = "e.g. https://bbb.example.org/bigbluebutton";

    private final URI base;

    private BbbServerUrl(URI base) {
        this.base = base;
    }

    /**
     * Accepts {@code https://host}, {@code https://host/bigbluebutton}, {@code .../bigbluebutton/},
     * {@code .../bigbluebutton/api} and {@code .../bigbluebutton/api/}, also under a path prefix
     * ({@code https://lb.example.org/bbb/bigbluebutton}). Plain {@code http} is accepted for local servers.
     *
     * @throws IllegalArgumentException when the text is blank, has no or another scheme, no host, a user
     *         name, a query string or fragment, or a path that does not lead to a BBB API
     */
    public static BbbServerUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The BBB server URL is empty: enter the URL that "
                    + "'bbb-conf --secret' prints, " + EXAMPLE);
        }
        String trimmed = text.strip();
        URI uri = toUri(trimmed);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!trimmed.contains("://")) {
            throw new IllegalArgumentException("The BBB server URL has no scheme: start it with https://, " + EXAMPLE);
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("The BBB server URL must start with https:// (or http:// for a "
                    + "local server), not " + scheme + "://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The BBB server URL has no host name: " + EXAMPLE);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The BBB server URL must not hold a user name or password: "
                    + "remove the part before '@'; the shared secret goes in its own field");
        }
        String origin = scheme + "://" + uri.getRawAuthority();
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The BBB server URL must not have a query string or '#' part: "
                    + "remove everything from '?' or '#' on; the client adds the API parameters itself");
        }
        return new BbbServerUrl(URI.create(origin + basePath(uri.getRawPath(), origin)));
    }

    private static URI toUri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The BBB server URL is not a valid URL (" + e.getReason()
                    + " at character " + (e.getIndex() + 1) + "): " + EXAMPLE, e);
        }
    }

    private static String basePath(String rawPath, String origin) {
        String path = rawPath == null ? "" : rawPath;
        if (path.contains("//") || path.contains("/./") || path.contains("/../") || path.endsWith("/.")
                || path.endsWith("/..")) {
            throw new IllegalArgumentException("The BBB server URL has an odd path (empty, '.' or '..' "
                    + "segments): write it plainly, " + EXAMPLE);
        }
        path = stripTrailingSlash(path);
        if (path.isEmpty()) {
            return SUFFIX;
        }
        if (path.endsWith(SUFFIX + "/api")) {
            return path.substring(0, path.length() - "/api".length());
        }
        if (path.endsWith(SUFFIX)) {
            return path;
        }
        int at = path.indexOf(SUFFIX + "/");
        String hint = at >= 0 ? "did you mean " + origin + path.substring(0, at + SUFFIX.length()) + " ?"
                : "the path must end with /bigbluebutton, " + EXAMPLE;
        throw new IllegalArgumentException("The BBB server URL path " + path + " does not lead to a BBB API: " + hint);
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The normalised base, e.g. {@code https://bbb.example.org/bigbluebutton}, without trailing slash. */
    public URI base() {
        return base;
    }

    String apiRoot() {
        return base + "/api";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BbbServerUrl url && url.base.equals(base);
    }

    @Override
    public int hashCode() {
        return base.hashCode();
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
