package org.bbbrooms.testing.lti;

/**
 * The emulator's endpoints, as counted by {@link LtiPlatformEmulator#requests(Endpoint)} and as given faults by
 * {@link LtiPlatformEmulator#faults(Endpoint)}.
 */
public enum Endpoint {
    /** {@code GET /.well-known/openid-configuration}. */
    OPENID_CONFIGURATION,
    /** {@code GET /jwks}. */
    JWKS,
    /** {@code POST /register}, the dynamic registration endpoint. */
    REGISTRATION,
    /** {@code GET|POST /auth}, the OIDC authorization endpoint. */
    AUTHORIZATION,
    /** {@code POST /token}, the OAuth 2 token endpoint. */
    TOKEN,
    /** {@code GET /nrps/<contextId>}, Names and Role Provisioning. */
    NRPS,
    /** {@code /ags/<contextId>/lineitems...}, Assignment and Grade Services. */
    AGS,
    /** {@code POST /deep-link-return}. */
    DEEP_LINK_RETURN,
    /** The LMS's own pages: course pages, the admin's registration page, the return page. */
    PAGES
}
