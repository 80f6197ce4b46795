package org.bbbrooms.testing.lti;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool as the platform has registered it, by hand ({@link LtiPlatformEmulator#registerTool}) or through dynamic
 * registration: the client and deployment ids the platform gave it and the URLs and scopes it is known by.
 *
 * @param claims the identity claims the tool asked for (dynamic registration's {@code claims}); empty: all of them
 * @param custom the tool-wide custom parameters, sent with every launch under the link's own
 */
public record ToolRegistration(String clientId, String deploymentId, String clientName, String initiateLoginUri,
        List<String> redirectUris, String jwksUri, String targetLinkUri, String deepLinkUri, Set<String> scopes,
        Set<String> claims, Map<String, String> custom) {

    public ToolRegistration {
        redirectUris = List.copyOf(redirectUris);
        scopes = Set.copyOf(scopes);
        claims = Set.copyOf(claims);
        custom = Map.copyOf(custom);
    }

    /** Whether the tool asked for this identity claim (or asked for none in particular). */
    boolean wants(String claim) {
        return claims.isEmpty() || claims.contains(claim);
    }
}
