package org.bbbrooms.lti.services;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.ToolKeys;

/**
 * Access tokens for the LTI Advantage services: the OAuth 2 client-credentials grant at the platform's token
 * endpoint, authenticated with a JWT client assertion (1EdTech Security Framework §4.1, RFC 7523: iss = sub = our
 * client id, aud = the token endpoint, a fresh jti, iat now, exp in five minutes) signed by {@link ToolKeys}. Each
 * token is asked for the one scope a call needs and kept in a {@link TokenCache} until shortly before it expires.
 * <p>Use: {@code String bearer = tokens.token(platform, Scopes.NRPS);} and {@code tokens.forget(...)} on a 401.
 */
@ApplicationScoped
public class ServiceTokens {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    private static final long DEFAULT_LIFETIME_SECONDS = 3600;

    @Inject
    ToolKeys toolKeys;

    @Inject
    ServiceCalls calls;

    @Inject
    Clock clock = Clock.systemUTC();

    private TokenCache cache;

    @PostConstruct
    void start() {
        cache = new TokenCache(clock);
    }

    public String token(LtiPlatform platform, String scope) throws ServiceCallException {
        return cache.token(key(platform, scope), () -> issue(platform, scope));
    }

    /** Drops a token the LMS refused, so that the next call asks for a new one. */
    public void forget(LtiPlatform platform, String scope) {
        cache.forget(key(platform, scope));
    }

    private TokenCache.Issued issue(LtiPlatform platform, String scope) throws ServiceCallException {
        URI endpoint = platform.endpoints().tokenEndpoint().orElseThrow(() -> new ServiceCallException(0,
                "the platform " + platform.getName() + " has no token endpoint"));
        ServiceCall.requireWeb(endpoint);
        Instant now = clock.instant();
        String assertion = toolKeys.sign(new JWTClaimsSet.Builder().issuer(platform.getClientId())
                .subject(platform.getClientId()).audience(endpoint.toString()).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(ASSERTION_LIFETIME))).build());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", JWT_BEARER);
        form.put("client_assertion", assertion);
        form.put("scope", scope);
        ServiceCall.Answer answer = calls.call().send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        return parse(answer.body(), clock.instant());
    }

    /** The token of a token endpoint's answer, and when it expires ({@code expires_in}, else an hour). */
    static TokenCache.Issued parse(String body, Instant now) throws ServiceCallException {
        try {
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            String token = json.getString("access_token", "");
            if (token.isBlank()) {
                throw new ServiceCallException(0, "the token endpoint answered no access_token");
            }
            long seconds = json.containsKey("expires_in") ? json.getJsonNumber("expires_in").longValue()
                    : DEFAULT_LIFETIME_SECONDS;
            return new TokenCache.Issued(token, now.plusSeconds(seconds));
        } catch (JsonException | ClassCastException e) {
            throw new ServiceCallException(0, "the token endpoint answered no JSON object");
        }
    }

    private static String key(LtiPlatform platform, String scope) {
        return platform.getId() + " " + scope;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
