package org.bbbrooms.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.bbb.Secret;
import org.bbbrooms.conference.ConnectionCheck;
import org.bbbrooms.conference.ConnectionReport;
import org.bbbrooms.identity.Roles;
import org.bbbrooms.platform.BusinessException;

/**
 * The Extra page's "Test connection", on the values in the form whether saved or not: the gateway's
 * {@link ConnectionCheck}, with the URL and secret as the Extra page accepts them, and the version found recorded.
 * Admins only: it makes the portal call any URL. Runs outside a transaction, since it waits on the network.
 * <p>Use: {@code ConnectionReport report = test.run(url, typedSecret, ChecksumAlgorithm.SHA256);}
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConnectionTest {

    @Inject
    ConnectionCheck check;

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
        ConnectionReport report = check.run(BbbServerUrl.parse(normalised), Secret.of(secret), algorithm);
        report.version().ifPresent(settings::recordDetectedVersion);
        return report;
    }
}
