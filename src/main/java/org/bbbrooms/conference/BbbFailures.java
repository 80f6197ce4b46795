package org.bbbrooms.conference;

import java.util.function.Function;
import org.bbbrooms.bbb.BbbException;
import org.bbbrooms.bbb.BbbFailedException;
import org.bbbrooms.bbb.BbbUnreachableException;
import org.bbbrooms.platform.BusinessException;

/**
 * The one place where a failed BBB call becomes a message users can act on: the server could not be reached, it
 * refused, or it answered something that is not BBB. Each feature keeps its own wording under a prefix: the keys are
 * {@code <prefix>.unreachable}, {@code <prefix>.refused} and {@code <prefix>.badAnswer}. A refusal's argument is
 * BBB's own words and key ({@link #explained}) or its message key alone ({@link #explainedByKey}).
 * <p>Use: {@code catch (BbbException e) { throw BbbFailures.explained(e, "recording.server"); }}
 */
public final class BbbFailures {

    private BbbFailures() {
    }

    /** The failure, a refusal quoting BBB's message and its key: "Checksums do not match (checksumError)". */
    public static BusinessException explained(BbbException e, String prefix) {
        return explained(e, prefix, BbbFailures::words);
    }

    /** The failure, a refusal naming BBB's message key alone: "checksumError". */
    public static BusinessException explainedByKey(BbbException e, String prefix) {
        return explained(e, prefix, BbbFailedException::messageKey);
    }

    private static BusinessException explained(BbbException e, String prefix, Function<BbbFailedException, String> said) {
        if (e instanceof BbbUnreachableException) {
            return new BusinessException(e, prefix + ".unreachable");
        }
        if (e instanceof BbbFailedException refused) {
            return new BusinessException(e, prefix + ".refused", said.apply(refused));
        }
        return new BusinessException(e, prefix + ".badAnswer");
    }

    private static String words(BbbFailedException refused) {
        return refused.bbbMessage().isBlank() ? refused.messageKey()
                : refused.bbbMessage() + " (" + refused.messageKey() + ")";
    }
}
