package org.bbbrooms.embed.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bbbrooms.embed.EmbedSettings;

/**
 * Who may put the portal's pages in a frame. The embed views ({@code /embed}, {@code /embed/*}, with their Ajax
 * requests) and the Faces resources they load say
 * {@code Content-Security-Policy: frame-ancestors <BBB_FRAME_ANCESTORS>} (browsers then ignore the
 * {@code X-Frame-Options: SAMEORIGIN} that Payara's HTTP listener adds); every other response says
 * {@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY}, replacing Payara's SAMEORIGIN.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FramingRules extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EmbedSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (embeddable(path)) {
            response.setHeader("Content-Security-Policy", "frame-ancestors " + settings.frameAncestors());
        } else {
            response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
            response.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }

    private static boolean embeddable(String path) {
        return path.equals("/embed") || path.startsWith("/embed/") || path.startsWith("/jakarta.faces.resource/");
    }
}
