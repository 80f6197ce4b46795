package org.bbbrooms.testing.lti;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What a server answered a {@link LaunchFlow} request, redirects not followed: the status, the headers, the body,
 * and the URL asked.
 */
public record ToolResponse(String url, int status, Map<String, List<String>> headers, String body) {

    /** The Location header resolved against the URL asked, or null. */
    public String location() {
        String location = header("Location");
        return location == null ? null : URI.create(url).resolve(location).toString();
    }

    /** The first value of a header (names are case-insensitive), or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    /** The first form of the body, or null. */
    public FormPost form() {
        return FormPost.of(body, url);
    }
}
