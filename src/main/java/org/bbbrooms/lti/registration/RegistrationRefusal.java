package org.bbbrooms.lti.registration;

/**
 * Why a dynamic registration did not happen: each has the page's text ({@code lti.registration.<name>} and
 * {@code .text}) and an HTTP status. The log line says more than the page; neither echoes the platform's answer.
 */
public enum RegistrationRefusal {
    /** No {@code openid_configuration} parameter, or not a URL. */
    MALFORMED(400),
    /** Not https (unless {@code BBB_LTI_REGISTRATION_ALLOW_HTTP}), or a local address. */
    URL_NOT_ALLOWED(400),
    /** The platform did not answer in time, or answered an error. */
    UNREACHABLE(502),
    /** Its configuration is not JSON, too large, or lacks an endpoint. */
    BAD_CONFIGURATION(502),
    /** The configuration's issuer does not match the URL it was read from. */
    ISSUER_MISMATCH(400),
    /** The platform refused the tool's registration. */
    PLATFORM_REFUSED(502),
    /** Too many registrations are waiting for approval. */
    TOO_MANY_PENDING(429),
    /** This platform registered this client already. */
    ALREADY_REGISTERED(409);

    private final int status;

    RegistrationRefusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The page's title key; its text is the same key with {@code .text}. */
    public String messageKey() {
        return "lti.registration." + name().toLowerCase();
    }
}
