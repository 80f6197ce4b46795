package org.bbbrooms.testing.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The emulator driven over HTTP as a tool drives a platform, the test playing the tool ({@link MiniTool}): so that
 * the tool's own tests can trust the platform they run against.
 */
class LtiPlatformEmulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LtiPlatformEmulator emu;
    private static MiniTool tool;

    @BeforeAll
    static void start() throws Exception {
        emu = LtiPlatformEmulator.start();
        tool = new MiniTool(emu);
        tool.registerManually();
    }

    @AfterAll
    static void stop() {
        tool.close();
        emu.stop();
    }

    /** A course with a teacher, two students and a link of the mini tool, all with ids of their own. */
    private static String course() {
        String id = "c-" + UUID.randomUUID();
        emu.context(id, "Mathematics 101", "MATH101");
        emu.user("t-" + id, "Terry", "Teacher");
        emu.user("s1-" + id, "Sam", "One");
        emu.user("s2-" + id, "Sue", "Two");
        emu.enroll(id, "t-" + id, LisRoles.INSTRUCTOR);
        emu.enroll(id, "s1-" + id, LisRoles.LEARNER);
        emu.enroll(id, "s2-" + id, LisRoles.LEARNER);
        emu.link(new ResourceLink(id, "room", "Conference room", tool.clientId, null, Map.of("room", "main")));
        return id;
    }

    @Test
    void dynamicRegistration() throws Exception {
        Map<String, String> start = Call.decode(URI.create(emu.registrationUrl("http://127.0.0.1:9/register"))
                .getRawQuery());
        Map<String, Object> config = Json.read(get(start.get("openid_configuration"), null, null).body());
        assertEquals(emu.issuer(), config.get("issuer"));
        assertEquals(List.of("private_key_jwt"), config.get("token_endpoint_auth_methods_supported"));
        String endpoint = (String) config.get("registration_endpoint");

        String token = start.get("registration_token");
        HttpResponse<String> wrong = post(endpoint, "application/json",
                registration().replace("\"web\"", "\"native\""), token);
        assertEquals(400, wrong.statusCode());
        assertEquals("invalid_client_metadata", Json.read(wrong.body()).get("error"));

        HttpResponse<String> registered = post(endpoint, "application/json", registration(), token);
        assertEquals(201, registered.statusCode(), registered.body());
        Map<String, Object> answer = Json.read(registered.body());
        ToolRegistration saved = emu.tool((String) answer.get("client_id"));
        assertEquals(saved.deploymentId(),
                Json.object(answer, DynamicRegistration.TOOL_CONFIGURATION).get("deployment_id"));
        assertEquals(LtiClaims.SCOPE_NRPS, answer.get("scope"));
        assertEquals("http://127.0.0.1:9/dl", saved.deepLinkUri());
        assertEquals(401, post(endpoint, "application/json", registration(), token).statusCode(), "single use");
    }

    private static String registration() {
        return Json.write(Map.of("application_type", "web", "response_types", List.of("id_token"),
                "grant_types", List.of("implicit", "client_credentials"),
                "initiate_login_uri", "http://127.0.0.1:9/login", "redirect_uris", List.of("http://127.0.0.1:9/launch"),
                "client_name", "Rooms", "jwks_uri", "http://127.0.0.1:9/jwks",
                "token_endpoint_auth_method", "private_key_jwt", "scope", LtiClaims.SCOPE_NRPS + " made-up",
                DynamicRegistration.TOOL_CONFIGURATION, Map.of("domain", "127.0.0.1",
                        "target_link_uri", "http://127.0.0.1:9/launch", "claims", List.of("iss", "sub", "name"),
                        "messages", List.of(Map.of("type", "LtiDeepLinkingRequest",
                                "target_link_uri", "http://127.0.0.1:9/dl")))));
    }

    @Test
    void authenticationRequestGetsAVerifiedIdToken() throws Exception {
        String c = course();
        Launch launch = emu.launch("s1-" + c, c, "room");
        HttpResponse<String> auth = get(emu.authorizationEndpoint() + "?" + Call.encode(authRequest(launch)), null,
                null);
        FormPost answer = FormPost.of(auth.body(), emu.authorizationEndpoint());
        assertEquals(tool.url("/launch"), answer.action());
        assertEquals("st-1", answer.field("state"));

        SignedJWT jwt = SignedJWT.parse(answer.field("id_token"));
        JWKSet keys = JWKSet.parse(get(emu.jwksUrl(), null, null).body());
        assertTrue(jwt.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID()))));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(emu.issuer(), claims.getIssuer());
        assertEquals(List.of(tool.clientId), claims.getAudience());
        assertEquals("n-1", claims.getClaim("nonce"));
        assertEquals("Sam One", claims.getClaim("name"));
        assertEquals(LtiClaims.RESOURCE_LINK_REQUEST, claims.getClaim(LtiClaims.MESSAGE_TYPE));
        assertEquals(emu.tool(tool.clientId).deploymentId(), claims.getClaim(LtiClaims.DEPLOYMENT_ID));
        assertEquals(List.of(LisRoles.LEARNER), claims.getClaim(LtiClaims.ROLES));
        assertEquals("room", claims.getJSONObjectClaim(LtiClaims.RESOURCE_LINK).get("id"));
        assertEquals(Map.of("room", "main"), claims.getClaim(LtiClaims.CUSTOM));
        assertEquals(emu.url("/nrps/" + c), claims.getJSONObjectClaim(LtiClaims.NRPS).get("context_memberships_url"));
        assertNotNull(claims.getJSONObjectClaim(LtiClaims.AGS).get("lineitems"));

        Map<String, String> badRedirect = authRequest(launch);
        badRedirect.put("redirect_uri", "http://127.0.0.1:9/evil");
        assertEquals(400, get(emu.authorizationEndpoint() + "?" + Call.encode(badRedirect), null, null).statusCode());
        Map<String, String> noPrompt = authRequest(launch);
        noPrompt.remove("prompt");
        FormPost error = FormPost.of(get(emu.authorizationEndpoint() + "?" + Call.encode(noPrompt), null, null)
                .body(), emu.authorizationEndpoint());
        assertEquals("invalid_request", error.field("error"));
        assertNull(error.field("id_token"));
    }

    private static Map<String, String> authRequest(Launch launch) {
        Map<String, String> login = launch.loginParameters();
        Map<String, String> request = new LinkedHashMap<>(Map.of("scope", "openid", "response_type", "id_token",
                "response_mode", "form_post", "prompt", "none", "client_id", tool.clientId,
                "redirect_uri", tool.url("/launch"), "login_hint", login.get("login_hint"),
                "lti_message_hint", login.get("lti_message_hint"), "state", "st-1", "nonce", "n-1"));
        return request;
    }

    @Test
    void programmaticFlowLaunchesAndTamperedTokensAreRefused() {
        String c = course();
        LaunchFlow flow = emu.flow();
        FormPost answer = flow.authorize(emu.launch("t-" + c, c, "room").loginByPost());
        ToolResponse launched = flow.post(answer);
        assertEquals(200, launched.status());
        assertEquals("Hello t-" + c, launched.body());
        assertEquals(401, flow.post(answer).status(), "a replayed id_token");
        assertEquals(401, flow.launch(emu.launch("t-" + c, c, "room").signedWith(SigningKey.UNPUBLISHED)).status());
        assertEquals(401, flow.launch(emu.launch("t-" + c, c, "room").signedWith(SigningKey.NONE)).status());
        assertEquals(401, flow.launch(emu.launch("t-" + c, c, "room").expired()).status());
    }

    @Test
    void tokenEndpointTakesAClientAssertionOnce() throws Exception {
        int before = emu.tokensIssued();
        String assertion = assertion();
        HttpResponse<String> granted = token(assertion, LtiClaims.SCOPE_NRPS);
        assertEquals(200, granted.statusCode(), granted.body());
        Map<String, Object> answer = Json.read(granted.body());
        assertEquals("Bearer", answer.get("token_type"));
        assertEquals(3600L, ((Number) answer.get("expires_in")).longValue());
        assertEquals(before + 1, emu.tokensIssued());

        HttpResponse<String> replayed = token(assertion, LtiClaims.SCOPE_NRPS);
        assertEquals(401, replayed.statusCode());
        assertEquals("invalid_client", Json.read(replayed.body()).get("error"));
        HttpResponse<String> unknownScope = token(assertion(), "https://example.com/scope/everything");
        assertEquals(400, unknownScope.statusCode());
        assertEquals("invalid_scope", Json.read(unknownScope.body()).get("error"));
    }

    private static String assertion() throws Exception {
        long now = Instant.now().getEpochSecond();
        return tool.sign(Map.of("iss", tool.clientId, "sub", tool.clientId, "aud", emu.tokenEndpoint(),
                "iat", now, "exp", now + 300, "jti", UUID.randomUUID().toString()));
    }

    private static HttpResponse<String> token(String assertion, String scope) throws Exception {
        return post(emu.tokenEndpoint(), "application/x-www-form-urlencoded", Call.encode(Map.of(
                "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion, "scope", scope)), null);
    }

    private static String accessToken(String scopes) throws Exception {
        return (String) Json.read(token(assertion(), scopes).body()).get("access_token");
    }

    @Test
    void namesAndRolesPagesTheRoster() throws Exception {
        String c = course();
        String token = accessToken(LtiClaims.SCOPE_NRPS);
        HttpResponse<String> first = get(emu.url("/nrps/" + c + "?limit=2"), token, NamesAndRoles.MEDIA_TYPE);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(2, Json.array(Json.read(first.body()), "members").size());
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.endsWith("; rel=\"next\""), link);
        HttpResponse<String> next = get(link.substring(1, link.indexOf('>')), token, NamesAndRoles.MEDIA_TYPE);
        assertEquals(1, Json.array(Json.read(next.body()), "members").size());
        assertTrue(next.headers().firstValue("Link").isEmpty());

        HttpResponse<String> learners = get(emu.url("/nrps/" + c + "?role=Learner"), token, null);
        assertEquals(2, Json.array(Json.read(learners.body()), "members").size());
        assertEquals(401, get(emu.url("/nrps/" + c), null, null).statusCode());

        emu.faults(Endpoint.NRPS).unavailableFor(1);
        int calls = emu.requests(Endpoint.NRPS);
        assertEquals(503, get(emu.url("/nrps/" + c), token, null).statusCode());
        assertEquals(200, get(emu.url("/nrps/" + c), token, null).statusCode());
        assertEquals(calls + 2, emu.requests(Endpoint.NRPS));
    }

    @Test
    void gradeServicesTakeLineItemsAndScoresInOrder() throws Exception {
        String c = course();
        String token = accessToken(String.join(" ", LtiClaims.AGS_SCOPES));
        String lineItems = emu.url("/ags/" + c + "/lineitems");
        HttpResponse<String> created = post(lineItems, GradeServices.LINE_ITEM,
                Json.write(Map.of("label", "Attendance", "scoreMaximum", 100, "resourceLinkId", "room", "tag", "att")),
                token);
        assertEquals(201, created.statusCode(), created.body());
        String id = (String) Json.read(created.body()).get("id");
        assertEquals(400, post(lineItems, GradeServices.LINE_ITEM, Json.write(Map.of("scoreMaximum", 0)), token)
                .statusCode());
        assertTrue(get(lineItems + "?tag=att", token, GradeServices.CONTAINER).body().contains(id));

        String user = "s1-" + c;
        assertEquals(204, score(id, user, "2024-05-01T10:00:00.000Z", token).statusCode());
        HttpResponse<String> older = score(id, user, "2024-05-01T09:00:00+00:00", token);
        assertEquals(400, older.statusCode());
        assertEquals(1, emu.scores(id, user).size());
        assertEquals(80.0, emu.scores(id, user).get(0).scoreGiven());
        assertTrue(get(id + "/results", token, GradeServices.RESULTS).body().contains("\"resultScore\":80"));
        assertEquals(403, score(id, user, "2024-05-02T10:00:00Z", accessToken(LtiClaims.SCOPE_NRPS)).statusCode());

        HttpResponse<String> renamed = HTTP.send(HttpRequest.newBuilder(URI.create(id))
                .header("Authorization", "Bearer " + token).header("Content-Type", GradeServices.LINE_ITEM)
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("label", "Presence", "scoreMaximum", 50))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("Presence", emu.lineItems(c).get(0).label());
        assertEquals(204, HTTP.send(HttpRequest.newBuilder(URI.create(id)).header("Authorization", "Bearer " + token)
                .DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, get(id, token, GradeServices.LINE_ITEM).statusCode());
    }

    private static HttpResponse<String> score(String lineItem, String user, String timestamp, String token)
            throws Exception {
        return post(lineItem + "/scores", GradeServices.SCORE, Json.write(Map.of("userId", user, "scoreGiven", 80,
                "scoreMaximum", 100, "activityProgress", "Completed", "gradingProgress", "FullyGraded",
                "timestamp", timestamp)), token);
    }

    @Test
    void deepLinkingResponsePlacesALinkAndATamperedOneIsRefused() throws Exception {
        String c = course();
        Launch request = emu.deepLinking("t-" + c, c, tool.clientId);
        Map<String, Object> settings = JWTClaimsSet.parse(request.claims("n")).getJSONObjectClaim(
                LtiClaims.DEEP_LINKING_SETTINGS);
        assertEquals(tool.url("/deep-link"), request.targetLinkUri());
        Map<String, Object> response = new LinkedHashMap<>(Map.of("iss", tool.clientId, "aud", emu.issuer(),
                "iat", Instant.now().getEpochSecond(), "exp", Instant.now().getEpochSecond() + 300,
                "nonce", UUID.randomUUID().toString(),
                LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE, LtiClaims.VERSION, "1.3.0",
                LtiClaims.DEPLOYMENT_ID, emu.tool(tool.clientId).deploymentId(),
                LtiClaims.DEEP_LINKING_DATA, settings.get("data")));
        response.put(LtiClaims.CONTENT_ITEMS, List.of(Map.of("type", "ltiResourceLink", "title", "Weekly room",
                "custom", Map.of("room", "weekly"), "lineItem", Map.of("scoreMaximum", 10, "tag", "att"))));
        String returnUrl = (String) settings.get("deep_link_return_url");

        Map<String, Object> tampered = new LinkedHashMap<>(response);
        tampered.put(LtiClaims.DEPLOYMENT_ID, "someone-else");
        HttpResponse<String> refused = post(returnUrl, "application/x-www-form-urlencoded",
                Call.encode(Map.of("JWT", tool.sign(tampered))), null);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("deployment_id"), refused.body());

        HttpResponse<String> placed = post(returnUrl, "application/x-www-form-urlencoded",
                Call.encode(Map.of("JWT", tool.sign(response))), null);
        assertEquals(200, placed.statusCode(), placed.body());
        assertTrue(placed.body().contains("<p id=\"placed\">Placed: Weekly room</p>"), placed.body());
        ResourceLink link = emu.links(c).get(1);
        assertEquals(Map.of("room", "weekly"), link.custom());
        LineItem item = emu.lineItems(c).get(0);
        assertEquals(link.id(), item.resourceLinkId());
        assertEquals(10.0, item.scoreMaximum());
        Object ags = emu.launch("s1-" + c, c, link.id()).claims("n").get(LtiClaims.AGS);
        assertEquals(item.id(), ((Map<?, ?>) ags).get("lineitem"), "a launch of the placed link names its line item");
    }

    private static HttpResponse<String> get(String url, String token, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String contentType, String body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
