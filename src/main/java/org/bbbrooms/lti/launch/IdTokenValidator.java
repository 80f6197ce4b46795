package org.bbbrooms.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bbbrooms.embed.NonceStore;
import org.bbbrooms.lti.LtiPerson;
import org.bbbrooms.lti.LtiPlatform;
import org.bbbrooms.lti.LtiRoles;

/**
 * Checks a launch's id_token as LTI Core 1.3 §5.1.3 and the 1EdTech Security Framework §5.1.3 require, against the
 * login it answers: RS256 only, signed by a key of the platform's JWKS ({@link PlatformJwks}), {@code iss} the
 * platform's, {@code aud} containing our client id, {@code azp} our client id when present or when there are several
 * audiences, {@code exp} and {@code iat} within {@link #SKEW}, the login's nonce, used once only (on any node), a
 * deployment of the platform, a message type we handle, version 1.3.0 and the login's target_link_uri. The first
 * check that fails throws its {@link LaunchRefusal}.
 * <p>Use: {@code VerifiedLaunch launch = validator.verify(idToken, login);}
 */
@ApplicationScoped
public class IdTokenValidator {

    /** The clock skew allowed between the platform and us, on exp and iat. */
    public static final Duration SKEW = Duration.ofSeconds(30);
    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final String DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

    @Inject
    PlatformJwks jwks;

    @Inject
    NonceStore nonces;

    @Inject
    Clock clock = Clock.systemUTC();

