package org.bbbrooms.lti.registration;

import static org.bbbrooms.lti.registration.RegistrationRefusal.BAD_CONFIGURATION;
import static org.bbbrooms.lti.registration.RegistrationRefusal.ISSUER_MISMATCH;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * What a platform's OpenID configuration (LTI Dynamic Registration 1.0 §3.4) tells the tool: its issuer, the
 * endpoints of the OIDC login, tokens, keys and registration, and the product it is (Moodle, Brightspace...).
 * {@link #read} checks it as §3.5.1 asks: the issuer must be the scheme, host and port of the URL the
 * configuration was read from, and a prefix of that URL's path.
 * <p>Use: {@code PlatformConfiguration platform = PlatformConfiguration.read(json, configurationUrl);}
 */
public record PlatformConfiguration(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
        URI registrationEndpoint, Optional<String> product) {

    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    /** The configuration in this JSON, read from {@code source}; refused when it is incomplete or not the issuer's. */
    public static PlatformConfiguration read(Map<String, Object> json, URI source) {
        String issuer = text(json, "issuer").orElseThrow(() -> missing("issuer"));
        if (!issues(issuer, source)) {
            throw new RegistrationRefusedException(ISSUER_MISMATCH, "the issuer " + issuer
                    + " is not the origin and a path prefix of " + source);
        }
        Optional<String> product = Optional.ofNullable(json.get(PLATFORM_CONFIGURATION))
                .filter(Map.class::isInstance).map(Map.class::cast)
                .flatMap(platform -> Optional.ofNullable(platform.get("product_family_code"))
                        .map(code -> code + Optional.ofNullable(platform.get("version")).map(v -> " " + v).orElse("")));
        return new PlatformConfiguration(issuer, url(json, "authorization_endpoint"), url(json, "token_endpoint"),
                url(json, "jwks_uri"), url(json, "registration_endpoint"), product);
    }

    /** Whether the configuration URL lies under the issuer: same origin, and the issuer's path a prefix of its. */
    static boolean issues(String issuer, URI source) {
        URI claimed;
        try {
            claimed = new URI(issuer);
        } catch (URISyntaxException e) {
            return false;
        }
        if (claimed.getHost() == null || claimed.getRawQuery() != null || claimed.getRawFragment() != null
                || !claimed.getScheme().equalsIgnoreCase(source.getScheme())
                || !claimed.getHost().equalsIgnoreCase(source.getHost()) || port(claimed) != port(source)) {
            return false;
        }
        String prefix = Optional.ofNullable(claimed.getRawPath()).orElse("").replaceAll("/+$", "");
        String path = Optional.ofNullable(source.getRawPath()).orElse("");
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI url(Map<String, Object> json, String name) {
        try {
            URI uri = new URI(text(json, name).orElseThrow(() -> missing(name)));
            if (uri.getHost() == null || !uri.getScheme().matches("(?i)https?")) {
                throw new RegistrationRefusedException(BAD_CONFIGURATION, name + " is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RegistrationRefusedException(BAD_CONFIGURATION, name + " is not a URL");
        }
    }

    private static Optional<String> text(Map<String, Object> json, String name) {
        return Optional.ofNullable(json.get(name)).filter(String.class::isInstance).map(String.class::cast)
                .filter(value -> !value.isBlank() && value.length() <= 2000);
    }

    private static RegistrationRefusedException missing(String name) {
        return new RegistrationRefusedException(BAD_CONFIGURATION, "the configuration has no " + name);
    }
}
