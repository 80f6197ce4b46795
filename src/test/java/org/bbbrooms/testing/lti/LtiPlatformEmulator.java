package org.bbbrooms.testing.lti;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fake LMS that speaks LTI 1.3 Advantage as the 1EdTech specifications describe it (LTI Core 1.3, Deep Linking
 * 2.0, NRPS 2.0, AGS 2.0, Dynamic Registration 1.0, Security Framework 1.0), so that tests can play Moodle or Canvas
 * against our tool: it registers the tool, launches it from course pages (in Chromium or without a browser), takes
 * deep-linking responses, issues access tokens and serves rosters and gradebooks. It is written from the
 * specifications, not from our tool, and runs in the test JVM on the JDK's HTTP server at
 * {@code http://127.0.0.1:<free port>}, which the tool's server and the browser both reach.
 * <pre>{@code
 * try (LtiPlatformEmulator emu = LtiPlatformEmulator.start()) {
 *     // register the tool: by hand ...
 *     emu.registerTool(null, tool + "/lti/login", List.of(tool + "/lti/launch"), tool + "/lti/jwks", tool + "/lti/dl");
 *     // ... or dynamically, in a browser: open the admin page and wait for #status "Registration closed"
 *     browser.get(emu.registrationPageUrl(tool + "/lti/register"));
 *
 *     emu.context("c1", "Mathematics 101", "MATH101");
 *     emu.user("t1", "Terry", "Teacher");
 *     emu.enroll("c1", "t1", LisRoles.INSTRUCTOR);
 *     emu.link("c1", "room", "Conference room", Map.of());
 *     browser.get(emu.coursePageUrl("c1", "room", "t1"));                    // the tool opens in iframe#tool
 *     ToolResponse r = emu.flow().launch(emu.launch("t1", "c1", "room"));    // the same, without a browser
 *
 *     emu.lineItems("c1"); emu.scores(lineItemId, "s1"); emu.tokensIssued();
 *     emu.faults(Endpoint.NRPS).unavailableFor(2);
 * }
 * }</pre>
 * Time comes from the clock it is started with, so that a test that moves the tool's clock can move the
 * platform's along.
 */
public final class LtiPlatformEmulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LtiPlatformEmulator.class.getName());

    final Clock clock;
    final PlatformKeys keys = new PlatformKeys();
    final Roster roster = new Roster();
    final Registrations registrations = new Registrations();
    final ToolKeys toolKeys = new ToolKeys();
    final AccessTokens tokens;
    final Gradebook gradebook;
    final String platformGuid = Registrations.random();
    /** Launches by their lti_message_hint. */
    final Map<String, Launch> launches = new ConcurrentHashMap<>();
    /** Pending deep-linking launches by the data their settings carry. */
    final Map<String, Launch> deepLinks = new ConcurrentHashMap<>();
    private final Map<Endpoint, Faults> faults = new EnumMap<>(Endpoint.class);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer http;
    private final String issuer;

    private interface Handler {
        void handle(Call call) throws IOException;
    }

    private LtiPlatformEmulator(Clock clock) throws IOException {
        this.clock = clock;
        this.tokens = new AccessTokens(clock);
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.issuer = "http://127.0.0.1:" + http.getAddress().getPort();
        this.gradebook = new Gradebook(issuer);
        for (Endpoint endpoint : Endpoint.values()) {
            faults.put(endpoint, new Faults());
        }
        Pages pages = new Pages(this);
        route("/.well-known/openid-configuration", Endpoint.OPENID_CONFIGURATION, null,
                call -> call.json(200, "application/json", OpenIdConfiguration.of(this)));
        route("/jwks", Endpoint.JWKS, null, call -> call.json(200, "application/json", keys.jwks()));
        route("/register", Endpoint.REGISTRATION, "invalid_client_metadata", new DynamicRegistration(this)::handle);
        route("/auth", Endpoint.AUTHORIZATION, null, new AuthorizationEndpoint(this)::handle);
        route("/token", Endpoint.TOKEN, "invalid_request", new TokenEndpoint(this)::handle);
        route("/nrps/", Endpoint.NRPS, null, new NamesAndRoles(this)::handle);
        route("/ags/", Endpoint.AGS, null, new GradeServices(this)::handle);
        route("/deep-link-return", Endpoint.DEEP_LINK_RETURN, null, new DeepLinkReturn(this)::handle);
        route("/course/", Endpoint.PAGES, null, pages::course);
        route("/launch/", Endpoint.PAGES, null, pages::launch);
        route("/admin/register", Endpoint.PAGES, null, pages::register);
        http.setExecutor(threads);
        http.start();
    }

    /** Starts an emulator on a free loopback port, on the system clock. */
    public static LtiPlatformEmulator start() {
        return start(Clock.systemUTC());
    }

    /** Starts an emulator that reads time (token lifetimes, expiry checks) from this clock. */
    public static LtiPlatformEmulator start(Clock clock) {
        try {
            return new LtiPlatformEmulator(clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        http.stop(0);
        threads.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    // ---- addresses: what an admin types into a tool's manual registration form

    /** The platform's issuer, e.g. {@code http://127.0.0.1:40123}: the root of all its URLs. */
    public String issuer() {
        return issuer;
    }

    /** An absolute URL on the emulator, e.g. {@code url("/jwks")}. */
    public String url(String path) {
        return issuer + path;
    }

    public String authorizationEndpoint() {
        return url("/auth");
    }

    public String tokenEndpoint() {
        return url("/token");
    }

    public String jwksUrl() {
        return url("/jwks");
    }

    public String openIdConfigurationUrl() {
        return url("/.well-known/openid-configuration");
    }

    /** The client id of the tool registered last. */
    public String clientId() {
        return tool().clientId();
    }

    /** The deployment id of the tool registered last. */
    public String deploymentId() {
        return tool().deploymentId();
    }

    /** Rotates the platform's signing key: new id_tokens carry a new kid, and /jwks lists the new and the old key. */
    public void rotateKeys() {
        keys.rotate();
    }

    // ---- registration

    /**
     * The registration initiation URL of Dynamic Registration §3.3 for the tool's registration URL, with a new
     * one-time registration token: {@code toolUrl?openid_configuration=...&registration_token=...}.
     */
    public String registrationUrl(String toolRegistrationUrl) {
        return toolRegistrationUrl + (toolRegistrationUrl.contains("?") ? "&" : "?") + "openid_configuration="
                + URLEncoder.encode(openIdConfigurationUrl(), StandardCharsets.UTF_8) + "&registration_token="
                + URLEncoder.encode(registrations.newRegistrationToken(), StandardCharsets.UTF_8);
    }

    /** The admin page that frames the tool's registration and shows "Registration closed" in {@code #status}. */
    public String registrationPageUrl(String toolRegistrationUrl) {
        return url("/admin/register?tool=" + URLEncoder.encode(toolRegistrationUrl, StandardCharsets.UTF_8));
    }

    /**
     * Registers a tool by hand, as an admin fills an LMS's form, granting it every LTI Advantage scope. Its
     * target_link_uri is the first redirect URI.
     *
     * @param clientId null to have the platform pick one
     * @param deepLinkUrl where deep-linking launches go; null for the target_link_uri
     */
    public ToolRegistration registerTool(String clientId, String loginUrl, List<String> redirectUris, String jwksUrl,
            String deepLinkUrl) {
        String target = redirectUris.get(0);
        return registerTool(new ToolRegistration(clientId != null ? clientId : Registrations.random(),
                Registrations.random(), "Manually registered tool", loginUrl, redirectUris, jwksUrl, target,
                deepLinkUrl != null ? deepLinkUrl : target, Set.copyOf(LtiClaims.ADVANTAGE_SCOPES), Set.of(),
                Map.of()));
    }

    /** Registers a tool exactly as given (scopes, identity claims, custom parameters and all). */
    public ToolRegistration registerTool(ToolRegistration tool) {
        return registrations.add(tool);
    }

    /** The tool registered last (by hand or dynamically). */
    public ToolRegistration tool() {
        return registrations.latest();
    }

    /** The tool of this client id, or null. */
    public ToolRegistration tool(String clientId) {
        return registrations.tool(clientId);
    }

    public List<ToolRegistration> tools() {
        return registrations.all();
    }

    // ---- the LMS's data

    public LtiContext context(String id, String title, String label) {
        LtiContext context = new LtiContext(id, title, label);
        roster.add(context);
        return context;
    }

    /** A user named "given family", e-mail {@code <sub>@example.edu}, locale en. */
    public LtiUser user(String sub, String givenName, String familyName, String... institutionRoles) {
        return user(LtiUser.of(sub, givenName, familyName, institutionRoles));
    }

    public LtiUser user(LtiUser user) {
        roster.add(user);
        return user;
    }

    /** Enrols a user in a context with these context roles (replacing any they had there). */
    public void enroll(String contextId, String sub, String... roles) {
        roster.enrol(contextId, sub, List.of(roles));
    }

    /** Takes a user out of a context, as a teacher removes a student from a course. */
    public void unenroll(String contextId, String sub) {
        roster.unenrol(contextId, sub);
    }

    /** The AGS line items container of a context, as launches announce it. */
    public String lineItemsUrl(String contextId) {
        return gradebook.containerUrl(contextId);
    }

    /** Places the last registered tool in a context, launched at its default target_link_uri. */
    public ResourceLink link(String contextId, String linkId, String title, Map<String, String> custom) {
        return link(new ResourceLink(contextId, linkId, title, tool().clientId(), null, custom));
    }

    public ResourceLink link(ResourceLink link) {
        roster.add(link);
        return link;
    }

    /** The resource links of a context, deep-linked ones included, in the order they were placed. */
    public List<ResourceLink> links(String contextId) {
        return List.copyOf(roster.links(contextId).values());
    }

    // ---- launches

    /** A resource link launch (LtiResourceLinkRequest) of this user, to tune with its knobs. */
    public Launch launch(String userSub, String contextId, String linkId) {
        ResourceLink link = roster.link(contextId, linkId);
        ToolRegistration tool = registrations.tool(link.clientId());
        if (tool == null) {
            throw new IllegalArgumentException("The tool " + link.clientId() + " of link " + linkId + " is gone");
        }
        return pending(new Launch(this, tool, roster.user(userSub), roster.context(contextId), link));
    }

    /** A deep-linking launch (LtiDeepLinkingRequest) of the last registered tool. */
    public Launch deepLinking(String userSub, String contextId) {
        return deepLinking(userSub, contextId, tool().clientId());
    }

    public Launch deepLinking(String userSub, String contextId, String clientId) {
        ToolRegistration tool = registrations.tool(clientId);
        if (tool == null) {
            throw new IllegalArgumentException("No tool has the client id " + clientId);
        }
        Launch launch = pending(new Launch(this, tool, roster.user(userSub), roster.context(contextId), null));
        deepLinks.put(launch.deepLinkingData, launch);
        return launch;
    }

    private Launch pending(Launch launch) {
        launches.put(launch.messageHint, launch);
        return launch;
    }

    /** The course page that launches a link for a user in {@code <iframe id="tool">}. */
    public String coursePageUrl(String contextId, String linkId, String userSub) {
        return url("/course/" + contextId + "/link/" + linkId + "?user="
                + URLEncoder.encode(userSub, StandardCharsets.UTF_8));
    }

    /** The page where a user adds the last registered tool to a course by deep linking, in {@code iframe#tool}. */
    public String addToolPageUrl(String contextId, String userSub) {
        return url("/course/" + contextId + "/add-tool?user=" + URLEncoder.encode(userSub, StandardCharsets.UTF_8));
    }

    /** A new browserless launcher, with a cookie jar of its own. */
    public LaunchFlow flow() {
        return new LaunchFlow(this);
    }

    // ---- gradebook

    /** A line item bound to a link (null: to none), as if a teacher had made the column. */
    public LineItem lineItem(String contextId, String linkId, String label, double scoreMaximum) {
        roster.context(contextId);
        return gradebook.add(new LineItem(null, contextId, label, scoreMaximum, linkId, null, null, null, null));
    }

    public List<LineItem> lineItems(String contextId) {
        return gradebook.items(contextId);
    }

    /** The scores received for a user on a line item, oldest first. */
    public List<Score> scores(String lineItemId, String userId) {
        return gradebook.scores(lineItemId, userId);
    }

    // ---- counts and faults

    /** How many access tokens the token endpoint issued. */
    public int tokensIssued() {
        return tokens.issued();
    }

    /** How many requests an endpoint received. */
    public int requests(Endpoint endpoint) {
        return faults.get(endpoint).requests();
    }

    /** The faults of an endpoint, to set: {@code emu.faults(Endpoint.AGS).unavailableFor(1)}. */
    public Faults faults(Endpoint endpoint) {
        return faults.get(endpoint);
    }

    private void route(String path, Endpoint endpoint, String oauthErrors, Handler handler) {
        http.createContext(path, exchange -> {
            try (exchange) {
                Call call = new Call(exchange);
                try {
                    if (faults.get(endpoint).arrive()) {
                        call.send(503, "text/plain; charset=utf-8", "Unavailable, as the test asked");
                    } else if (!path.endsWith("/") && !call.path().equals(path)) {
                        throw Rejected.notFound("Nothing at " + call.path());
                    } else {
                        handler.handle(call);
                    }
                } catch (Rejected refused) {
                    LOG.info(() -> "LTI emulator refused " + call.method() + " " + call.path() + " with "
                            + refused.status + ": " + refused.getMessage());
                    call.reject(refused, oauthErrors);
                } catch (IllegalArgumentException e) {
                    call.reject(Rejected.bad(e.getMessage()), oauthErrors);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "LTI emulator failed on " + call.path(), e);
                    call.send(500, "text/plain; charset=utf-8", e.toString());
                }
            }
        });
    }
}
