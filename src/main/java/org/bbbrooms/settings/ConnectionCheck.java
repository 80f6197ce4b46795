package org.bbbrooms.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import org.bbbrooms.identity.Roles;
import org.bbbrooms.platform.BusinessException;

/**
 * The Extra page's "Test connection", on the values in the form whether saved or not: the API root (is anything
 * there, and is it BigBlueButton?), then one signed call (is the secret right?): {@code isMeetingRunning} of a
 * meeting that does not exist, which BBB and Scalelite always check (Scalelite skips the checksum of
 * {@code getMeetings} when {@code GET_MEETINGS_API_DISABLED} is set) and answer without asking any server. A
 * {@code checksumError} is retried with the other algorithms, to tell a refused algorithm from a wrong secret. Admins only: it makes the portal call
 * any URL. Runs outside a transaction, since it waits on the network.
 * <p>Use: {@code ConnectionReport report = check.run(url, typedSecret, ChecksumAlgorithm.SHA256);}
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectionCheck {

    /** The meeting that the signed call asks about; no room's meeting ID looks like it. */
    static final String PROBE_MEETING = "bbb-rooms-connection-test";

    @Inject
    BbbConnection connection;

    @Inject
    SettingsService settings;

    /**
     * Tests the server at {@code url} with the typed secret, or the current one when none was typed, and records
     * the version the server reports.
     *
     * @throws BusinessException when the URL is invalid or there is no secret to test with
     */
    public ConnectionReport run(String url, Optional<String> typedSecret, ChecksumAlgorithm algorithm) {
        String normalised = SettingsService.serverUrl(url);
        if (normalised.isEmpty()) {
            throw new BusinessException("extra.test.noUrl");
        }
        String secret = typedSecret.map(SettingsService::secret).or(settings::secret)
                .orElseThrow(() -> new BusinessException("extra.test.noSecret"));
        BbbServerUrl server = BbbServerUrl.parse(normalised);
        ConnectionReport report = check(a -> connection.clientFor(server, Secret.of(secret), a), algorithm);
        report.version().ifPresent(settings::recordDetectedVersion);
        return report;
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
