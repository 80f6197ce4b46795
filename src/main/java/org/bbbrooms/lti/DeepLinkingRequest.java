package org.bbbrooms.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A verified deep-linking launch, carried from the launch to the teacher's choice of a room as a token that the
 * tool signs with its own key ({@link ToolKeys}), so that the choice may be posted to any node, with no session
 * state: which platform and deployment asked, for which course and teacher, where to send the answer, the
 * platform's opaque {@code data} to echo, and whether several items may be returned.
 * <p>Use: {@code String token = request.seal(toolKeys, now);} then
 * {@code DeepLinkingRequest.open(toolKeys, token).filter(r -> r.userId() == actor.userId())}.
 */
public record DeepLinkingRequest(long platformId, String deploymentId, long courseId, long userId, URI returnUrl,
        Optional<String> data, boolean acceptMultiple) {

    /** How long a teacher may take to choose. */
    public static final Duration VALID = Duration.ofHours(1);
    private static final String TYPE = "bbb-rooms/deep-linking";

    public String seal(ToolKeys keys, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(Long.toString(userId)).audience(TYPE)
                .claim("platform", platformId).claim("deployment", deploymentId).claim("course", courseId)
                .claim("return", returnUrl.toString()).claim("multiple", acceptMultiple)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(VALID)));
        data.ifPresent(value -> claims.claim("data", value));
        return keys.sign(claims.build());
    }

    /** The request a token holds, when we signed it, it is unexpired and it is a deep-linking token. */
    public static Optional<DeepLinkingRequest> open(ToolKeys keys, String token) {
        return keys.verify(token).filter(claims -> claims.getAudience().contains(TYPE)).flatMap(claims -> {
            try {
                return Optional.of(new DeepLinkingRequest(claims.getLongClaim("platform"),
                        claims.getStringClaim("deployment"), claims.getLongClaim("course"),
                        Long.parseLong(claims.getSubject()), URI.create(claims.getStringClaim("return")),
                        Optional.ofNullable(claims.getStringClaim("data")), claims.getBooleanClaim("multiple")));
            } catch (ParseException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
