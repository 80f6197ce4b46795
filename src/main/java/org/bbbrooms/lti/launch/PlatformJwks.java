package org.bbbrooms.lti.launch;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.bbbrooms.lti.LmsHttp;

/**
 * The platforms' public keys, as their JWKS URLs publish them: fetched with short timeouts and kept for
 * {@link #KEPT}; a key id that the kept set lacks makes one fetch again (a platform that rotated its key), at most
 * once per {@link #REFETCH_INTERVAL} per URL, so that tokens with made-up key ids cannot make us hammer a platform.
 * Redirects are not followed and the answer is bounded in size.
 * <p>Use: {@code RSAKey key = jwks.key(platform.endpoints().jwksUrl(), kid).orElseThrow(...);}
 */
@ApplicationScoped
public class PlatformJwks {

    /** How long a fetched JWKS is trusted without fetching it again. */
    public static final Duration KEPT = Duration.ofHours(1);
    /** The least time between two fetches of one JWKS caused by unknown key ids. */
    public static final Duration REFETCH_INTERVAL = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_BYTES = 100_000;
    private static final Logger LOG = Logger.getLogger(PlatformJwks.class.getName());

    private final HttpClient http = LmsHttp.client(TIMEOUT);
    private final Map<URI, Fetched> kept = new ConcurrentHashMap<>();

    @Inject
    Clock clock = Clock.systemUTC();

    private record Fetched(JWKSet keys, Instant at) {
    }

    /**
     * The RSA key of this id at this JWKS URL (a JWKS of one key also serves a token without a key id); empty when
     * the platform does not publish it. Throws JWKS_UNAVAILABLE when the JWKS cannot be had at all.
     */
    public Optional<RSAKey> key(URI jwksUrl, Optional<String> kid) {
        Instant now = clock.instant();
        Fetched seen = kept.get(jwksUrl);
        if (seen == null || seen.at().plus(KEPT).isBefore(now)) {
            seen = fetch(jwksUrl, now);
        }
        Optional<RSAKey> key = find(seen.keys(), kid);
        if (key.isEmpty() && !seen.at().plus(REFETCH_INTERVAL).isAfter(now)) {
            key = find(fetch(jwksUrl, now).keys(), kid);
        }
        return key;
    }

    private static Optional<RSAKey> find(JWKSet keys, Optional<String> kid) {
        Optional<JWK> key = kid.isPresent() ? Optional.ofNullable(keys.getKeyByKeyId(kid.get()))
                : keys.getKeys().size() == 1 ? Optional.of(keys.getKeys().get(0)) : Optional.empty();
        return key.filter(RSAKey.class::isInstance).map(RSAKey.class::cast);
    }

    private Fetched fetch(URI jwksUrl, Instant now) {
        try {
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(jwksUrl).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            Optional<byte[]> body = LmsHttp.body(answer, MAX_BYTES);
            if (answer.statusCode() != 200 || body.isEmpty()) {
                throw unavailable(jwksUrl, "HTTP " + answer.statusCode()
                        + (body.isEmpty() ? ", more than " + MAX_BYTES + " bytes" : ""));
            }
            Fetched fetched = new Fetched(JWKSet.parse(new String(body.get(), StandardCharsets.UTF_8)), now);
            kept.put(jwksUrl, fetched);
            return fetched;
        } catch (IOException | ParseException e) {
            throw unavailable(jwksUrl, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(jwksUrl, "interrupted");
        }
    }

    private static LaunchRefusedException unavailable(URI jwksUrl, String why) {
        LOG.warning(() -> "The LTI platform JWKS at " + jwksUrl + " could not be read: " + why);
        return new LaunchRefusedException(LaunchRefusal.JWKS_UNAVAILABLE);
    }
}
