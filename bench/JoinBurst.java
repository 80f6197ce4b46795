import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A burst of joins, as at the start of a lecture: {@code joins} presses of a room widget's button spread evenly over
 * {@code seconds}, by several signed-in sessions of each user of {@code specs} (user@course-code, the course room,
 * the first widget of the course page). None of the rooms runs at first: a teacher's press starts the room, a
 * student's waits (the page offers no button until the room runs; the benchmark reloads the page every 500 ms, as the
 * room's push would bring the button). Measures each join from its press to the join link (the redirect to BBB), which
 * it then follows, as a browser enters the conference; and counts the sandbox's calls: the goal is one {@code create}
 * per room, not per join. At the end, a teacher's session presses End on each room, so that the next run starts
 * alike; {@code joins} 0 only ends the rooms.
 *
 * <pre>java bench/JoinBurst.java [base-url] [joins] [seconds] [sessions-per-user] [specs...]
 * java bench/JoinBurst.java http://localhost:8080/ 300 10 4 teacher1@MATH101 student1@MATH101 student3@MATH101 \
 *     teacher2@PHYS201 student2@PHYS201 student4@PHYS201</pre>
 */
public class JoinBurst {

    private static final Pattern WIDGET = Pattern.compile(
            "<form id=\"([^\"]+:widget)\".*?name=\"room\" value=\"([^\"]+)\".*?</form>", Pattern.DOTALL);
    private static final Pattern BUTTON = Pattern.compile("id=\"([^\"]+:(?:start|join))\"");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("id=\"([^\"]+:end)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"([A-Za-z]+)\"\\s*:\\s*(\\d+)");
    private static final long GIVE_UP_NANOS = Duration.ofSeconds(60).toNanos();

    record Session(HttpClient http, String page) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        int joins = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int perUser = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        List<String> specs = args.length > 4 ? List.of(args).subList(4, args.length)
                : List.of("teacher1@MATH101", "student1@MATH101", "student3@MATH101", "teacher2@PHYS201",
                        "student2@PHYS201", "student4@PHYS201");

        List<Session> sessions = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split("@");
            for (int i = 0; i < perUser; i++) {
                HttpClient http = client();
                signIn(http, base, parts[0]);
                sessions.add(new Session(http, base + "course.xhtml?code=" + parts[1]));
            }
        }
        if (joins == 0) {
            endRooms(sessions);
            return;
        }
        Map<String, Long> before = counts(get(client(), base + "sandbox/stats"));
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        List<Future<List<Long>>> results = new ArrayList<>();
        long began = System.nanoTime();
        long gap = Duration.ofSeconds(seconds).toNanos() / joins;
        for (int s = 0; s < sessions.size(); s++) {
            Session session = sessions.get(s);
            List<Long> at = new ArrayList<>();
            for (int j = s; j < joins; j += sessions.size()) {
                at.add(began + j * gap);
            }
            results.add(pool.submit(() -> joinAt(session, at)));
        }
        List<Long> millis = new ArrayList<>();
        int failed = 0;
        for (Future<List<Long>> result : results) {
            for (long ms : result.get()) {
                if (ms < 0) {
                    failed++;
                } else {
                    millis.add(ms);
                }
            }
        }
        pool.shutdown();
        double wall = (System.nanoTime() - began) / 1e9;
        Map<String, Long> after = counts(get(client(), base + "sandbox/stats"));
        Collections.sort(millis);
        System.out.printf("%d joins over %d s by %d sessions: %d joined, %d failed, all done in %.1f s%n", joins,
                seconds, sessions.size(), millis.size(), failed, wall);
        if (!millis.isEmpty()) {
            System.out.printf("press to join link: p50 %d ms, p95 %d ms, max %d ms%n", pct(millis, 50),
                    pct(millis, 95), millis.get(millis.size() - 1));
        }
        Map<String, Long> calls = new TreeMap<>();
        after.forEach((call, n) -> calls.put(call, n - before.getOrDefault(call, 0L)));
        System.out.println("BBB calls during the burst: " + calls);
        endRooms(sessions);
    }

    /** Presses End on each page's room, in the first session that is offered the button. */
    private static void endRooms(List<Session> sessions) throws Exception {
        List<String> ended = new ArrayList<>();
        for (Session session : sessions) {
            if (ended.contains(session.page())) {
                continue;
            }
            String html = get(session.http(), session.page());
            Matcher widget = WIDGET.matcher(html);
            if (widget.find()) {
                Matcher end = END.matcher(widget.group());
                if (end.find()) {
                    press(session, html, widget, end.group(1));
                    ended.add(session.page());
                }
            }
        }
    }

    /** Each join's milliseconds from its planned press to its join link, -1 for one that never got a link. */
    private static List<Long> joinAt(Session session, List<Long> times) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (long at : times) {
            long wait = at - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long pressed = Math.max(at, System.nanoTime());
            millis.add(join(session, pressed) ? (System.nanoTime() - pressed) / 1_000_000 : -1);
        }
        return millis;
    }

    private static boolean join(Session session, long pressed) throws Exception {
        while (System.nanoTime() - pressed < GIVE_UP_NANOS) {
            String html = get(session.http(), session.page());
            Matcher widget = WIDGET.matcher(html);
            if (!widget.find()) {
                throw new IllegalStateException("no room widget on " + session.page());
            }
            Matcher button = BUTTON.matcher(widget.group());
            if (button.find()) {
                String answer = press(session, html, widget, button.group(1));
                Matcher redirect = REDIRECT.matcher(answer);
                if (redirect.find()) {
                    get(session.http(), redirect.group(1).replace("&amp;", "&"));
                    return true;
                }
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The Ajax POST that a button of the widget sends, with the page's CSP nonce as PrimeFaces' script adds it. */
    private static String press(Session session, String html, Matcher widget, String button) throws Exception {
        Matcher state = VIEW_STATE.matcher(html);
        Matcher nonce = NONCE.matcher(html);
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("no view state or CSP nonce on " + session.page());
        }
        String form = widget.group(1);
        String room = widget.group(2);
        String viewState = state.group(1);
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(button)
                + "&jakarta.faces.partial.execute=" + enc(button) + "&jakarta.faces.partial.render=" + enc(form)
                + "&" + enc(button) + "=" + enc(button) + "&" + enc(form) + "=" + enc(form)
                + "&room=" + enc(room) + "&jakarta.faces.ViewState=" + enc(viewState)
                + "&primefaces.nonce=" + enc(nonce.group(1));
        return session.http().send(HttpRequest.newBuilder(URI.create(session.page()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void signIn(HttpClient http, String base, String user) throws Exception {
        Matcher state = VIEW_STATE.matcher(get(http, base + "login.xhtml"));
        if (!state.find()) {
            throw new IllegalStateException("no login form at " + base);
        }
        String body = "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(user)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
        http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The per-call counters of the sandbox's stats ({@code "calls":{"create":2,...}}). */
    private static Map<String, Long> counts(String json) {
        Map<String, Long> counts = new TreeMap<>();
        int calls = json.indexOf("\"calls\"");
        Matcher count = COUNT.matcher(calls < 0 ? "" : json.substring(calls, json.indexOf('}', calls)));
        while (count.find()) {
            counts.put(count.group(1), Long.parseLong(count.group(2)));
        }
        return counts;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("X-Sandbox-Token", System.getenv().getOrDefault("BBB_SANDBOX_CONTROL_TOKEN", "")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long pct(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