    public VerifiedLaunch verify(String idToken, LoginState login) {
        LtiPlatform platform = login.getPlatform();
        if (!platform.isActive()) {
            throw refused(LaunchRefusal.PLATFORM_DISABLED);
        }
        SignedJWT jwt = signed(idToken);
        JWTClaimsSet claims = claims(jwt);
        if (!platform.getIssuer().equals(claims.getIssuer())) {
            throw refused(LaunchRefusal.WRONG_ISSUER);
        }
        RSAKey key = jwks.key(platform.endpoints().jwksUrl(), Optional.ofNullable(jwt.getHeader().getKeyID()))
                .orElseThrow(() -> refused(LaunchRefusal.UNKNOWN_KEY));
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw refused(LaunchRefusal.BAD_SIGNATURE);
            }
        } catch (JOSEException e) {
            throw refused(LaunchRefusal.BAD_SIGNATURE);
        }
        audience(claims, platform.getClientId());
        Instant expiry = times(claims);
        if (!login.getNonce().equals(text(claims, "nonce").orElse(null))) {
            throw refused(LaunchRefusal.NONCE_MISMATCH);
        }
        claimNonce(login.getNonce(), expiry.plus(SKEW));
        return launch(claims, login);
    }

    /** Takes the nonce until the token expires; a second node taking it at the same instant fails on the key. */
    private void claimNonce(String nonce, Instant until) {
        boolean fresh;
        try {
            fresh = nonces.claim("lti:" + nonce, until);
        } catch (EJBException e) {
            fresh = false;
        }
        if (!fresh) {
            throw refused(LaunchRefusal.NONCE_REPLAYED);
        }
    }

    private static SignedJWT signed(String idToken) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken == null ? "" : idToken);
        } catch (ParseException e) {
            throw refused(LaunchRefusal.MALFORMED);
        }
        if (!(jwt instanceof SignedJWT signed) || !JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            throw refused(LaunchRefusal.ALGORITHM);
        }
        return signed;
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw refused(LaunchRefusal.MALFORMED);
        }
    }

    private static void audience(JWTClaimsSet claims, String clientId) {
        List<String> audiences = claims.getAudience();
        if (!audiences.contains(clientId)) {
            throw refused(LaunchRefusal.WRONG_AUDIENCE);
        }
        Optional<String> azp = text(claims, "azp");
        if ((audiences.size() > 1 && azp.isEmpty()) || azp.filter(party -> !party.equals(clientId)).isPresent()) {
            throw refused(LaunchRefusal.WRONG_AZP);
        }
    }

    /** The expiry, once exp and iat are checked. */
    private Instant times(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || !exp.toInstant().plus(SKEW).isAfter(now)) {
            throw refused(LaunchRefusal.EXPIRED);
        }
        if (iat == null || iat.toInstant().minus(SKEW).isAfter(now)) {
            throw refused(LaunchRefusal.ISSUED_IN_FUTURE);
        }
        return exp.toInstant();
    }

    private static VerifiedLaunch launch(JWTClaimsSet claims, LoginState login) {
        LtiPlatform platform = login.getPlatform();
        String deployment = text(claims, LTI + "deployment_id").orElse("");
        if (!platform.launchesFrom(deployment)) {
            throw refused(LaunchRefusal.UNKNOWN_DEPLOYMENT);
        }
        String type = text(claims, LTI + "message_type").orElse("");
        if (!type.equals(RESOURCE_LINK_REQUEST) && !type.equals(DEEP_LINKING_REQUEST)) {
            throw refused(LaunchRefusal.BAD_MESSAGE_TYPE);
        }
        if (!"1.3.0".equals(text(claims, LTI + "version").orElse(null))) {
            throw refused(LaunchRefusal.BAD_VERSION);
        }
        Optional<String> target = text(claims, LTI + "target_link_uri");
        if (target.isEmpty() || !target.get().equals(login.getTargetLinkUri())) {
            throw refused(LaunchRefusal.TARGET_MISMATCH);
        }
        String sub = Optional.ofNullable(claims.getSubject()).filter(s -> !s.isBlank() && s.length() <= 255)
                .orElseThrow(() -> refused(LaunchRefusal.MALFORMED));
        Map<String, Object> context = object(claims, LTI + "context");
        Map<String, Object> ags = object(claims, AGS);
        List<String> roles = strings(claims, LTI + "roles");
        return new VerifiedLaunch(platform, deployment, type,
                new LtiPerson(sub, name(claims), text(claims, "email"), LtiRoles.courseRole(roles),
                        Optional.of(LtiRoles.platformAdmin(roles))),
                string(context, "id").map(id -> new VerifiedLaunch.Context(id, string(context, "title"))),
                custom(object(claims, LTI + "custom")), string(object(claims, LTI + "launch_presentation"), "locale"),
                string(object(claims, NRPS), "context_memberships_url"), string(ags, "lineitems"),
                ags.get("scope") instanceof List<?> scopes ? scopes.stream().filter(String.class::isInstance)
                        .map(String.class::cast).collect(Collectors.toSet()) : Set.of(),
                deepLinking(object(claims, DEEP_LINKING), type));
    }

    private static Optional<VerifiedLaunch.DeepLinking> deepLinking(Map<String, Object> settings, String type) {
        if (!type.equals(DEEP_LINKING_REQUEST)) {
            return Optional.empty();
        }
        URI returnUrl = string(settings, "deep_link_return_url").map(IdTokenValidator::web)
                .orElseThrow(() -> refused(LaunchRefusal.MALFORMED));
        return Optional.of(new VerifiedLaunch.DeepLinking(returnUrl, string(settings, "data"),
                Boolean.TRUE.equals(settings.get("accept_multiple"))));
    }

    private static URI web(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw refused(LaunchRefusal.MALFORMED);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw refused(LaunchRefusal.MALFORMED);
        }
    }

    private static Optional<String> name(JWTClaimsSet claims) {
        return text(claims, "name").or(() -> {
            String full = (text(claims, "given_name").orElse("") + " " + text(claims, "family_name").orElse(""))
                    .strip();
            return full.isEmpty() ? Optional.empty() : Optional.of(full);
        });
    }

    private static Map<String, String> custom(Map<String, Object> custom) {
        Map<String, String> values = new LinkedHashMap<>();
        custom.forEach((name, value) -> {
            if (value instanceof String text) {
                values.put(name, text);
            }
        });
        return values;
    }

    private static Optional<String> text(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    private static List<String> strings(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof List<?> values ? values.stream().filter(String.class::isInstance)
                .map(String.class::cast).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof Map<?, ?> value ? (Map<String, Object>) value : Map.of();
    }

    private static Optional<String> string(Map<String, Object> object, String name) {
        return object.get(name) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }

    private static LaunchRefusedException refused(LaunchRefusal refusal) {
        return new LaunchRefusedException(refusal);
    }
}
