package org.bbbrooms.embed.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bbbrooms.embed.EmbedSettings;
import org.bbbrooms.platform.web.ContentSecurityPolicy;

/**
 * Who may put the portal's pages in a frame. The embed views ({@code /embed}, {@code /embed/*}, with their Ajax
 * requests), the LTI pages ({@code /lti/*}) and the Faces resources they load say
 * {@code Content-Security-Policy: frame-ancestors <BBB_FRAME_ANCESTORS> <origins of the FrameAncestorSource beans>}
 * (the active LTI platforms; browsers then ignore the
 * {@code X-Frame-Options: SAMEORIGIN} that Payara's HTTP listener adds); every other response says
 * {@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY}, replacing Payara's SAMEORIGIN. The directive
 * is merged into the response's one policy ({@code platform.web.SecurityHeaders}), whatever order the filters run in.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FramingRules extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EmbedSettings settings;

    @Inject
    transient Instance<FrameAncestorSource> sources;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (embeddable(path)) {
            response.setHeader(ContentSecurityPolicy.HEADER, "frame-ancestors " + ancestors());
        } else {
            response.setHeader(ContentSecurityPolicy.HEADER, "frame-ancestors 'none'");
            response.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }

    /** BBB_FRAME_ANCESTORS, then the origins the other sources add that it does not list already. */
    private String ancestors() {
        Set<String> all = new LinkedHashSet<>(List.of(settings.frameAncestors().split(" ")));
        sources.forEach(source -> all.addAll(new TreeSet<>(source.origins())));
        return String.join(" ", all);
    }

    private static boolean embeddable(String path) {
        return path.equals("/embed") || path.startsWith("/embed/") || path.startsWith("/lti/")
                || path.startsWith("/jakarta.faces.resource/");
    }
}
