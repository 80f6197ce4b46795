package org.bbbrooms.api;

/**
 * A client just created, with its bearer token: the only time the token exists outside the caller's hands, since
 * only its hash is stored. {@code toString()} never shows it.
 */
public record IssuedToken(ApiClient client, String token) {

    @Override
    public String toString() {
        return "IssuedToken[" + client + "]";
    }
}
