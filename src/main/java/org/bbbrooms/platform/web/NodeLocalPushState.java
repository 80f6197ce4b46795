package org.bbbrooms.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;

/**
 * Keeps Faces' push registry out of the sessions that the data grid copies between cluster nodes. Mojarra puts a
 * session-scoped {@code WebsocketChannelManager} into each session that renders an {@code f:websocket}; it holds a
 * CDI proxy whose bean id names whichever CDI extension Payara happened to notify first, which differs from one JVM
 * to the next, so another node fails to read the whole session back (WELD-001500) and answers nothing. The portal's
 * only channel is application-scoped ({@code room.RoomEvents}): that registry holds nothing of the session's, and
 * Mojarra makes a new one at the next render. So it is dropped from the session at the end of each request, before
 * Payara stores the session.
 * <p>Use: nothing to call; the filter applies to every request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class NodeLocalPushState extends HttpFilter {

    static final String REGISTRY = "com.sun.faces.push.WebsocketChannelManager";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            drop(request.getSession(false));
        }
    }

    static void drop(HttpSession session) {
        if (session == null) {
            return;
        }
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                if (name.contains(REGISTRY)) {
                    session.removeAttribute(name);
                }
            }
        } catch (IllegalStateException invalidated) {
            // signed out during the request: nothing left to copy
        }
    }
}
