package org.bbbrooms.room;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.bbbrooms.bbb.MeetingInfo;
import org.bbbrooms.identity.Actor;
import org.bbbrooms.identity.Course;
import org.bbbrooms.identity.CourseGroup;
import org.bbbrooms.identity.CourseRole;
import org.bbbrooms.identity.IdentityServices;
import org.bbbrooms.identity.PlatformRole;
import org.bbbrooms.identity.User;
import org.bbbrooms.platform.grid.LocalGrid;
import org.bbbrooms.settings.options.OptionsServices;
import org.bbbrooms.sandbox.CallbackSender;
import org.bbbrooms.sandbox.ChecksumAlgorithm;
import org.bbbrooms.sandbox.MutableClock;
import org.bbbrooms.sandbox.SandboxMode;
import org.bbbrooms.sandbox.SandboxHttpServer;
import org.bbbrooms.sandbox.SandboxRouter;
import org.bbbrooms.sandbox.SandboxServer;
import org.bbbrooms.sandbox.SandboxSettings;
import org.bbbrooms.settings.Setting;
import org.bbbrooms.settings.SettingsServices;
import org.bbbrooms.testing.FiredEvents;
import org.bbbrooms.testing.Jpa;
import org.bbbrooms.testing.TestDatabase;

/**
 * Rooms wired by hand, as the container wires them, over a real database and a real sandbox served over HTTP and
 * reached through the real BBB client; one per test. {@link #rooms()} gives a RoomService as one request would
 * have it (its own entity manager for reads); the store commits every step in its own transaction. The status
 * cache's clock is moved by hand ({@link #cacheClock}); everything else runs on real time, which a test may move
 * forward for the sandbox ({@link #bbbClock}). The sandbox's recordings stay processing until a test calls
 * {@code sandbox.sweep()}, which publishes them. MicroProfile Fault Tolerance is the container's: here a create is
 * not retried, and a second start waits for the first one's outcome without a time limit.
 * <p>Use: {@code try (RoomFixture f = RoomFixture.on(db)) { Course c = f.course(); ... f.rooms().start(...) }}
 */
public final class RoomFixture implements AutoCloseable {

