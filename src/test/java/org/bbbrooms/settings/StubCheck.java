package org.bbbrooms.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bbbrooms.bbb.ApiVersion;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.ChecksumAlgorithm;
import org.bbbrooms.bbb.Secret;
import org.bbbrooms.conference.ConnectionCheck;
import org.bbbrooms.conference.ConnectionReport;
import org.bbbrooms.conference.ConnectionReport.Outcome;

/**
 * The gateway's connection check without a server: it notes the URLs it was asked to test and answers the
 * {@link #answer} outcome (a BBB 3.0.0 server), for tests of what the settings do around it.
 */
final class StubCheck extends ConnectionCheck {

    final List<BbbServerUrl> tested = new ArrayList<>();
    Outcome answer = Outcome.OK;

    @Override
    public ConnectionReport run(BbbServerUrl url, Secret secret, ChecksumAlgorithm algorithm) {
        tested.add(url);
        return new ConnectionReport(answer, Optional.of(new ApiVersion("2.0", Optional.empty(), Optional.of("3.0.0"))),
                List.of(), false, answer == Outcome.OK ? "" : "refused");
    }

    /** The settings' connection test over this check and these settings. */
    ConnectionTest test(SettingsService settings) {
        ConnectionTest test = new ConnectionTest();
        test.settings = settings;
        test.check = this;
        return test;
    }
}
