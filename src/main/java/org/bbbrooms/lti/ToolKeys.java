package org.bbbrooms.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The tool's signing key and its public JWKS, as every node sees them: read from {@link ToolKeyStore} and kept for a
 * minute, so a rotation reaches all nodes within a minute (the retired key stays published meanwhile). Everything
 * the tool signs (deep-linking answers, client assertions of service calls) goes through {@link #sign}.
 * <p>Use: {@code String jwt = toolKeys.sign(new JWTClaimsSet.Builder().issuer(clientId)...build());}
 */
@ApplicationScoped
public class ToolKeys {

    private static final Duration KEPT = Duration.ofMinutes(1);

    @Inject
    ToolKeyStore store;

    @Inject
    LtiSettings settings;

    @Inject
    Clock clock = Clock.systemUTC();

    private volatile Snapshot snapshot;

    private record Snapshot(RSAKey signing, JWKSet published, Instant readAt) {
    }

    /** The compact RS256 JWS of the claims, with our current key's {@code kid} in its header. */
    public String sign(JWTClaimsSet claims) {
        RSAKey key = snapshot().signing();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with the LTI tool key", e);
        }
    }

    /**
     * The claims of a JWS that one of our published keys signed, if it did and it has not expired: a token the tool
     * handed out and gets back (the deep-linking request between the launch and the teacher's choice).
     */
    public Optional<JWTClaimsSet> verify(String jws) {
        try {
            SignedJWT jwt = SignedJWT.parse(jws);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.empty();
            }
            JWK key = publicKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
            Date expiry = jwt.getJWTClaimsSet().getExpirationTime();
            boolean valid = key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa))
                    && expiry != null && expiry.toInstant().isAfter(clock.instant());
            return valid ? Optional.of(jwt.getJWTClaimsSet()) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** The public keys: the signing key and those retired less than {@code BBB_LTI_KEY_OVERLAP} ago. */
    public JWKSet publicKeys() {
        return snapshot().published();
    }

    /** Makes a new signing key now, on this node at once and on the others within a minute: its kid. */
    String rotate() {
        String kid = store.rotate().getKid();
        snapshot = null;
        return kid;
    }

    /** The kid of the key that signs now. */
    public String signingKid() {
        return snapshot().signing().getKeyID();
    }

    private Snapshot snapshot() {
        Snapshot seen = snapshot;
        Instant now = clock.instant();
        if (seen == null || seen.readAt().plus(KEPT).isBefore(now)) {
            seen = read(now);
            snapshot = seen;
        }
        return seen;
    }

    private Snapshot read(Instant now) {
        ToolKey current = store.current();
        List<JWK> published = store.publishedSince(now.minus(settings.keyOverlap())).stream()
                .map(ToolKeys::publicJwk).toList();
        return new Snapshot(store.privateKey(current), new JWKSet(published), now);
    }

    private static JWK publicJwk(ToolKey key) {
        try {
            return JWK.parse(key.getPublicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("The stored LTI public key " + key.getKid() + " is damaged", e);
        }
    }
}
