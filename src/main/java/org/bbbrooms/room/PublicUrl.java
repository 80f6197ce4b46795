package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address, which BBB and users' browsers reach: {@code BBB_PUBLIC_URL} when set (needed behind
 * a proxy that changes the scheme or host), else the scheme, host, port and context path of the current request.
 * BBB gets it in the meetings' logoutURL and callback URLs; users in share links.
 * <p>Use: {@code URI back = publicUrl.resolve("/room-return?room=" + publicId);}
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "BBB_PUBLIC_URL")
    Optional<String> configured;

    @Inject
    HttpServletRequest request;

    /** The base without trailing slash, e.g. {@code https://lms.example.org/rooms}. */
    public URI base() {
        Optional<String> fixed = configured.map(String::strip).filter(url -> !url.isEmpty());
        return fixed.isPresent() ? parse(fixed.get()) : fromRequest();
    }

    /** An absolute URL for a path of this application ({@code /room-return?room=...}). */
    public URI resolve(String path) {
        return URI.create(base() + path);
    }

    private static URI parse(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
        if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("BBB_PUBLIC_URL must be the portal's absolute http(s) address without "
                    + "query, e.g. https://lms.example.org/rooms");
        }
        return uri;
    }

    private URI fromRequest() {
        try {
            int port = request.getServerPort();
            boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
            return new URI(request.getScheme(), null, request.getServerName(), defaultPort ? -1 : port,
                    request.getContextPath(), null, null);
        } catch (ContextNotActiveException e) {
            throw new IllegalStateException("No request to learn the portal's address from: set BBB_PUBLIC_URL", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The request's host cannot form a URL: set BBB_PUBLIC_URL", e);
        }
    }
}
