package org.bbbrooms.recording;

import org.bbbrooms.bbb.BbbException;
import org.bbbrooms.bbb.BbbFailedException;
import org.bbbrooms.bbb.BbbUnreachableException;
import org.bbbrooms.platform.BusinessException;

/**
 * Turns a failed BBB call about recordings into a message users can act on: the server could not be reached, it
 * refused (with BBB's own message and key), or it answered something that is not BBB. The keys are
 * {@code <prefix>.unreachable}, {@code <prefix>.refused} (BBB's words as argument) and {@code <prefix>.badAnswer}.
 * <p>Use: {@code catch (BbbException e) { throw BbbFailures.explained(e); }}
 */
final class BbbFailures {

    private BbbFailures() {
    }

    static BusinessException explained(BbbException e) {
        return explained(e, "recording.server");
    }

    static BusinessException explained(BbbException e, String prefix) {
        if (e instanceof BbbUnreachableException) {
            return new BusinessException(e, prefix + ".unreachable");
        }
        if (e instanceof BbbFailedException refused) {
            String said = refused.bbbMessage().isBlank() ? refused.messageKey()
                    : refused.bbbMessage() + " (" + refused.messageKey() + ")";
            return new BusinessException(e, prefix + ".refused", said);
        }
        return new BusinessException(e, prefix + ".badAnswer");
    }
}
