package org.bbbrooms.identity.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.bbbrooms.platform.web.SecurityHeaders;
import org.bbbrooms.platform.web.Texts;

/**
 * Turns away, before Faces restores or renders anything, the sign-ins that the portal would refuse unchecked anyway
 * for their address alone: one its backoff blocks, a second one of a guessing address while its first is checked on
 * this node, one of an address that failed lately when no slot a suspect may use is free, and, from a clean address,
 * one that would find neither a slot nor room to wait for one ({@link PasswordCheckGate}). The suspect's slot is taken
 * here and handed to the login ({@link PortalIdentityStore#reserve}), so that of a flood only as many attempts reach
 * the page as there are slots, not all those that saw one free. A password-guessing flood then costs a database
 * look-up per attempt rather than a page render, and pages keep answering on a server just started. The answer is
 * {@code 429 Too Many Requests} with {@code Retry-After} and a short page (the login page's message and a link back to
 * it), the same whatever name was tried; refusals by name alone are left to the login page, which words them. Counted
 * as throttled or busy ({@link SignInMetrics}).
 * <p>Use: nothing to call; it guards {@code POST /login.xhtml}.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class SignInFloodGate extends HttpFilter {

    static final int TOO_MANY_REQUESTS = 429;
    private static final long serialVersionUID = 1L;

    @Inject
    LoginThrottle throttle;

    @Inject
    PortalIdentityStore store;

    @Inject
    PasswordCheckGate gate;

    @Inject
    SignInMetrics metrics;

    @Inject
    Clock clock;

    /** Why an attempt is turned away and how long to wait: the login page's message for it. */
    record Refusal(String messageKey, long seconds) {

        static final Refusal BUSY = new Refusal("login.busy", 1);

        boolean throttled() {
            return !this.equals(BUSY);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        AddressStanding standing = throttle.standing(address);
        Optional<Refusal> refusal = refusal(standing, clock.instant(), standing.guessing() && store.checking(address),
                !gate.refusesClean());
        if (refusal.isPresent()) {
            turnedAway(request, response, refusal.get());
        } else if (!standing.failedLately()) {
            chain.doFilter(request, response);
        } else {
            Optional<PasswordCheckGate.Slot> slot = gate.enter(true);
            if (slot.isEmpty()) {
                turnedAway(request, response, Refusal.BUSY);
                return;
            }
            try (PasswordCheckGate.Slot held = slot.get()) {
                PortalIdentityStore.reserve(request, held);
                chain.doFilter(request, response);
            }
        }
    }

    /**
     * The refusal an address's attempt gets now, if any, of those that need no name and no password. A clean
     * address's is refused when the gate has neither a slot nor room to wait for one ({@code cleanRoom} false); one
     * that failed lately is then given a suspect's slot, here, or refused.
     */
    static Optional<Refusal> refusal(AddressStanding standing, Instant now, boolean checkingOne, boolean cleanRoom) {
        if (standing.blockedUntil().isPresent()) {
            long millis = Duration.between(now, standing.blockedUntil().get()).toMillis();
            return Optional.of(new Refusal("login.throttled", Math.max(1, (millis + 999) / 1000)));
        }
        if ((standing.guessing() && checkingOne) || (!standing.failedLately() && !cleanRoom)) {
            return Optional.of(Refusal.BUSY);
        }
        return Optional.empty();
    }

    private void turnedAway(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        if (refusal.throttled()) {
            metrics.throttled();
        } else {
            metrics.busy();
        }
        refuse(request, response, refusal);
    }

    /** The page holds only bundle texts and the context path, nothing the request brought. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        Locale locale = request.getLocale();
        response.setStatus(TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", Long.toString(refusal.seconds()));
        response.setHeader("Cache-Control", "no-store");
        SecurityHeaders.applyTo(response);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"><title>" + Texts.format(locale, "login.title") + "</title></head><body>"
                + "<main><h1>" + Texts.format(locale, "login.title") + "</h1><p role=\"alert\" id=\"refused\">"
                + Texts.format(locale, refusal.messageKey(), refusal.seconds()) + "</p><p><a href=\""
                + request.getContextPath() + "/login.xhtml\">" + Texts.format(locale, "login.again")
                + "</a></p></main></body></html>\n");
    }
}
