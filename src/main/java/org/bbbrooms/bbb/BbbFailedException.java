package org.bbbrooms.bbb;

/**
 * BigBlueButton understood the call and refused it: the answer had {@code returncode} FAILED.
 * {@link #messageKey()} is BBB's stable key ({@code checksumError}, {@code notFound}, {@code idNotUnique},
 * {@code maxParticipantsReached}, ...) to branch on; {@link #bbbMessage()} is BBB's English text.
 * <pre>{@code catch (BbbFailedException e) { if ("notFound".equals(e.messageKey())) ... }}</pre>
 */
public final class BbbFailedException extends BbbException {

    private static final long serialVersionUID = 1L;

    private final String call;
    private final String messageKey;
    private final String bbbMessage;

    /**
     * @param hint what to check or change, for keys that have a likely fix (e.g. {@code checksumError}); may be empty
     */
    public BbbFailedException(String call, String messageKey, String bbbMessage, String hint) {
        super("BBB refused " + call + ": " + messageKey + (bbbMessage.isEmpty() ? "" : " (" + bbbMessage + ")")
                + (hint.isEmpty() ? "" : ": " + hint));
        this.call = call;
        this.messageKey = messageKey;
        this.bbbMessage = bbbMessage;
    }

    /** The API call that failed, e.g. {@code create}. */
    public String call() {
        return call;
    }

    /** BBB's message key, e.g. {@code notFound}; {@code unknown} when the server sent none. */
    public String messageKey() {
        return messageKey;
    }

    /** BBB's human-readable message, possibly empty. */
    public String bbbMessage() {
        return bbbMessage;
    }
}
