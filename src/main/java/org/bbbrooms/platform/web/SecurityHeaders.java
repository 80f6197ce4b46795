package org.bbbrooms.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries, whatever serves it: browsers take scripts and styles only with their declared
 * type ({@code nosniff}), other sites learn at most our origin from links followed out of the portal (the full
 * address may hold a room's id), and one Content-Security-Policy, {@link #POLICY} to begin with, into which
 * {@link PolicyResponse} merges what later writers of the header decide: PrimeFaces' {@code script-src} with the
 * page's nonce ({@code primefaces.CSP} in web.xml), {@code embed.web.FramingRules}' {@code frame-ancestors}, the LTI
 * pages' {@code frame-ancestors} and {@code form-action}, the {@code form-action} of {@code room.web.ConferenceForms}
 * and of the sandbox's conference page. Error pages, rendered in a dispatch of their own, get it too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /**
     * Only the portal's own scripts and, in Faces pages, the inline ones PrimeFaces gives the page's nonce. Style
     * sheets come from the portal only, but {@code style} attributes are allowed: PrimeFaces' widgets write them into
     * the markup they render and build ({@code style-src} says {@code 'unsafe-inline'} for browsers that know no
     * {@code style-src-elem} and {@code style-src-attr}).
     */
    public static final ContentSecurityPolicy POLICY = ContentSecurityPolicy.parse("default-src 'self'; "
            + "script-src 'self'; style-src 'self' 'unsafe-inline'; style-src-elem 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'; frame-ancestors 'none'");

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        withoutPolicy(response);
        chain.doFilter(request, new PolicyResponse(response, POLICY));
    }

    /** Sets these headers, with {@link #POLICY} alone, on an answer written before this filter may have run. */
    public static void applyTo(HttpServletResponse response) {
        withoutPolicy(response);
        response.setHeader(ContentSecurityPolicy.HEADER, POLICY.toString());
    }

    private static void withoutPolicy(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
