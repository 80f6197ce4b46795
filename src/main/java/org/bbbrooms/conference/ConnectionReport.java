package org.bbbrooms.conference;

import java.util.List;
import java.util.Optional;
import org.bbbrooms.bbb.ApiVersion;
import org.bbbrooms.bbb.ChecksumAlgorithm;

/**
 * What a connection test found: exactly one {@link Outcome}, the server's version when its API root answered, the
 * checksum algorithms it accepts when it refused ours, and a technical detail (never the secret) for the admin.
 * <p>Use: {@code if (!report.ok()) ask for confirmation; Texts.format(locale, report.messageKey(), report.version())}
 *
 * @param outcome what went wrong first, or OK
 * @param server what the API root answered, when it did
 * @param accepted for {@link Outcome#WRONG_ALGORITHM}: the algorithms the server took instead
 * @param timedOut for {@link Outcome#UNREACHABLE}: whether the server did not answer in time
 * @param detail the technical reason, in English, for the admin (empty when OK)
 */
public record ConnectionReport(Outcome outcome, Optional<ApiVersion> server, List<ChecksumAlgorithm> accepted,
        boolean timedOut, String detail) {

    /** The five answers of a connection test. */
    public enum Outcome {
        OK, UNREACHABLE, NOT_BBB, WRONG_SECRET, WRONG_ALGORITHM
    }

    public ConnectionReport {
        accepted = List.copyOf(accepted);
    }

    static ConnectionReport ok(ApiVersion server) {
        return new ConnectionReport(Outcome.OK, Optional.of(server), List.of(), false, "");
    }

    static ConnectionReport unreachable(boolean timedOut, String detail) {
        return new ConnectionReport(Outcome.UNREACHABLE, Optional.empty(), List.of(), timedOut, detail);
    }

    static ConnectionReport notBbb(Optional<ApiVersion> server, String detail) {
        return new ConnectionReport(Outcome.NOT_BBB, server, List.of(), false, detail);
    }

    static ConnectionReport wrongSecret(ApiVersion server, String detail) {
        return new ConnectionReport(Outcome.WRONG_SECRET, Optional.of(server), List.of(), false, detail);
    }

    static ConnectionReport wrongAlgorithm(ApiVersion server, List<ChecksumAlgorithm> accepted) {
        return new ConnectionReport(Outcome.WRONG_ALGORITHM, Optional.of(server), accepted, false, "");
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** The server's version as shown and recorded: its {@code bbbVersion} when sent, else the API version. */
    public Optional<String> version() {
        return server.map(s -> s.bbbVersion().orElse(s.version()));
    }

    /** The bundle key that says this outcome to the admin, e.g. {@code extra.test.WRONG_SECRET}. */
    public String messageKey() {
        if (outcome == Outcome.UNREACHABLE && timedOut) {
            return "extra.test.TIMED_OUT";
        }
        if (outcome == Outcome.OK && server.flatMap(ApiVersion::bbbVersion).isEmpty()) {
            return "extra.test.OK_API";
        }
        return "extra.test." + outcome.name();
    }
}
