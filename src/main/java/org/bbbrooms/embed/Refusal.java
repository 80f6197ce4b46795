package org.bbbrooms.embed;

/**
 * Why an embed link, a join link or the embed view turned someone away, as the refusal page tells it (bundle keys
 * {@code embed.refused.<name>} and {@code embed.refused.<name>.text}) and with the HTTP status it answers.
 */
public enum Refusal {
    /** A field is missing or not of its form (the host portal's link builder is wrong). */
    MALFORMED(400),
    /** The signature does not match: the link was changed, or signed with another secret. */
    TAMPERED(403),
    /** The link's expiry has passed. */
    EXPIRED(403),
    /** The link's nonce was used already: a signed link opens once. */
    REPLAYED(403),
    /** The account is deactivated. */
    ACCOUNT_INACTIVE(403),
    /** The room is not open to this user (conferences or group rooms off, course deleted). */
    UNAVAILABLE(403),
    /** A join link that is unknown, used or expired. */
    JOIN_LINK_INVALID(410),
    /** The embed view was opened without a session (expired, or the browser keeps no cookie in frames). */
    SIGNED_OUT(401);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The bundle key of its title; {@code .text} appended gives the explanation. */
    public String messageKey() {
        return "embed.refused." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
