package org.bbbrooms.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bbbrooms.bbb.ApiVersion;
import org.bbbrooms.bbb.BbbClient;
import org.bbbrooms.bbb.BbbException;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.JoinRedirect;
import org.bbbrooms.bbb.JoinRequest;
import org.bbbrooms.conference.BbbConnection;
import org.bbbrooms.settings.SettingsService;

/**
 * Where a user's browser goes to join a meeting. On a single BBB server (the default): the signed join link, and no
 * call. Behind a load balancer ({@code BBB_LOAD_BALANCER}, an admin's explicit setting, never guessed): the portal
 * sends the join to Scalelite itself without following its redirect (Scalelite's join only looks the meeting up and
 * redirects; a BBB server's join would join, which is why it is never done without the setting), records the server
 * that the redirect names on the meeting, with the version its API root gives (probed once per meeting and server,
 * with the short timeout of status look-ups, while the user waits for BBB anyway), and sends the browser straight
 * to that server's join. When Scalelite answers anything but a redirect, or too late, the user gets the plain join
 * link (Scalelite's own answer then reaches their browser), and the log says so once, until a join is resolved
 * again. A redirect that leads to no server's {@code /api/join} (the setting turned on for a single BBB server, whose
 * join has then joined the user) is still where the browser goes, so that the user is not joined twice; the log
 * warns, and no server is recorded. Pages never call this: only Start and Join do.
 * <p>Use: {@code URI link = joins.link(meeting, requests.join(room, meeting, actor, role, html5));}
 */
@ApplicationScoped
public class LoadBalancedJoins {

    private static final Logger LOG = Logger.getLogger(LoadBalancedJoins.class.getName());

    @Inject
    SettingsService settings;

    @Inject
    BbbConnection connection;

    @Inject
    RoomStore store;

    private final AtomicBoolean failing = new AtomicBoolean();

    /** The URL to send the user's browser to for this join of the meeting. */
    public URI link(Meeting meeting, JoinRequest join) {
        BbbClient client = connection.client();
        if (!settings.current().loadBalancer()) {
            return client.joinUrl(join);
        }
        JoinRedirect redirect;
        try {
            redirect = client.resolveJoin(join);
        } catch (BbbException e) {
            if (!failing.getAndSet(true)) {
                LOG.log(Level.WARNING, "BBB_LOAD_BALANCER is on but the load balancer''s join gave no redirect, so "
                        + "users get its plain join link and no meeting learns its server (logged once until a "
                        + "join is resolved again): {0}", e.getMessage());
            } else {
                LOG.log(Level.FINE, "Plain join link again: {0}", e.getMessage());
            }
            return client.joinUrl(join);
        }
        if (failing.getAndSet(false)) {
            LOG.info("The load balancer's join redirects again: joins go straight to the meeting's server");
        }
        redirect.server().ifPresentOrElse(server -> record(meeting, server),
                () -> LOG.log(Level.WARNING, "The load balancer''s join of {0} led to {1}, which is no BBB server''s "
                        + "join: is BBB_LOAD_BALANCER on for a single BBB server? Its join has joined the user.",
                        new Object[] {meeting, redirect.location().getRawPath()}));
        return redirect.location();
    }

    /** Records the meeting's server, probing its version unless the meeting already knows both. */
    private void record(Meeting meeting, BbbServerUrl server) {
        if (meeting.getServerUrl().filter(server.toString()::equals).isPresent()
                && meeting.getServerVersion().isPresent()) {
            return;
        }
        store.servedBy(meeting.getId(), server.toString(), version(server));
    }

    private Optional<String> version(BbbServerUrl server) {
        try {
            ApiVersion answer = connection.statusClient().versionOf(server);
            return Optional.of(answer.bbbVersion().orElse(answer.version()));
        } catch (BbbException e) {
            LOG.log(Level.INFO, "No version from {0}, the server of a meeting: {1}", new Object[] {server,
                    e.getMessage()});
            return Optional.empty();
        }
    }
}
