package org.bbbrooms.lti;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * What names a platform and how to reach it, as an admin types it on the registration page or as dynamic
 * registration reads it from the platform's OpenID configuration. {@link #check()} says what is wrong, field by
 * field, before anything is stored.
 * <p>Use: {@code platforms.register(new PlatformEndpoints(name, iss, clientId, Set.of("1"), auth, token, jwks));}
 */
public record PlatformEndpoints(String name, String issuer, String clientId, Set<String> deploymentIds,
        URI authEndpoint, Optional<URI> tokenEndpoint, URI jwksUrl) {

    /** The bundle key of the first field that is wrong, if any. */
    public Optional<String> check() {
        if (blank(name) || name.length() > 200) {
            return Optional.of("lti.platform.name.invalid");
        }
        if (blank(issuer) || issuer.length() > 255 || !web(parsed(issuer))) {
            return Optional.of("lti.platform.issuer.invalid");
        }
        if (blank(clientId) || clientId.length() > 255) {
            return Optional.of("lti.platform.clientId.invalid");
        }
        if (deploymentIds.isEmpty() || deploymentIds.stream().anyMatch(id -> blank(id) || id.contains(" ")
                || id.length() > 255)) {
            return Optional.of("lti.platform.deployments.invalid");
        }
        if (!web(authEndpoint) || !web(jwksUrl) || tokenEndpoint.filter(uri -> !web(uri)).isPresent()) {
            return Optional.of("lti.platform.endpoint.invalid");
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static URI parsed(String uri) {
        try {
            return new URI(uri);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean web(URI uri) {
        return uri != null && uri.getHost() != null && uri.toString().length() <= 2000
                && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
    }
}
