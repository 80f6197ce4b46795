package org.bbbrooms.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bbbrooms.bbb.ApiVersion;
import org.bbbrooms.bbb.BbbClient;
import org.bbbrooms.bbb.BbbFailedException;
import org.bbbrooms.bbb.BbbProtocolException;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.BbbUnreachableException;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.bbb.Secret;

/**
 * The connection test, on values whether saved or not: the API root (is anything there, and is it BigBlueButton?),
 * then one signed call (is the secret right?): {@code isMeetingRunning} of a meeting that does not exist, which BBB
 * and Scalelite always check (Scalelite skips the checksum of {@code getMeetings} when
 * {@code GET_MEETINGS_API_DISABLED} is set) and answer without asking any server. A {@code checksumError} is retried
 * with the other algorithms, to tell a refused algorithm from a wrong secret. It makes the portal call any URL: its
 * one caller, the settings' connection test, lets only admins run it.
 * <p>Use: {@code ConnectionReport report = check.run(url, secret, ChecksumAlgorithm.SHA256);}
 */
@ApplicationScoped
public class ConnectionCheck {

    /** The meeting that the signed call asks about; no room's meeting ID looks like it. */
    static final String PROBE_MEETING = "bbb-rooms-connection-test";

    @Inject
    BbbConnection connection;

    /** Tests the server at {@code url} with this secret and algorithm. */
    public ConnectionReport run(BbbServerUrl url, Secret secret, ChecksumAlgorithm algorithm) {
        return check(a -> connection.clientFor(url, secret, a), algorithm);
    }

    /** The test itself, with a client per checksum algorithm (all for the same server and secret). */
    static ConnectionReport check(Function<ChecksumAlgorithm, BbbClient> clients, ChecksumAlgorithm algorithm) {
        ApiVersion server;
        try {
            server = clients.apply(algorithm).version();
        } catch (BbbUnreachableException e) {
            return ConnectionReport.unreachable(e.isTimeout(), e.getMessage());
        } catch (BbbFailedException | BbbProtocolException e) {
            return ConnectionReport.notBbb(Optional.empty(), e.getMessage());
        }
        try {
            clients.apply(algorithm).isMeetingRunning(PROBE_MEETING);
            return ConnectionReport.ok(server);
        } catch (BbbUnreachableException e) {
            return ConnectionReport.unreachable(e.isTimeout(), e.getMessage());
        } catch (BbbProtocolException e) {
            return ConnectionReport.notBbb(Optional.of(server), e.getMessage());
        } catch (BbbFailedException e) {
            if (!e.messageKey().equals("checksumError")) {
                return ConnectionReport.notBbb(Optional.of(server), e.getMessage());
            }
            return refused(clients, algorithm, server, e);
        }
    }

    /** Checksum refused: a wrong secret, unless another algorithm works with the same secret. */
    private static ConnectionReport refused(Function<ChecksumAlgorithm, BbbClient> clients, ChecksumAlgorithm algorithm,
            ApiVersion server, BbbFailedException refusal) {
        try {
            List<ChecksumAlgorithm> accepted = accepted(clients, algorithm);
            return accepted.isEmpty() ? ConnectionReport.wrongSecret(server, refusal.getMessage())
                    : ConnectionReport.wrongAlgorithm(server, accepted);
        } catch (BbbUnreachableException e) {
            return ConnectionReport.unreachable(e.isTimeout(), e.getMessage());
        }
    }

    /** The other algorithms the server takes with this secret (one signed call each, three at most). */
    private static List<ChecksumAlgorithm> accepted(Function<ChecksumAlgorithm, BbbClient> clients,
            ChecksumAlgorithm refused) {
        List<ChecksumAlgorithm> accepted = new ArrayList<>();
        for (ChecksumAlgorithm other : ChecksumAlgorithm.values()) {
            if (other != refused && answers(clients.apply(other))) {
                accepted.add(other);
            }
        }
        return accepted;
    }

    private static boolean answers(BbbClient client) {
        try {
            client.isMeetingRunning(PROBE_MEETING);
            return true;
        } catch (BbbFailedException | BbbProtocolException e) {
            return false;
        }
    }
}
