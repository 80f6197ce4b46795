package org.bbbrooms.testing.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The least LTI tool that the emulator's own test needs: an RSA key published at {@code /jwks}, a login endpoint
 * that redirects to the platform's authorization endpoint with a state cookie, and a launch endpoint that checks
 * the state and the id_token (signature against the platform's JWKS, aud, nonce) and answers "Hello <sub>" or 401.
 */
final class MiniTool implements AutoCloseable {

    private final HttpServer http;
    private final RSAKey key;
    private final LtiPlatformEmulator platform;
    /** Nonces by state, each spent by the launch that uses it. */
    private final Map<String, String> pending = new ConcurrentHashMap<>();
    String clientId;

    MiniTool(LtiPlatformEmulator platform) throws IOException, JOSEException {
        this.platform = platform;
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/jwks", exchange -> {
            try (exchange) {
                answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
            }
        });
        http.createContext("/login", exchange -> {
            try (exchange) {
                Map<String, String> login = Call.decode(exchange.getRequestURI().getRawQuery());
                login.putAll(Call.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                String state = UUID.randomUUID().toString();
                String nonce = UUID.randomUUID().toString();
                pending.put(state, nonce);
                Map<String, String> auth = new LinkedHashMap<>();
                auth.put("scope", "openid");
                auth.put("response_type", "id_token");
                auth.put("response_mode", "form_post");
                auth.put("prompt", "none");
                auth.put("client_id", login.get("client_id"));
                auth.put("redirect_uri", url("/launch"));
                auth.put("login_hint", login.get("login_hint"));
                auth.put("lti_message_hint", login.get("lti_message_hint"));
                auth.put("state", state);
                auth.put("nonce", nonce);
                exchange.getResponseHeaders().add("Set-Cookie", "lti_state=" + state + "; Path=/; HttpOnly; Secure");
                exchange.getResponseHeaders().set("Location",
                        platform.authorizationEndpoint() + "?" + Call.encode(auth));
                exchange.sendResponseHeaders(302, -1);
            }
        });
        http.createContext("/launch", exchange -> {
            try (exchange) {
                Map<String, String> form = Call.decode(
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String cookie = exchange.getRequestHeaders().getFirst("Cookie");
                String state = form.get("state");
                String nonce = state == null ? null : pending.remove(state);
                String sub = nonce != null && cookie != null && cookie.contains("lti_state=" + state)
                        ? verify(form.get("id_token"), nonce) : null;
                answer(exchange, sub == null ? 401 : 200, sub == null ? "Refused" : "Hello " + sub);
            }
        });
        http.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    /** The tool's registration with the platform, by hand. */
    ToolRegistration registerManually() {
        ToolRegistration tool = platform.registerTool(null, url("/login"), List.of(url("/launch")),
                url("/jwks"), url("/deep-link"));
        clientId = tool.clientId();
        return tool;
    }

    /** The sub of a valid id_token for this nonce, else null. */
    private String verify(String idToken, String nonce) {
        try {
            SignedJWT jwt = SignedJWT.parse(idToken);
            JWKSet platformKeys = JWKSet.load(URI.create(platform.jwksUrl()).toURL());
            RSAKey platformKey = (RSAKey) platformKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean valid = JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) && platformKey != null
                    && jwt.verify(new RSASSAVerifier(platformKey)) && claims.getAudience().contains(clientId)
                    && nonce.equals(claims.getClaim("nonce")) && claims.getExpirationTime().after(new Date());
            return valid ? claims.getSubject() : null;
        } catch (ParseException | JOSEException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** A JWT with these claims signed by the tool's key, as client assertions and deep-linking responses are. */
    String sign(Map<String, Object> claims) throws ParseException, JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), JWTClaimsSet.parse(claims));
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static void answer(HttpExchange exchange, int status, String text)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
