package org.bbbrooms.lti.launch;

import java.util.Locale;

/**
 * Why an LTI login or launch was turned away: the reason code of the launch log ({@code lti_launch.reason}), of the
 * log line, and of the refusal page shown in the LMS's frame (bundle keys {@code lti.refused.<name>} and
 * {@code lti.refused.<name>.text}), with the HTTP status it answers.
 * <p>Use: {@code throw new LaunchRefusedException(LaunchRefusal.EXPIRED);}
 */
public enum LaunchRefusal {
    /** The login initiation lacks iss, login_hint or target_link_uri. */
    LOGIN_MALFORMED(400),
    /** No platform of that issuer (and client id) is registered. */
    UNKNOWN_PLATFORM(403),
    /** The platform is registered but pending approval or disabled. */
    PLATFORM_DISABLED(403),
    /** The platform answered the authentication request with an error (for instance login_required). */
    PLATFORM_ERROR(403),
    /** The launch's state is unknown, used or expired: a login is single use and short lived. */
    STATE_UNKNOWN(403),
    /** No id_token, or one that is not a JWT with the claims a launch needs. */
    MALFORMED(400),
    /** The id_token is not RS256 ({@code alg: none}, HS256 and the like are refused). */
    ALGORITHM(403),
    /** The id_token's key id is not in the platform's JWKS, even fetched again. */
    UNKNOWN_KEY(403),
    /** The platform's JWKS could not be fetched. */
    JWKS_UNAVAILABLE(503),
    /** The signature does not match: the token was changed or signed with another key. */
    BAD_SIGNATURE(403),
    /** iss is not the platform's issuer. */
    WRONG_ISSUER(403),
    /** aud does not contain our client id. */
    WRONG_AUDIENCE(403),
    /** azp is missing although there are several audiences, or is not our client id. */
    WRONG_AZP(403),
    /** exp has passed. */
    EXPIRED(403),
    /** iat is missing or later than now (beyond the clock skew allowed). */
    ISSUED_IN_FUTURE(403),
    /** nonce is not the one of the login. */
    NONCE_MISMATCH(403),
    /** nonce was used already: an id_token is accepted once. */
    NONCE_REPLAYED(403),
    /** The deployment id is not one of the platform's. */
    UNKNOWN_DEPLOYMENT(403),
    /** A message type other than LtiResourceLinkRequest and LtiDeepLinkingRequest. */
    BAD_MESSAGE_TYPE(400),
    /** An LTI version other than 1.3.0. */
    BAD_VERSION(400),
    /** target_link_uri is not the one the login was started for. */
    TARGET_MISMATCH(403),
    /** A resource-link launch without a context (course) claim. */
    NO_CONTEXT(400),
    /** The custom claim {@code room} names no room of the launch's course. */
    ROOM_NOT_IN_COURSE(404),
    /** Conferences or this kind of room are off, or the course is gone. */
    ROOM_UNAVAILABLE(403),
    /** Only teachers may place rooms (deep linking). */
    NOT_TEACHER(403),
    /** The account the launch maps to is deactivated. */
    ACCOUNT_INACTIVE(403);

    private final int status;

    LaunchRefusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The bundle key of its title; {@code .text} appended gives the explanation. */
    public String messageKey() {
        return "lti.refused." + name().toLowerCase(Locale.ROOT);
    }
}