    public static final String SECRET = "room-tests-8c41d2e7";
    /** How long BBB calls for actions (start, end) and for what pages display wait, unless a test says otherwise. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration STATUS_TIMEOUT = Duration.ofMillis(500);
    /** How long one request waits for BBB's room states in all (its StatusBudget). */
    public static final Duration STATUS_WAIT = Duration.ofMillis(1200);
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).build();

    public final Jpa jpa;
    public final SandboxServer sandbox;
    public final SettingsServices settings;
    /** The sandbox's clock: real time, which tests may move forward. */
    public final MutableClock bbbClock = MutableClock.ticking();
    public final MutableClock cacheClock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    public final ReturnPaths returnPaths = new ReturnPaths();
    /** Fired in the transaction that hands out a join link, as CDI fires it; observe it to write with it. */
    public final FiredEvents<MeetingJoined> joined = new FiredEvents<>();
    /** Fired in the transaction that closes a meeting. */
    public final FiredEvents<MeetingClosed> closed = new FiredEvents<>();
    /** Fired before each create, as CDI fires it; observe it to add to the create. */
    public final FiredEvents<MeetingCreating> creating = new FiredEvents<>();
    final RoomStore store;
    final RoomStatusCache cache = new RoomStatusCache();
    final RecordedPush push = new RecordedPush();
    final RoomEvents events = new RoomEvents();
    final MeetingReconciler reconciler = new MeetingReconciler();
    /** This node's starts under way, shared by every request (and a second node's, for tests of two nodes). */
    final StartsInFlight starts = new StartsInFlight();
    private final MeetingStatusProbe probe = new MeetingStatusProbe();
    private final String publicUrl;
    private final ScheduledExecutorService sandboxThreads = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService statusThreads = Executors.newCachedThreadPool();
    private final SandboxHttpServer http;
    private final List<EntityManager> managers = new CopyOnWriteArrayList<>();

    private RoomFixture(Jpa jpa, String publicUrl, SandboxMode mode) {
        this.jpa = jpa;
        this.publicUrl = publicUrl;
        this.sandbox = new SandboxServer(new SandboxSettings(SECRET, EnumSet.allOf(ChecksumAlgorithm.class),
                Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ZERO).behind(mode, ""),
                bbbClock, sandboxThreads, new CallbackSender(Duration.ofSeconds(2)));
        try {
            this.http = SandboxHttpServer.start(new SandboxRouter(sandbox));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.settings = SettingsServices.of(Map.of(
                Setting.SERVER_URL, bbbUrl(),
                Setting.SERVER_SECRET, SECRET,
                Setting.PLATFORM_ROOM, "true",
                Setting.PERSONAL_ROOMS, "true"), REQUEST_TIMEOUT, STATUS_TIMEOUT);
        this.store = new TxRoomStore(jpa, joined, closed);
        probe.connection = settings.connection();
        cache.probe = probe;
        cache.executor = statusThreads;
        cache.ttlSeconds = 5;
        cache.clock = cacheClock;
        cache.metrics = new StatusMetrics();
        cache.metrics.registry = settings.metrics().registry();
        cache.metrics.register();
        cache.grid = new LocalGrid(cacheClock);
        cache.listen();
        events.rooms = push;
        events.grid = cache.grid;
        events.listen();
        reconciler.store = store;
        reconciler.statuses = cache;
        reconciler.events = events;
        reconciler.staleGraceSeconds = 120;
    }

    /** A fixture whose portal address is a closed port: BBB's callbacks go nowhere. */
    public static RoomFixture on(TestDatabase db) {
        return on(db, nowhere());
    }

    /** A fixture whose portal (for callbacks) is at the given address. */
    public static RoomFixture on(TestDatabase db, String publicUrl) {
        return on(db, publicUrl, SandboxMode.BBB);
    }

    /** A fixture whose sandbox stands in for one BBB server or for Scalelite. */
    public static RoomFixture on(TestDatabase db, String publicUrl, SandboxMode mode) {
        return new RoomFixture(Jpa.of(db), publicUrl, mode);
    }

    /**
     * A fixture on a database of its own, for tests of what works across the whole platform (a background job),
     * which must not meet the rows that other tests leave in the shared one.
     */
    public static RoomFixture onOwnDatabase(TestDatabase db, String publicUrl) {
        return onOwnDatabase(db, publicUrl, SandboxMode.BBB);
    }

    /** The same, with the sandbox standing in for one BBB server or for Scalelite. */
    public static RoomFixture onOwnDatabase(TestDatabase db, String publicUrl, SandboxMode mode) {
        return new RoomFixture(Jpa.fresh(db), publicUrl, mode);
    }

    /**
     * A closed port's address: BBB's callbacks to it go nowhere. The discard port, where nothing listens and which no
     * test server of a parallel fork can be given (those get ports above 1024), unlike a port just let go.
     */
    public static String nowhere() {
        return "http://127.0.0.1:9/portal";
    }

    /**
     * BBB calls time out after these from now on: actions (start, end), then the statuses that pages display. For
     * tests of a BBB that hangs, which need not wait the usual {@link #REQUEST_TIMEOUT} and {@link #STATUS_TIMEOUT}.
     */
    public void timeouts(Duration request, Duration status) {
        settings.timeouts(request, status);
        probe.connection = settings.connection();
    }

    /** The sandbox's API base, as an admin would enter it. */
    public String bbbUrl() {
        return http.contextUrl() + "/sandbox/bigbluebutton";
    }

    /** The rooms' status cache, shared by every request and background job, as in the container. */
    public RoomStatusCache statuses() {
        return cache;
    }

    /** The reconciler of open meetings, shared by every request, as in the container. */
    public MeetingReconciler reconciler() {
        return reconciler;
    }

    /** A RoomService as one request sees it. */
    public RoomService rooms() {
        return rooms(starts);
    }

    /** A RoomService as one request on another node sees it, whose starts under way are those given. */
    public RoomService rooms(StartsInFlight node) {
        EntityManager em = jpa.newEntityManager();
        managers.add(em);
        IdentityServices identity = IdentityServices.on(em);
        RoomContexts contexts = contexts(em, identity);
        PublicUrl url = portalUrl();
        MeetingRequests requests = new MeetingRequests();
        requests.publicUrl = url;
        requests.contexts = contexts;
        requests.store = store;
        requests.settings = settings.settings();
        MeetingLauncher launcher = new MeetingLauncher();
        launcher.store = store;
        launcher.reconciler = reconciler;
        launcher.contexts = contexts;
        launcher.requests = requests;
        launcher.connection = settings.connection();
        launcher.creator = new MeetingCreator();
        launcher.creator.connection = settings.connection();
        launcher.starts = node;
        launcher.statuses = cache;
        launcher.events = events;
        launcher.creating = creating;
        StatusBudget budget = new StatusBudget();
        budget.waitMillis = STATUS_WAIT.toMillis();
        RoomService rooms = new RoomService();
        rooms.store = store;
        rooms.contexts = contexts;
        rooms.reconciler = reconciler;
        rooms.launcher = launcher;
        rooms.requests = requests;
        rooms.budget = budget;
        rooms.returnPaths = returnPaths;
        rooms.courses = identity.courses();
        rooms.groups = identity.groups();
        rooms.users = identity.users();
        rooms.settings = settings.settings();
        rooms.preferences = settings.preferences(em);
        rooms.connection = settings.connection();
        rooms.joins = joins();
        rooms.joinAsked = new FiredEvents<>();
        return rooms;
    }

    /** Where joins lead, as the application has it (behind a load balancer, resolved at Scalelite). */
    public LoadBalancedJoins joins() {
        LoadBalancedJoins joins = new LoadBalancedJoins();
        joins.settings = settings.settings();
        joins.connection = settings.connection();
        joins.store = store;
        return joins;
    }

    /** What rooms read from the rest of the portal, as one request sees it. */
    public RoomContexts contexts() {
        EntityManager em = jpa.newEntityManager();
        managers.add(em);
        return contexts(em, IdentityServices.on(em));
    }

    private RoomContexts contexts(EntityManager em, IdentityServices identity) {
        RoomContexts contexts = new RoomContexts();
        contexts.settings = settings.settings();
        contexts.courseSettings = settings.courseSettings(em, identity.enrollments());
        contexts.enrollments = identity.enrollments();
        contexts.groups = identity.groups();
        contexts.options = OptionsServices.on(em, contexts.settings, contexts.courseSettings);
        contexts.platformRoomName = "Platform room";
        return contexts;
    }

    /** What rooms send BBB and users, with this fixture's portal address (for features below rooms). */
    public MeetingRequests requests() {
        PublicUrl url = new PublicUrl();
        url.configured = Optional.of(publicUrl);
        MeetingRequests requests = new MeetingRequests();
        requests.publicUrl = url;
        requests.contexts = contexts();
        return requests;
    }

    /** The room store, each method in a transaction of its own. */
    public RoomStore store() {
        return store;
    }

    /** The portal's address as the application reads it, for beans of other features that link to it. */
    public PublicUrl portalUrl() {
        PublicUrl url = new PublicUrl();
        url.configured = Optional.of(publicUrl);
        return url;
    }

    /** The portal's address in the meetings' logoutURL and callback URLs. */
    public String publicUrl() {
        return publicUrl;
    }

    /**
     * Follows a join link as a browser would, and returns where BBB sends it (the conference page, if joined):
     * behind Scalelite, through the chosen server's own join.
     */
    public URI follow(URI joinLink) {
        URI next = redirect(send(HttpRequest.newBuilder(joinLink).build()));
        return next.getPath().endsWith("/bigbluebutton/api/join") ? follow(next) : next;
    }

    /** A page's text, e.g. the sandbox's conference page. */
    public String get(URI page) {
        return send(HttpRequest.newBuilder(page).build()).body();
    }

    /** Posts a form without fields (a button of the sandbox's conference page) and returns where it redirects. */
    public URI post(URI action) {
        return redirect(send(HttpRequest.newBuilder(action).POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    private static URI redirect(HttpResponse<String> answer) {
        return URI.create(answer.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("answered " + answer.statusCode() + " without a redirect: " + answer.body())));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return BROWSER.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One query parameter of a link, decoded. */
    public static String param(URI link, String name) {
        for (String pair : link.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(link + " has no " + name);
    }

    /** The sandbox's view of a meeting, through the real client. */
    public MeetingInfo bbbMeeting(URI joinLink) {
        return settings.connection().client().getMeetingInfo(param(joinLink, "meetingID"));
    }

    /** How many calls of this API the sandbox received. */
    public long calls(String call) {
        return sandbox.callCounts().getOrDefault(call, 0L);
    }

    /** What was pushed to browsers, in order. */
    public List<Object> pushed() {
        return push.sent();
    }

    /** Every meeting of a room, oldest first, as the database has them now. */
    public List<Meeting> meetings(String publicId) {
        return jpa.tx(em -> em.createQuery("select m from Meeting m where m.room.publicId = :id order by m.openedAt, m.id",
                Meeting.class).setParameter("id", publicId).getResultList());
    }

    public Actor user(String prefix, PlatformRole role) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        User user = jpa.tx(em -> IdentityServices.on(em).users()
                .create(new User(name, "Name of " + name, name + "@example.org", role), null));
        return Actor.of(user);
    }

    public Course course() {
        String code = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return jpa.tx(em -> IdentityServices.on(em).courses().create(new Course(code, "Course " + code)));
    }

    /** A new teacher or student of the course. */
    public Actor member(Course course, CourseRole role) {
        boolean teacher = role == CourseRole.TEACHER;
        Actor actor = user(teacher ? "teach" : "stud", teacher ? PlatformRole.TEACHER : PlatformRole.STUDENT);
        enroll(course, actor, role);
        return actor;
    }

    /** The public id of the course's room, created as the viewer first sees it. */
    public String courseRoom(Course course, Actor viewer) {
        return rooms().courseRoom(viewer, course.getId()).publicId();
    }

    public void enroll(Course course, Actor actor, CourseRole role) {
        jpa.run(em -> IdentityServices.on(em).enrollments().enroll(course.getId(), actor.username(), role));
    }

    public CourseGroup group(Course course, Actor... members) {
        return jpa.tx(em -> {
            IdentityServices identity = IdentityServices.on(em);
            CourseGroup group = identity.groups().create(course.getId(), "Group " + UUID.randomUUID().toString()
                    .substring(0, 6));
            for (Actor member : members) {
                identity.groups().addMember(group.getId(), member.username());
            }
            return group;
        });
    }

    @Override
    public void close() {
        managers.forEach(EntityManager::close);
        jpa.closeIfOwn();
        http.close();
        sandbox.close();
        sandboxThreads.shutdownNow();
        statusThreads.shutdownNow();
    }
}
