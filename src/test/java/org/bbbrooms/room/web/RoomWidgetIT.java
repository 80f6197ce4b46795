package org.bbbrooms.room.web;

import static org.bbbrooms.testing.RoomWidgets.buttonId;
import static org.bbbrooms.testing.RoomWidgets.heading;
import static org.bbbrooms.testing.RoomWidgets.part;
import static org.bbbrooms.testing.RoomWidgets.publicId;
import static org.bbbrooms.testing.RoomWidgets.roomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bbbrooms.bbb.BbbClient;
import org.bbbrooms.bbb.BbbServerUrl;
import org.bbbrooms.bbb.EndRequest;
import org.bbbrooms.bbb.JoinRequest;
import org.bbbrooms.bbb.MeetingInfo;
import org.bbbrooms.bbb.Role;
import org.bbbrooms.bbb.Secret;
import org.bbbrooms.testing.Await;
import org.bbbrooms.testing.Browser;
import org.bbbrooms.testing.Server;
import org.bbbrooms.testing.Server.Person;
import org.bbbrooms.testing.Server.TestCourse;
import org.bbbrooms.testing.SandboxControls;
import org.bbbrooms.testing.SignedIn;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The room widgets in headless Chromium against the in-WAR sandbox (each test on a course of its own; the failsafe
 * execution turns the platform room and personal rooms on): start, automatic join of a waiting student, End, two
 * moderators starting at once while BBB is slow, group
 * rooms with and without "students may start", a forged start, the platform room and a personal room through its
 * share link, a full room (and BBB turning away a link from before it filled up), conferences in new tabs; then,
 * over plain HTTP, how many getMeetingInfo calls 100 renders of a course page cost, and the course page with BBB
 * hanging. Cache periods pass on the application's clock, which the tests move.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoomWidgetIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * Longer than a second start waits for the first one's create (StartsInFlight.WAIT_MILLIS, 2 s), shorter than the
     * create's own timeout (BBB_REQUEST_TIMEOUT_MS, 5 s), after which it would be retried.
     */
    /** The longest BBB holds the first create back, below the suite's request timeout; let go once the test saw enough. */
    private static final Duration SLOW_CREATE = Duration.ofSeconds(15);
    /** 100 renders this far apart on the application's clock span two cache periods: the cache serves and refreshes. */
    private static final Duration RENDER_PAUSE = Duration.ofMillis(100);
    /** The status cache's period, as the server under test has it. */
    private static final long TTL_SECONDS =
            Long.parseLong(System.getenv().getOrDefault("BBB_STATUS_CACHE_SECONDS", "5"));
    /**
     * Until the test lets them, the page's websockets connect to an address of the portal that is no websocket, so
     * that the handshake fails (an address the Content-Security-Policy allows, unlike a port elsewhere).
     */
    private static final String HELD_SOCKETS = "window.socketsHeld = true; var RealSocket = window.WebSocket;"
            + " window.WebSocket = function (url, protocols) { return new RealSocket(window.socketsHeld"
            + " ? (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/held-socket' : url,"
            + " protocols); };";

    @ArquillianResource
    URL base;

    private Server server;
    private TestCourse math;
    private String page;

    @BeforeEach
    void aCourseOfItsOwn() {
        server = Server.at(base);
        math = server.course("Mathematics");
        page = math.page();
    }

    @Test
    void aTeacherStartsTheCourseRoomAWaitingStudentJoinsByHimselfAndTheTeacherEndsIt() {
        try (Browser student = new Browser(base); Browser teacher = new Browser(base)) {
            student.signIn(math.student(1).username(), math.student(1).password(), page);
            String room = roomId(student, math.title());
            assertEquals("NOT_STARTED", state(student, room));
            assertTrue(student.text(part(room, "waiting")).contains("Waiting for a moderator"));
            assertFalse(student.present(part(room, "start")), "students cannot start the course room");

            teacher.signIn(math.teacher().username(), math.teacher().password(), page);
            assertEquals(room, roomId(teacher, math.title()), "one room per course");
            assertFalse(teacher.present(part(room, "waiting")), "the teacher starts rather than waits");
            teacher.click(buttonId(teacher, room, "start"));
            assertEquals("MODERATOR", roleInConference(teacher));

            assertEquals("VIEWER", roleInConference(student), "the waiting student joined without a click");

            teacher.click("sandbox-leave");
            waitFor(teacher, ExpectedConditions.urlContains(page));
            assertEquals("/" + page, teacher.currentPath(), "leaving BBB leads back to the course page");
            waitFor(teacher, driver -> {
                passCachePeriod();
                teacher.open(page);
                return "1".equals(teacher.waitFor(part(room, "participants")).getAttribute("data-count"));
            });
            assertEquals("RUNNING", state(teacher, room), "the student is still in");
            teacher.click(buttonId(teacher, room, "end"));
            teacher.waitForText(part(room, "ended"), "The meeting has ended.");
            assertEquals("NOT_STARTED", state(teacher, room));
            assertFalse(teacher.present(part(room, "end")));
            waitFor(student, ExpectedConditions.urlContains(page));
        }
    }

    @Test
    void aStartThatHappensBeforeThePushSocketListensIsCaughtUpWhenItOpens() {
        try (Browser student = new Browser(base)) {
            student.signIn(math.student(1).username(), math.student(1).password());
            ChromeDriver chromium = (ChromeDriver) student.driver();
            Object held = chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", HELD_SOCKETS)).get("identifier");
            try {
                student.open(page);
                String room = roomId(student, math.title());
                assertEquals(publicId(room), server.startCourseRoom(math), "the teacher starts while nobody listens");

                chromium.executeScript("window.socketsHeld = false;");
                assertEquals("VIEWER", roleInConference(student), "the waiting student joined without a click");
                server.endCourseRoom(math);
            } finally {
                chromium.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", held));
            }
        }
    }

    /**
     * Two moderators press Start while BBB takes its time to create the meeting: both pages say they are busy; the
     * first moderator goes in once BBB answered (the test lets the held create go once the second page said so), the second is not held that long but told that the meeting is being
     * started, and the push brings them in. BBB got one create.
     */
    @Test
    void twoModeratorsPressingStartWhileBbbIsSlowMakeOneMeetingAndBothGoIn() throws Exception {
        try (Browser teacher = new Browser(base); Browser admin = new Browser(base)) {
            teacher.signIn(math.teacher().username(), math.teacher().password(), page);
            signInAsAdmin(admin, page);
            String room = roomId(teacher, math.title());
            long creates = sandboxCalls("create");
            assertEquals(200, post(base + "sandbox/stats/faults", "call=create&mode=hang&count=1&hangMillis="
                    + SLOW_CREATE.toMillis()).statusCode());
            try {
                String start = buttonId(teacher, room, "start");
                teacher.click(start);
                teacher.waitForText(By.id("busy"), "Working…");
                assertEquals("status", teacher.waitFor(By.id("busy")).getAttribute("role"), "said to screen readers");
                assertFalse(teacher.driver().findElement(By.id(start)).isEnabled(), "a second click sends nothing");
                Await.until(WAIT, () -> createsAre(creates + 1), "the first create under way");

                admin.click(buttonId(admin, room, "start"));
                admin.waitForText(By.id("busy"), "Working…");
                admin.waitForText(part(room, "pending"), "The meeting is being started");
                post(base + "sandbox/stats/faults", "call=create&mode=hang&count=0");
                assertEquals("MODERATOR", roleInConference(teacher));
                assertEquals("MODERATOR", roleInConference(admin), "the push brought the second moderator in");
                assertEquals(2, meetingOf(bbb(), room).orElseThrow().attendees().size(), "both in the one meeting");
                assertEquals(creates + 1, sandboxCalls("create"), "one create");
            } finally {
                post(base + "sandbox/stats/faults", "call=create&mode=hang&count=0");
                endOnBbb(room);
            }
        }
    }

    @Test
    void groupRoomsAreForTheirMembersWhoStartThemOnlyWhenTheCourseLetsThem() throws Exception {
        try (Browser student = new Browser(base); Browser teacher = new Browser(base)) {
            student.signIn(math.student(3).username(), math.student(3).password(), page);
            assertTrue(student.present(By.xpath(heading(math.groupRoom("Group B")))), "student3's own group");
            assertFalse(student.present(By.xpath(heading(math.groupRoom("Group A")))), "nothing of another group");
            student.signOut();

            student.signIn(math.student(1).username(), math.student(1).password(), page);
            student.driver().findElement(By.linkText("Group A")).click();
            String groupRoom = roomId(student, math.groupRoom("Group A"));
            assertEquals(1, student.driver().findElements(By.cssSelector("section.room")).size(),
                    "the group page shows the group's room");
            assertTrue(student.present(part(groupRoom, "waiting")));
            assertFalse(student.present(part(groupRoom, "start")), "by default students may not start it");

            teacher.signIn(math.teacher().username(), math.teacher().password());
            studentsStart(teacher, "true", "room: Yes");

            student.open(page);
            String courseRoom = roomId(student, math.title());
            long creates = sandboxCalls("create");
            forgeRoom(student, groupRoom, courseRoom);
            student.click(buttonId(student, groupRoom, "start"));
            student.waitForText(By.id("messages"), "Only the room’s moderators may start its meeting.");
            assertEquals(creates, sandboxCalls("create"), "the service refused the forged start before BBB");
            student.open(page);
            assertEquals("NOT_STARTED", state(student, courseRoom));

            student.click(buttonId(student, groupRoom, "start"));
            assertEquals("MODERATOR", roleInConference(student), "members who may start moderate");
            student.click("sandbox-leave");
            waitForState(student, groupRoom, "RUNNING");
            assertFalse(student.present(part(groupRoom, "end")), "but never end it for everybody");

            teacher.open(page);
            teacher.click(buttonId(teacher, groupRoom, "end"));
            teacher.waitForText(part(groupRoom, "ended"), "The meeting has ended.");
            studentsStart(teacher, "", "room: No");
        }
    }

    @Test
    void thePlatformRoomAndAPersonalRoomWhoseLinkLetsOthersInOnlyWhileItRuns() {
        try (Browser admin = new Browser(base); Browser teacher = new Browser(base); Browser guest = new Browser(base)) {
            signInAsAdmin(admin, "");
            String platform = roomId(admin, "Platform room");
            admin.click(buttonId(admin, platform, "start"));
            assertEquals("MODERATOR", roleInConference(admin));

            guest.signIn(math.student(2).username(), math.student(2).password());
            roomId(guest, math.student(2).name());
            guest.click(buttonId(guest, platform, "join"));
            assertEquals("VIEWER", roleInConference(guest));

            teacher.signIn(math.teacher().username(), math.teacher().password());
            String personal = roomId(teacher, math.teacher().name());
            String link = teacher.waitFor(part(personal, "link")).getAttribute("value");
            assertTrue(link.endsWith("/room.xhtml?id=" + publicId(personal)), link);
            teacher.click(buttonId(teacher, personal, "share"));
            teacher.waitForText(By.cssSelector("[id='" + personal + "'] .room-copy-note"), "Link copied");

            guest.driver().get(link);
            assertEquals(math.teacher().name(), guest.title());
            assertEquals(1, guest.driver().findElements(By.cssSelector("section.room")).size(),
                    "the room's page shows this room only");
            assertTrue(guest.present(part(personal, "waiting")), "not running: the link only lets her wait");
            assertFalse(guest.present(part(personal, "join")));
            assertFalse(guest.present(part(personal, "start")));

            teacher.click(buttonId(teacher, personal, "start"));
            assertEquals("MODERATOR", roleInConference(teacher));
            assertEquals("VIEWER", roleInConference(guest), "the guest joined as soon as it started");

            end(teacher, personal);
            end(admin, platform);
        }
    }

    @Test
    void aFullRoomSaysSoInsteadOfOfferingJoin() {
        try (Browser teacher = new Browser(base); Browser student = new Browser(base)) {
            teacher.signIn(math.teacher().username(), math.teacher().password());
            courseMaxParticipants(teacher, "1");
            teacher.open(page);
            String room = roomId(teacher, math.title());
            teacher.click(buttonId(teacher, room, "start"));
            assertEquals("MODERATOR", roleInConference(teacher));

            student.signIn(math.student(2).username(), math.student(2).password(), page);
            waitFor(student, driver -> {
                passCachePeriod();
                student.open(page);
                return "FULL".equals(state(student, room));
            });
            assertTrue(student.text(part(room, "full")).contains("takes 1 participant."));
            assertFalse(student.present(part(room, "join")), "no Join in a full room");

            student.driver().get(joinLinkFromBefore(room, math.student(2).name()).toString());
            student.waitForText(By.id("messages"), "did not let you in: the room is full.");
            assertEquals("/", student.currentPath(), "BBB sent her back through the portal, which says why");

            end(teacher, room);
        }
    }

    @Test
    void withNewTabsStartAndJoinOpenATabAndAWaitingStudentIsOfferedJoinNow() {
        try (Browser admin = new Browser(base); Browser teacher = new Browser(base); Browser student = new Browser(base)) {
            signInAsAdmin(admin, "");
            openInNewTab(admin);
            try {
                startAndJoinInNewTabs(teacher, student);
            } finally {
                server.resetSettings();
            }
        }
    }

    private void startAndJoinInNewTabs(Browser teacher, Browser student) {
        student.signIn(math.student(1).username(), math.student(1).password(), page);
        String room = roomId(student, math.title());
        assertTrue(student.text(part(room, "waiting")).contains("Join appears as soon as it starts"));

        teacher.signIn(math.teacher().username(), math.teacher().password(), page);
        String coursePage = teacher.driver().getWindowHandle();
        teacher.click(buttonId(teacher, room, "start"));
        assertEquals("MODERATOR", roleInConference(inNewTab(teacher, coursePage)));

        student.waitForText(part(room, "started"), "The meeting has started");
        assertEquals("/" + page, student.currentPath(), "no tab opens without a click");
        String studentPage = student.driver().getWindowHandle();
        assertEquals("Join now", student.text(part(room, "join")));
        student.click(buttonId(student, room, "join"));
        assertEquals("VIEWER", roleInConference(inNewTab(student, studentPage)));

        teacher.driver().switchTo().window(coursePage);
        teacher.click(buttonId(teacher, room, "end"));
        teacher.waitForText(part(room, "ended"), "The meeting has ended.");
    }

    /**
     * The sandbox counts every getMeetingInfo, the attendance sync's included: the sync reads through the same status
     * cache, so the bound is one call per running room per cache period for everything together.
     */
    @Test
    void hundredRendersOfACourseWithThreeRoomsCostAtMostOneGetMeetingInfoPerRunningRoomAndCachePeriod()
            throws Exception {
        String courseRoom;
        String groupRoom;
        try (Browser teacher = new Browser(base)) {
            teacher.signIn(math.teacher().username(), math.teacher().password(), page);
            courseRoom = roomId(teacher, math.title());
            teacher.click(buttonId(teacher, courseRoom, "start"));
            roleInConference(teacher);
            teacher.open(page);
            groupRoom = roomId(teacher, math.groupRoom("Group A"));
            teacher.click(buttonId(teacher, groupRoom, "start"));
            roleInConference(teacher);
        }
        try {
            HttpClient http = SignedIn.as(base, math.teacher().username(), math.teacher().password());
            long before = sandboxCalls("getMeetingInfo");
            Instant started = server.now();
            String last = "";
            for (int i = 0; i < 100; i++) {
                HttpResponse<String> render = get(http, base + page);
                assertEquals(200, render.statusCode());
                assertEquals(3, count(render.body(), "data-state=\""), "three room widgets");
                assertEquals(2, count(render.body(), "data-state=\"RUNNING\""), "two of them running");
                last = render.body();
                server.advance(RENDER_PAUSE);
            }
            long millis = Duration.between(started, server.now()).toMillis();
            long calls = sandboxCalls("getMeetingInfo") - before;
            long bound = 2 * (millis / (TTL_SECONDS * 1000) + 1);
            System.out.printf("[cache] 100 renders of a course (3 rooms, 2 running) over %d ms of the application's"
                    + " clock, cache %d s: %d getMeetingInfo (bound %d)%n", millis, TTL_SECONDS, calls, bound);
            assertTrue(calls <= bound, calls + " getMeetingInfo calls for 2 running rooms in " + millis + " ms");
            assertTrue(calls >= 2, "past the cache period that our own starts began, BBB is asked about each room");
            assertEquals(2, count(last, "data-count=\"1\""), "and its answer shows: the teacher is in both");
        } finally {
            endOnBbb(courseRoom, groupRoom);
        }
    }

    @Test
    void withBbbHangingTheCoursePageStillRendersAndSaysTheServerIsUnavailable() throws Exception {
        try (Browser teacher = new Browser(base)) {
            teacher.signIn(math.teacher().username(), math.teacher().password(), page);
            String room = roomId(teacher, math.title());
            teacher.click(buttonId(teacher, room, "start"));
            roleInConference(teacher);
            HttpResponse<String> armed = post(base + "sandbox/stats/faults",
                    "call=getMeetingInfo&mode=hang&count=50&hangMillis=5000");
            assertEquals(200, armed.statusCode(), armed.body());
            try {
                server.advance(Duration.ofSeconds(TTL_SECONDS + 1));
                teacher.open(page);
                assertEquals("UNAVAILABLE", state(teacher, room));
                assertTrue(teacher.text(part(room, "unavailable")).contains("not answering"));
                assertFalse(teacher.present(part(room, "join")), "a message instead of buttons");
                assertFalse(teacher.present(part(room, "end")));
                assertTrue(teacher.present(part(roomId(teacher, math.groupRoom("Group B")), "start")),
                        "a room without a meeting asks BBB nothing and can still be started");
            } finally {
                post(base + "sandbox/stats/faults", "call=getMeetingInfo&mode=hang&count=0");
                endOnBbb(room);
            }
        }
    }

    /**
     * The widget's state, read in one step: a push (the meeting ended, say) may redraw the widget at any moment, so
     * an element found first and read afterwards could be gone.
     */
    private static String state(Browser browser, String roomId) {
        return (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.getElementById(arguments[0]).dataset.state;", roomId);
    }

    private static void waitForState(Browser browser, String roomId, String state) {
        waitFor(browser, ExpectedConditions.attributeToBe(By.id(roomId), "data-state", state));
    }

    private static <T> void waitFor(Browser browser, Function<? super WebDriver, T> condition) {
        Browser.waiting(browser.driver(), WAIT).until(condition);
    }

    /**
     * Moves the application's clock past the status cache's period, so that the next render asks BBB again instead of
     * the page being loaded over and over until the period has passed on the wall clock.
     */
    private void passCachePeriod() {
        server.advance(Duration.ofSeconds(TTL_SECONDS));
    }

    /** The role the sandbox's conference page shows, once the browser got there. */
    private static String roleInConference(Browser browser) {
        waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("sandbox-role")));
        return browser.driver().findElement(By.id("sandbox-role")).getAttribute("data-role");
    }

    /** Back on the page the meeting was started from, a moderator ends it with the widget. */
    private static void end(Browser moderator, String roomId) {
        moderator.click("sandbox-leave");
        moderator.click(buttonId(moderator, roomId, "end"));
        moderator.waitForText(part(roomId, "ended"), "The meeting has ended.");
    }

    /**
     * A join link to the room's running meeting made as the portal makes them (signed with the sandbox's secret,
     * BBB's way back to the portal included), as if it had been handed out just before the room filled up.
     */
    private URI joinLinkFromBefore(String roomId, String fullName) {
        BbbClient bbb = bbb();
        MeetingInfo meeting = meetingOf(bbb, roomId).orElseThrow();
        return bbb.joinUrl(JoinRequest.builder().meetingID(meeting.meetingID()).createTime(meeting.createTime())
                .fullName(fullName).userID("early-link").role(Role.VIEWER)
                .errorRedirectUrl(URI.create(base + "room-return?room=" + publicId(roomId))).build());
    }

    /** Signs a new admin in and opens the page at {@code path} (the home page for ""). */
    private void signInAsAdmin(Browser browser, String path) {
        Person admin = server.user("ADMIN", "Ada Admin");
        browser.signIn(admin.username(), admin.password(), path);
    }

    /** Ends the rooms' meetings on BBB's side, as a test's clean-up: BBB's end callback closes them in the portal. */
    private void endOnBbb(String... roomIds) {
        BbbClient bbb = bbb();
        for (String roomId : roomIds) {
            meetingOf(bbb, roomId).ifPresent(meeting -> bbb.end(EndRequest.of(meeting.meetingID())));
        }
    }

    private BbbClient bbb() {
        return BbbClient.builder().serverUrl(BbbServerUrl.parse(base + "sandbox/bigbluebutton"))
                .secret(Secret.of(System.getenv("BBB_SANDBOX_SECRET"))).build();
    }

    private static Optional<MeetingInfo> meetingOf(BbbClient bbb, String roomId) {
        return bbb.getMeetings().stream()
                .filter(m -> publicId(roomId).equals(m.metadata().get("bbb-rooms-room"))).findFirst();
    }

    /** Turns "open conferences in a new tab" over on the Extra page. */
    private static void openInNewTab(Browser admin) {
        admin.open("admin/extra.xhtml");
        admin.waitFor(By.cssSelector("[id='extra:openInNewTab'] .ui-chkbox-box")).click();
        admin.click("extra:save");
        admin.waitForText(By.id("messages"), "Settings saved.");
    }

    /** Switches to the tab that the last click opened, besides the page's own. */
    private static Browser inNewTab(Browser browser, String page) {
        waitFor(browser, ExpectedConditions.numberOfWindowsToBe(2));
        browser.driver().getWindowHandles().stream().filter(handle -> !handle.equals(page)).findFirst()
                .ifPresent(handle -> browser.driver().switchTo().window(handle));
        return browser;
    }

    /** What a user could do with the browser's developer tools: make a widget's form name another room. */
    private static void forgeRoom(Browser browser, String widget, String otherRoom) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0])"
                + ".closest('form').querySelector('input[name=room]').value = arguments[1];", widget,
                publicId(otherRoom));
    }

    /**
     * Lets students start their group's room ("true"), or follows the platform (""), on the course settings page.
     * The value goes into the menu's native select, which is what the form sends.
     */
    private void studentsStart(Browser teacher, String value, String effective) {
        teacher.open("course-settings.xhtml?code=" + math.code());
        ((JavascriptExecutor) teacher.driver()).executeScript(
                "document.getElementById('settings:studentsStart_input').value = arguments[0];", value);
        teacher.click("settings:save");
        teacher.waitForText(By.id("messages"), "Saved.");
        teacher.waitForText(By.id("effective-start"), effective);
    }

    private void courseMaxParticipants(Browser teacher, String max) {
        teacher.open("course-settings.xhtml?code=" + math.code());
        teacher.type("settings:maxParticipants", max);
        teacher.click("settings:save");
        teacher.waitForText(By.id("messages"), "Saved.");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** Whether the sandbox counted this many creates. */
    private boolean createsAre(long creates) {
        try {
            return sandboxCalls("create") == creates;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long sandboxCalls(String call) throws Exception {
        Matcher count = Pattern.compile("\"" + call + "\":(\\d+)")
                .matcher(get(HttpClient.newHttpClient(), base + "sandbox/stats").body());
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(SandboxControls.request(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String form) throws Exception {
        return HttpClient.newHttpClient().send(SandboxControls.request(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
