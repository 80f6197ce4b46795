package org.bbbrooms.identity.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A user whom server code has already identified (a verified signed link, a single-use join link, an LTI launch),
 * as a credential for Jakarta Security. Only {@link SessionSignIn} builds one, so nothing a request sends can
 * become one; {@link VerifiedUserIdentityStore} checks that the account still exists and is active.
 */
public final class VerifiedUserCredential implements Credential {

    private final long userId;

    VerifiedUserCredential(long userId) {
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }
}
