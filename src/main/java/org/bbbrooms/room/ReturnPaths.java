package org.bbbrooms.room;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each room's meeting sends this user back: the page they started or joined it from, remembered per room for
 * the session and read by {@code /room-return} (the meetings' logoutURL). Only a path inside this application is
 * kept (like {@code /course.xhtml?code=MATH101}, without the context path): an absolute URL, a
 * {@code //host} reference, a backslash or a dot segment is dropped, so the return can never lead elsewhere.
 * <p>Use: {@code returns.remember(publicId, "/course.xhtml?code=MATH101"); String path = returns.pathFor(publicId);}
 */
@SessionScoped
public class ReturnPaths implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LENGTH = 2000;
    /** Where users go back when nothing (valid) was remembered: the home page. */
    public static final String HOME = "/";

    private final Map<String, String> paths = new ConcurrentHashMap<>();

    public void remember(String publicId, String returnTo) {
        safe(returnTo).ifPresentOrElse(path -> paths.put(publicId, path), () -> paths.remove(publicId));
    }

    public String pathFor(String publicId) {
        return publicId == null ? HOME : paths.getOrDefault(publicId, HOME);
    }

    /** The path if it stays inside this application. */
    static Optional<String> safe(String candidate) {
        if (candidate == null || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || hasDotSegment(uri.getRawPath())) {
                return Optional.empty();
            }
            return Optional.of(candidate);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Browsers resolve {@code .}, {@code ..} and their %2e spellings; none may climb out of the application. */
    private static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.toLowerCase(Locale.ROOT).replace("%2e", ".").split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
